-- incidentStats from totals instead of every incident: summing the 500,000 incidents of the 1M-article graph took
-- 0.3 s. incident_stat holds the incidents, killed and injured of each piece of the calendar (the days an ISO week and
-- a month share, so that a piece lies in one month and in one week), per type and country, and rolled up over either
-- or both, so that a grouping without a filter reads a few hundred rows. A window's partial pieces at its ends are read
-- from the incidents (graphql/incident/IncidentStatsApi).
--
-- The triggers append rows of changes (+1 for a row inserted or its new values, -1 for a row deleted or its old values);
-- the totals of a cell are the sum of its rows. Appending takes no lock that another ingest waits for, unlike updating
-- one row per cell (every ingest of the week's incidents would queue behind the others' commits, and ingests touching
-- two cells in opposite orders would deadlock). Each change then merges the rows of the cells it touched, skipping rows
-- another transaction is merging: a cell keeps about one row.
-- Filling it in a large graph outlasts the pool's statement timeout (30 s): this transaction has none.
set local statement_timeout = 0;

create table incident_stat (
    dims      smallint not null check (dims between 0 and 3), -- 1: per type, 2: per country, 3: both, 0: all incidents
    type      text     not null,                               -- '*' when not per type
    country   text     not null,                               -- the ISO code, 'UNKNOWN' without one; '*' when not per country
    day       date,                                            -- the piece's first day; null for undated incidents
    incidents bigint   not null,
    killed    bigint   not null,
    injured   bigint   not null
);
create index incident_stat_cells on incident_stat (dims, type, country, day) include (incidents, killed, injured);

-- The first day of the piece of the calendar a day lies in: its ISO week's Monday or its month's first day, the later.
create function incident_stat_day(occurred date) returns date
    language sql immutable as $$
    select greatest(date_trunc('week', occurred::timestamp), date_trunc('month', occurred::timestamp))::date $$;

create type incident_stat_change as (sign integer, occurred_on date, type text, country_code text, killed integer, injured integer);

-- These changes added to the rows of their cells, which are merged into one row each in the same statement. Rows
-- locked by another transaction's merge are left as they are, to be merged later: nothing waits.
create function incident_stat_apply(changes incident_stat_change[]) returns void
    language sql as $$
    with cells as (
        select d.dims, case when d.dims & 1 = 1 then c.type else '*' end as type,
               case when d.dims & 2 = 2 then coalesce(c.country_code, 'UNKNOWN') else '*' end as country,
               incident_stat_day(c.occurred_on) as day, sum(c.sign) as incidents,
               sum(c.sign * coalesce(c.killed, 0)) as killed, sum(c.sign * coalesce(c.injured, 0)) as injured
        from unnest(changes) c cross join (values (0), (1), (2), (3)) d (dims)
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
    having sum(incidents) <> 0 or sum(killed) <> 0 or sum(injured) <> 0 $$;

create function incident_stat_inserted() returns trigger
    language plpgsql as $$
begin
    perform incident_stat_apply(array(select row(1, occurred_on, type, country_code, killed, injured)::incident_stat_change from added));
    return null;
end $$;

create function incident_stat_deleted() returns trigger
    language plpgsql as $$
begin
    perform incident_stat_apply(array(select row(-1, occurred_on, type, country_code, killed, injured)::incident_stat_change from removed));
    return null;
end $$;

-- An update's unchanged rows cancel out (V9 sets killed and injured again on every new figure).
create function incident_stat_updated() returns trigger
    language plpgsql as $$
begin
    perform incident_stat_apply(array(
        select row(1, occurred_on, type, country_code, killed, injured)::incident_stat_change from added
        union all
        select row(-1, occurred_on, type, country_code, killed, injured)::incident_stat_change from removed));
    return null;
end $$;

create function incident_stat_truncated() returns trigger
    language plpgsql as $$
begin
    truncate incident_stat;
    return null;
end $$;

create trigger incident_stat_inserted
    after insert on incident referencing new table as added
    for each statement execute function incident_stat_inserted();

create trigger incident_stat_deleted
    after delete on incident referencing old table as removed
    for each statement execute function incident_stat_deleted();

create trigger incident_stat_updated
    after update on incident referencing new table as added old table as removed
    for each statement execute function incident_stat_updated();

create trigger incident_stat_truncated
    after truncate on incident
    for each statement execute function incident_stat_truncated();

insert into incident_stat
select d.dims, case when d.dims & 1 = 1 then i.type else '*' end, case when d.dims & 2 = 2 then coalesce(i.country_code, 'UNKNOWN') else '*' end,
       incident_stat_day(i.occurred_on), count(*), coalesce(sum(i.killed), 0), coalesce(sum(i.injured), 0)
from incident i cross join (values (0), (1), (2), (3)) d (dims)
group by 1, 2, 3, 4;
