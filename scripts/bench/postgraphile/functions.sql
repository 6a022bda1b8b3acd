-- What a PostGraphile user would add for the two incident shapes, which PostGraphile cannot express from the tables
-- alone: root fields benchIncidentsWithin(place) and benchIncidentsInCountry(code), in a schema of their own. Same SQL
-- semantics as Newsgraph's filters (migration V4's place_ancestors, V8's country code of each incident), newest first.
create schema if not exists bench;
create or replace function bench.incidents_within(place bigint) returns setof incident
    language sql stable as $$
    select i.* from incident i
    where i.place_id in (select p.id from named_entity p where p.place_ancestors @> array[place]
                         union
                         select p.id from named_entity r join named_entity p on p.country_code = r.country_code and p.type = 'PLACE'
                         where r.id = place and r.kind = 'COUNTRY')
    order by i.sort_date desc, i.id desc $$;
create or replace function bench.incidents_in_country(code text) returns setof incident
    language sql stable as $$
    select i.* from incident i
    where i.country_code = code
    order by i.sort_date desc, i.id desc $$;
