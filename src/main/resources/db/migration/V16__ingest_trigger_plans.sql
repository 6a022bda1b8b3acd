-- The statements that an article's figures set off (best estimates, V9 and V15; statistics, V10, V11 and V14) were
-- planned again on every execution: a statement inside a `language sql` function is planned each time the statement
-- that calls the function runs, whatever plan_cache_mode says. incident_stat_apply's cell query alone was planned
-- for 1.8 ms per call, and each incident's best estimates twice per incident (pg_stat_statements under
-- scripts/bench/ingest.sh). In PL/pgSQL the same statements keep their plans for the connection's life, and ingest
-- transactions (plan_cache_mode=auto, ingest/IngestLocks) reuse them. Nothing they compute changes.

create or replace function incident_stat_apply(changes incident_stat_change[]) returns void
    language plpgsql as $$
begin
    with cells as (
        select d.dims, case when d.dims & 1 = 1 then c.type else '*' end as type,
               case when d.dims & 2 = 2 then coalesce(c.country_code, 'UNKNOWN') else '*' end as country,
               case when d.dims & 4 = 4 then null else incident_stat_day(c.occurred_on) end as day, sum(c.sign) as incidents,
               sum(c.sign * coalesce(c.killed, 0)) as killed, sum(c.sign * coalesce(c.injured, 0)) as injured
        from unnest(changes) c cross join (values (0), (1), (2), (3), (4), (5), (6), (7)) d (dims)
        group by 1, 2, 3, 4),
    touched as materialized (select * from cells where incidents <> 0 or killed <> 0 or injured <> 0),
    merged as (
        delete from incident_stat s
        where s.ctid = any (array(select m.ctid from incident_stat m join touched t
                                  on m.dims = t.dims and m.type = t.type and m.country = t.country and m.day is not distinct from t.day
                                  for update of m skip locked))
        returning s.dims, s.type, s.country, s.day, s.incidents, s.killed, s.injured)
    insert into incident_stat
    select dims, type, country, day, sum(incidents), sum(killed), sum(injured)
    from (select * from merged union all select * from touched) r
    group by 1, 2, 3, 4
    having sum(incidents) <> 0 or sum(killed) <> 0 or sum(injured) <> 0;
end $$;

-- incident_best_estimate (V9) written out in the update, once per kind of figure. No incidents (the figures statement
-- of an article that has none: its text is the same for every article, ArticleWriter) returns at once.
create or replace function incident_best_estimates_of(incidents bigint[]) returns void
    language plpgsql as $$
begin
    if cardinality(incidents) = 0 then
        return;
    end if;
    perform 1 from incident where id = any(incidents) order by id for update;
    update incident i
    set killed = best.killed, injured = best.injured
    from (select u.id,
                 (select f.value from incident_figure f
                  where f.incident_id = u.id and f.kind = 'KILLED' and not f.party_claim
                  order by f.reported_on desc nulls last, f.value desc, f.id limit 1) as killed,
                 (select f.value from incident_figure f
                  where f.incident_id = u.id and f.kind = 'INJURED' and not f.party_claim
                  order by f.reported_on desc nulls last, f.value desc, f.id limit 1) as injured
          from unnest(incidents) as u(id)) best
    where i.id = best.id and (i.killed, i.injured) is distinct from (best.killed, best.injured);
end $$;
