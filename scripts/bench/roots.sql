-- Variables for scripts/bench/roots.sh: lines of "query|filter|variables (JSON)", 200 per case, derived from the
-- database so that they fit any generated size. Deterministic: samples are picked by a hash of the id, not random().
create function pg_temp.gid_raw(plain text) returns text language sql immutable as
    $$ select rtrim(translate(encode(convert_to(plain, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;
create function pg_temp.gid(type text, key bigint) returns text language sql immutable as
    $$ select pg_temp.gid_raw(type || ':' || key) $$;
-- A page request: half of them the first page, a quarter forward from a cursor, a quarter backward from one.
create function pg_temp.page(n int, sort_value text, key bigint) returns jsonb language sql immutable as $$
    select case n % 4 when 2 then jsonb_build_object('first', 20, 'after', pg_temp.gid_raw(sort_value || '|' || key))
                      when 3 then jsonb_build_object('last', 20, 'before', pg_temp.gid_raw(sort_value || '|' || key))
                      else jsonb_build_object('first', 20) end $$;
create function pg_temp.day(n int) returns date language sql immutable as $$ select date '2018-01-01' + (n * 7919 % 2918) $$;
create temporary table sample(n int);
insert into sample select generate_series(1, 200);
-- Entities picked by a hash of their id: the n-th of a type, or of a type and kind, wrapping around.
create temporary table picked as
select type, coalesce(kind, '') as kind, id, name,
       row_number() over (partition by type order by md5(id::text)) as k_type,
       row_number() over (partition by type, kind order by md5(id::text)) as k_kind
from named_entity;
create index on picked (type, k_type);
create index on picked (type, kind, k_kind);
create temporary table picked_count as
select type, kind, sum(count(*)) over (partition by type) as of_type, count(*) as of_kind from picked group by type, kind;
create function pg_temp.pick(t text, n int) returns bigint language sql stable as $$
    select id from picked where type = t and k_type = (n - 1) % (select max(of_type) from picked_count where type = t) + 1 $$;
create function pg_temp.pick(t text, n int, kinds text[]) returns bigint language sql stable as $$
    select id from picked where type = t and kind = kinds[n % cardinality(kinds) + 1]
    and k_kind = (n - 1) % (select of_kind from picked_count where type = t and kind = kinds[n % cardinality(kinds) + 1]) + 1 $$;
create temporary table countries as select row_number() over (order by id) as k, id, country_code from named_entity where kind = 'COUNTRY';
create function pg_temp.country(n int) returns text language sql stable as
    $$ select country_code from countries where k = n % (select count(*) from countries) + 1 $$;
create function pg_temp.place_within(n int) returns bigint language sql stable as $$
    select case n % 3 when 0 then (select id from countries where k = n % (select count(*) from countries) + 1)
                      when 1 then pg_temp.pick('PLACE', n, array['PROVINCE'])
                      else pg_temp.pick('PLACE', n, array['CITY']) end $$;
create function pg_temp.article_words(n int) returns text language sql immutable as $$
    select (array['strike', 'ceasefire holds', 'minister resigns', '"border clash"', 'aid -election', 'witnesses',
                  'talks or protest', (n * 7919 % 1000 + 1)::text])[n % 8 + 1] $$;
create function pg_temp.name_words(n int) returns text language sql immutable as $$
    select (array['Anna', 'Khan', 'Ministry', 'Ukraine', 'City', 'Silva ' || (n * 37 % 1000), 'Org' || (n * 13 % 500),
                  'Defence Force'])[n % 8 + 1] $$;
create function pg_temp.title_words(kind text, n int) returns text language sql immutable as $$
    select case n % 3 when 0 then kind else (n * 7919 % 5000 + 1)::text end $$;

-- articles
select 'articles', 'none', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) from sample;
select 'articles', 'oldest first', pg_temp.page(n, pg_temp.day(n)::text, 0) from sample;
select 'articles', 'text', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('text', pg_temp.article_words(n)) from sample;
select 'articles', 'from, to', pg_temp.page(n, pg_temp.day(n + 7)::text, 1000000000)
    || jsonb_build_object('from', pg_temp.day(n), 'to', pg_temp.day(n) + (array[1, 7, 30, 365])[n % 4 + 1]) from sample;
select 'articles', 'mentioning', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('mentioning',
    case n % 4 when 0 then pg_temp.gid('Person', pg_temp.pick('PERSON', n)) when 1 then pg_temp.gid('Organization', pg_temp.pick('ORGANIZATION', n))
               when 2 then pg_temp.gid('Place', (select id from countries where k = n % (select count(*) from countries) + 1))
               else pg_temp.gid('Place', pg_temp.pick('PLACE', n, array['CITY'])) end) from sample;
select 'articles', 'feed', pg_temp.page(n, pg_temp.day(n)::text, 1000000000)
    || jsonb_build_object('feed', pg_temp.gid('Feed', (select id from feed order by id offset n % (select count(*) from feed) limit 1))) from sample;
select 'articles', 'source', pg_temp.page(n, pg_temp.day(n)::text, 1000000000)
    || jsonb_build_object('source', pg_temp.gid('Organization', pg_temp.pick('ORGANIZATION', n, array['NEWS_AGENCY']))) from sample;
-- events
select 'events', 'none', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) from sample;
select 'events', 'oldest first', pg_temp.page(n, pg_temp.day(n)::text, 0) from sample;
select 'events', 'kind', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('kind',
    case when n % 2 = 0 then jsonb_build_array((array['SPEECH','PRESS_CONFERENCE','SUMMIT','MEETING','VISIT','CONFERENCE','PROTEST',
        'ELECTION','TRIAL','INTERVIEW','CEREMONY','OTHER'])[n % 12 + 1]) else '["SPEECH", "SUMMIT"]' end) from sample;
select 'events', 'from, to', pg_temp.page(n, pg_temp.day(n + 7)::text, 1000000000)
    || jsonb_build_object('from', pg_temp.day(n), 'to', pg_temp.day(n) + (array[1, 7, 30, 365])[n % 4 + 1]) from sample;
select 'events', 'within', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('within', pg_temp.gid('Place', pg_temp.place_within(n))) from sample;
select 'events', 'country', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('country', pg_temp.country(n)) from sample;
select 'events', 'participant', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('participant',
    case when n % 2 = 0 then pg_temp.gid('Person', pg_temp.pick('PERSON', n)) else pg_temp.gid('Organization', pg_temp.pick('ORGANIZATION', n)) end) from sample;
select 'events', 'text', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('text', pg_temp.title_words('event', n)) from sample;
-- incidents
select 'incidents', 'none', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) from sample;
select 'incidents', 'oldest first', pg_temp.page(n, pg_temp.day(n)::text, 0) from sample;
select 'incidents', 'type', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('type',
    case when n % 2 = 0 then jsonb_build_array((array['AIR_DRONE_STRIKE','SHELLING_MISSILE_ATTACK','ARMED_CLASH','ATTACK','BOMBING',
        'ABDUCTION','PROTEST','ARREST','RIOT','OTHER'])[n % 10 + 1]) else '["BOMBING", "MASS_KILLING"]' end) from sample;
select 'incidents', 'from, to', pg_temp.page(n, pg_temp.day(n + 7)::text, 1000000000)
    || jsonb_build_object('from', pg_temp.day(n), 'to', pg_temp.day(n) + (array[1, 7, 30, 365])[n % 4 + 1]) from sample;
select 'incidents', 'within', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('within', pg_temp.gid('Place', pg_temp.place_within(n))) from sample;
select 'incidents', 'country', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('country', pg_temp.country(n)) from sample;
select 'incidents', 'perpetrator', pg_temp.page(n, pg_temp.day(n)::text, 1000000000)
    || jsonb_build_object('perpetrator', pg_temp.gid('Organization', pg_temp.pick('ORGANIZATION', n))) from sample;
select 'incidents', 'minKilled', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('minKilled', n % 23) from sample;
select 'incidents', 'text', pg_temp.page(n, pg_temp.day(n)::text, 1000000000) || jsonb_build_object('text', pg_temp.title_words('incident', n)) from sample;
-- incidentStats
create function pg_temp.grouping(n int) returns jsonb language sql immutable as
    $$ select jsonb_build_object('groupBy', (array['COUNTRY', 'TYPE', 'MONTH', 'WEEK'])[n % 4 + 1]) $$;
select 'incidentStats', 'groupBy', pg_temp.grouping(n) from sample;
select 'incidentStats', 'type', pg_temp.grouping(n) || jsonb_build_object('type', jsonb_build_array((array['AIR_DRONE_STRIKE',
    'SHELLING_MISSILE_ATTACK','ARMED_CLASH','ATTACK','BOMBING','ABDUCTION','PROTEST','ARREST','RIOT','OTHER'])[n % 10 + 1])) from sample;
select 'incidentStats', 'from, to', pg_temp.grouping(n)
    || jsonb_build_object('from', pg_temp.day(n), 'to', pg_temp.day(n) + (array[1, 7, 30, 365])[n % 4 + 1]) from sample;
select 'incidentStats', 'within', pg_temp.grouping(n) || jsonb_build_object('within', pg_temp.gid('Place', pg_temp.place_within(n))) from sample;
select 'incidentStats', 'country', pg_temp.grouping(n) || jsonb_build_object('country', pg_temp.country(n)) from sample;
select 'incidentStats', 'perpetrator', pg_temp.grouping(n) || jsonb_build_object('perpetrator', pg_temp.gid('Organization', pg_temp.pick('ORGANIZATION', n))) from sample;
-- organizations, people, places: by name; cursors at the names of sampled entities
select 'organizations', 'none', pg_temp.page(n, name, id) from sample, picked where type = 'ORGANIZATION' and k_type = n;
select 'organizations', 'text', pg_temp.page(n, name, id) || jsonb_build_object('text', pg_temp.name_words(n)) from sample, picked where type = 'ORGANIZATION' and k_type = n;
select 'organizations', 'kind', pg_temp.page(n, name, id) || jsonb_build_object('kind', (array['GOVERNMENT','MILITARY','ARMED_GROUP','NEWS_AGENCY',
    'UNIVERSITY','COMPANY','POLITICAL_PARTY','NGO','ALLIANCE'])[n % 9 + 1]) from sample, picked where type = 'ORGANIZATION' and k_type = n;
select 'organizations', 'country', pg_temp.page(n, name, id) || jsonb_build_object('country', pg_temp.country(n)) from sample, picked where type = 'ORGANIZATION' and k_type = n;
select 'people', 'none', pg_temp.page(n, name, id) from sample, picked where type = 'PERSON' and k_type = n;
select 'people', 'text', pg_temp.page(n, name, id) || jsonb_build_object('text', pg_temp.name_words(n)) from sample, picked where type = 'PERSON' and k_type = n;
select 'people', 'organization', pg_temp.page(n, name, id) || jsonb_build_object('organization', pg_temp.gid('Organization', pg_temp.pick('ORGANIZATION', n)))
    from sample, picked where type = 'PERSON' and k_type = n;
select 'places', 'none', pg_temp.page(n, p.name, p.id) from sample, picked p where p.type = 'PLACE' and p.kind = 'CITY' and p.k_kind = n;
select 'places', 'text', pg_temp.page(n, p.name, p.id) || jsonb_build_object('text', pg_temp.name_words(n)) from sample, picked p where p.type = 'PLACE' and p.kind = 'CITY' and p.k_kind = n;
select 'places', 'kind', pg_temp.page(n, p.name, p.id) || jsonb_build_object('kind', (array['CITY','PROVINCE','COUNTRY','DISTRICT','SEA'])[n % 5 + 1])
    from sample, picked p where p.type = 'PLACE' and p.kind = 'CITY' and p.k_kind = n;
select 'places', 'country', pg_temp.page(n, p.name, p.id) || jsonb_build_object('country', pg_temp.country(n)) from sample, picked p where p.type = 'PLACE' and p.kind = 'CITY' and p.k_kind = n;
select 'places', 'within', pg_temp.page(n, p.name, p.id) || jsonb_build_object('within', pg_temp.gid('Place', pg_temp.place_within(n)))
    from sample, picked p where p.type = 'PLACE' and p.kind = 'CITY' and p.k_kind = n;
-- statements: newest first by id
create temporary table statement_count as select max(id) as last from statement;
select 'statements', 'none', pg_temp.page(n, (n::bigint * 7919 % last)::text, n::bigint * 7919 % last) from sample, statement_count;
select 'statements', 'speaker', pg_temp.page(n, (n::bigint * 7919 % last)::text, n::bigint * 7919 % last)
    || jsonb_build_object('speaker', pg_temp.gid('Person', (select speaker_id from statement where id = n::bigint * 7919 % last + 1))) from sample, statement_count;
select 'statements', 'kind', pg_temp.page(n, (n::bigint * 7919 % last)::text, n::bigint * 7919 % last)
    || jsonb_build_object('kind', (array['QUOTE', 'PARTIAL_QUOTE', 'REPORTED'])[n % 3 + 1]) from sample, statement_count;
select 'statements', 'about', pg_temp.page(n, (n::bigint * 7919 % last)::text, n::bigint * 7919 % last)
    || jsonb_build_object('about', case when n % 2 = 0 then pg_temp.gid('Place', (select id from countries where k = n % (select count(*) from countries) + 1))
                                        else pg_temp.gid('Person', pg_temp.pick('PERSON', n)) end) from sample, statement_count;
select 'statements', 'article', jsonb_build_object('first', 20, 'article', pg_temp.gid('Article', n::bigint * 7919 % (select max(id) from article) + 1)) from sample;
select 'statements', 'from, to', pg_temp.page(n, (n::bigint * 7919 % last)::text, n::bigint * 7919 % last)
    || jsonb_build_object('from', pg_temp.day(n), 'to', pg_temp.day(n) + (array[1, 7, 30, 365])[n % 4 + 1]) from sample, statement_count;
select 'statements', 'text', pg_temp.page(n, (n::bigint * 7919 % last)::text, n::bigint * 7919 % last)
    || jsonb_build_object('text', (array['peace', 'security -peace', '"continue to work"', (n * 7919 % 1000 + 1)::text])[n % 4 + 1]) from sample, statement_count;
-- search, node, nodes, path
select 'search', 'text', jsonb_build_object('text', case n % 3 when 0 then pg_temp.article_words(n) when 1 then pg_temp.name_words(n)
    else (n * 7919 % 100000 + 1)::text end) from sample;
select 'node', 'id', jsonb_build_object('id', case n % 3 when 0 then pg_temp.gid('Article', n::bigint * 7919 % (select max(id) from article) + 1)
    when 1 then pg_temp.gid('Person', pg_temp.pick('PERSON', n)) else pg_temp.gid('Incident', n::bigint * 7919 % (select max(id) from incident) + 1) end) from sample;
select 'nodes', 'ids', jsonb_build_object('ids', jsonb_build_array(pg_temp.gid('Article', n::bigint * 7919 % (select max(id) from article) + 1),
    pg_temp.gid('Person', pg_temp.pick('PERSON', n)), pg_temp.gid('Place', pg_temp.place_within(n)),
    pg_temp.gid('Statement', n::bigint * 7919 % (select max(id) from statement) + 1))) from sample;
-- path: two people quoted in the same article (two hops through it), or a person and the country of an article (up to three)
select 'path', 'from, to', jsonb_build_object('from', pg_temp.gid('Person', s1.speaker_id),
    'to', case when n % 2 = 0 then pg_temp.gid('Person', s2.speaker_id) else pg_temp.gid('Place', (s1.article_id % 40) + 1) end)
from sample, statement s1 join statement s2 on s2.article_id = s1.article_id and s2.position = 1
where s1.position = 0 and s1.article_id = n::bigint * 7919 % (select max(id) from article) + 1 and s1.speaker_id <> s2.speaker_id;
