-- The incident_stat triggers (V10) hand incident_stat_apply only the net change of a statement. V9 sets killed and
-- injured again on every figure an article adds, mostly to the values they had: the +1 rows of the new values and the
-- -1 rows of the old ones cancel out, yet the merge ran its cell query on them for every such update (a tenth of
-- PostgreSQL's time per article under ingest, scripts/bench/ingest.sh). Now rows that cancel are dropped before it, and
-- a statement that changed no totals (no rows, or rows updated to the values they had) does not call it.

create or replace function incident_stat_inserted() returns trigger
    language plpgsql as $$
declare
    changes incident_stat_change[] := array(select row(1, occurred_on, type, country_code, killed, injured)::incident_stat_change from added);
begin
    if cardinality(changes) > 0 then
        perform incident_stat_apply(changes);
    end if;
    return null;
end $$;

create or replace function incident_stat_deleted() returns trigger
    language plpgsql as $$
declare
    changes incident_stat_change[] := array(select row(-1, occurred_on, type, country_code, killed, injured)::incident_stat_change from removed);
begin
    if cardinality(changes) > 0 then
        perform incident_stat_apply(changes);
    end if;
    return null;
end $$;

-- The new rows that are not among the old ones (+1) and the old ones that are not among the new ones (-1), counted
-- as multisets (except all; nulls equal, as the cells group them).
create or replace function incident_stat_updated() returns trigger
    language plpgsql as $$
declare
    changes incident_stat_change[] := array(
        select row(1, occurred_on, type, country_code, killed, injured)::incident_stat_change
        from (select occurred_on, type, country_code, killed, injured from added
              except all
              select occurred_on, type, country_code, killed, injured from removed) a
        union all
        select row(-1, occurred_on, type, country_code, killed, injured)::incident_stat_change
        from (select occurred_on, type, country_code, killed, injured from removed
              except all
              select occurred_on, type, country_code, killed, injured from added) r);
begin
    if cardinality(changes) > 0 then
        perform incident_stat_apply(changes);
    end if;
    return null;
end $$;
