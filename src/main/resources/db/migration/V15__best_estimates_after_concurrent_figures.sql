-- Two transactions adding figures to one incident at once (two agencies reporting the same attack) each computed its
-- best estimates (V9) in the snapshot of its own update: the one that waited for the other's lock on the incident row
-- then wrote estimates that left out the other's figures, now committed. The incidents are locked first (in key
-- order, as ingest writes them), and their figures read by the next statement, whose snapshot includes what the lock
-- waited for. An incident whose estimates do not change is not written again.
create or replace function incident_best_estimates_of(incidents bigint[]) returns void
    language plpgsql as $$
begin
    perform 1 from incident where id = any(incidents) order by id for update;
    update incident i
    set killed = best.killed, injured = best.injured
    from (select id, incident_best_estimate(id, 'KILLED') as killed, incident_best_estimate(id, 'INJURED') as injured
          from unnest(incidents) as id) best
    where i.id = best.id and (i.killed, i.injured) is distinct from (best.killed, best.injured);
end $$;
