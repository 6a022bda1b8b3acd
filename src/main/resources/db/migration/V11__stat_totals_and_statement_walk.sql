-- incidentStats' totals over all days, and indexes for two reads of issue 13 at a million articles.
-- Building them in a large graph outlasts the pool's statement timeout (30 s): this transaction has none.
set local statement_timeout = 0;

-- incidentStats per country or type without a window of days read the totals of every piece of the calendar (V10):
-- 20,000 rows per country for the 1M-article graph. Totals over all days, dims 4 to 7 (as 0 to 3, with a null day),
-- answer them from a row per group.
alter table incident_stat drop constraint incident_stat_dims_check, add constraint incident_stat_dims_check check (dims between 0 and 7);

create or replace function incident_stat_apply(changes incident_stat_change[]) returns void
    language sql as $$
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
    having sum(incidents) <> 0 or sum(killed) <> 0 or sum(injured) <> 0 $$;

insert into incident_stat
select dims | 4, type, country, null, sum(incidents), sum(killed), sum(injured) from incident_stat where dims < 4
group by 1, 2, 3 having sum(incidents) <> 0 or sum(killed) <> 0 or sum(injured) <> 0;

-- incidentStats per type within a country (and per country of some types) reads the totals of one country (V10) for
-- every type: with the type before the country in the only index, that read every total kept per type and country.
create index incident_stat_country_cells on incident_stat (dims, country, type, day) include (incidents, killed, injured);

-- Statements within a window of days walk the id order from the window's newest statement (graphql/statement/
-- StatementWindows) checking each one's day: from the index alone instead of one table page per statement.
create index statement_id_said_on on statement (id) include (said_on);
