-- A synthetic news graph for benchmarks: deterministic (every value derives from row numbers, no random()), and
-- within every constraint of the schema. Run it once on an empty, migrated database; the size comes from the
-- setting bench.articles (10,000 when unset):
--   psql -v ON_ERROR_STOP=1 -c 'set bench.articles = 100000' -f scripts/bench/generate.sql
-- Per 10,000 articles: 2,000 people, 500 organizations, 40 countries with 8 provinces each and
-- max(4, articles / 2,500) cities per province, 20,000 statements, 5,000 incidents, 2,500 events, 70,000 mentions.
-- Products that pass 2^31 at 1M articles are computed in bigint.
-- Plain SQL without psql commands, so that JDBC can run it too (the load tests do).
begin;
create temporary table bench_scale as
select n as articles,
       greatest(200, n / 5) as people,
       greatest(50, n / 20) as organizations,
       greatest(4, n / 2500) as cities_per_province,
       greatest(20, n / 2) as incidents,
       greatest(10, n / 4) as events
from (select coalesce(nullif(current_setting('bench.articles', true), ''), '10000')::int as n) setting;

create temporary table bench_country(n int, code char(2), name text);
insert into bench_country
select n, code, name from unnest(
    array['UA','RU','PK','IN','AF','IR','IQ','SY','IL','PS','LB','YE','SA','EG','LY','SD','SS','ET','SO','KE',
          'NG','ML','NE','BF','CD','MZ','ZA','US','MX','CO','VE','BR','GB','FR','DE','PL','TR','CN','MM','PH'],
    array['Ukraine','Russia','Pakistan','India','Afghanistan','Iran','Iraq','Syria','Israel','Palestine','Lebanon',
          'Yemen','Saudi Arabia','Egypt','Libya','Sudan','South Sudan','Ethiopia','Somalia','Kenya','Nigeria','Mali',
          'Niger','Burkina Faso','Democratic Republic of the Congo','Mozambique','South Africa','United States',
          'Mexico','Colombia','Venezuela','Brazil','United Kingdom','France','Germany','Poland','Turkey','China',
          'Myanmar','Philippines'])
    with ordinality as c(code, name, n);

-- Ids: countries 1..40, provinces 41..360, cities from 361, then organizations, then people.
insert into named_entity (id, type, name, normalized_name, aliases, normalized_aliases, kind, country_code, parent_id, latitude, longitude)
select n, 'PLACE', name, lower(name), '{}', '{}', 'COUNTRY', code, null, (n * 37 % 120) - 60, (n * 71 % 340) - 170
from bench_country;

insert into named_entity (id, type, name, normalized_name, kind, country_code, parent_id, latitude, longitude)
select 40 + (c.n - 1) * 8 + p, 'PLACE', c.name || ' Province ' || p, lower(c.name || ' province ' || p), 'PROVINCE', c.code, c.n,
       (c.n * 37 % 120) - 60 + p * 0.1, (c.n * 71 % 340) - 170 + p * 0.1
from bench_country c, generate_series(1, 8) p;

insert into named_entity (id, type, name, normalized_name, aliases, normalized_aliases, kind, country_code, parent_id, latitude, longitude)
select 360 + (pr - 41) * s.cities_per_province + k,
       'PLACE', c.name || ' City ' || (pr - 40) || '-' || k, lower(c.name || ' city ' || (pr - 40) || ' ' || k),
       array['City ' || (pr - 40) || '-' || k], array['city ' || (pr - 40) || ' ' || k],
       case when k % 10 = 0 then 'DISTRICT' else 'CITY' end, c.code, pr,
       (c.n * 37 % 120) - 60 + k * 0.01, (c.n * 71 % 340) - 170 + k * 0.01
from bench_scale s, generate_series(41, 360) pr, bench_country c, generate_series(1, s.cities_per_province) k
where c.n = (pr - 41) / 8 + 1;

create temporary table bench_ids as
select 360 + 320 * cities_per_province as last_city,
       360 + 320 * cities_per_province + organizations as last_org,
       360 + 320 * cities_per_province + organizations + people as last_person,
       320 * cities_per_province as cities
from bench_scale;

insert into named_entity (id, type, name, normalized_name, aliases, normalized_aliases, kind, country_code)
select i.last_city + o,
       'ORGANIZATION',
       (array['Ministry of Defence','Armed Forces','Liberation Front','State University','News Agency','Energy Company',
              'People''s Party','Relief Council','Press Service','Border Guard'])[o % 10 + 1] || ' ' || o,
       lower((array['Ministry of Defence','Armed Forces','Liberation Front','State University','News Agency','Energy Company',
              'People''s Party','Relief Council','Press Service','Border Guard'])[o % 10 + 1] || ' ' || o),
       array['Org' || o], array['org' || o],
       (array['GOVERNMENT','MILITARY','ARMED_GROUP','UNIVERSITY','NEWS_AGENCY','COMPANY','POLITICAL_PARTY','NGO',
              'GOVERNMENT','MILITARY'])[o % 10 + 1],
       (select code from bench_country where n = o % 40 + 1)
from bench_scale s, bench_ids i, generate_series(1, s.organizations) o;

insert into named_entity (id, type, name, normalized_name, aliases, normalized_aliases)
select i.last_org + p, 'PERSON', first || ' ' || last || ' ' || p, lower(first || ' ' || last || ' ' || p),
       array[last || ' ' || p], array[lower(last) || ' ' || p]
from bench_scale s, bench_ids i, generate_series(1, s.people) p,
     lateral (select (array['Anna','Omar','Olena','Imran','Maria','Ahmed','John','Fatima','Ivan','Grace','Luis','Amina',
                            'Chen','Sofia','Yusuf','Elena','Kwame','Priya','Tomas','Leila'])[p % 20 + 1] as first,
                     (array['Kovalenko','Khan','Silva','Haddad','Smith','Okafor','Novak','Rahman','Petrov','Mensah',
                            'Garcia','Nasser','Wang','Rossi','Ahmadi','Kim','Diallo','Sharma','Muller','Costa'])[p / 20 % 20 + 1] as last) n;

-- One or two roles per person, at an organization of the person's country.
insert into person_role (person_id, title, organization_id, place_id, current)
select i.last_org + p,
       (array['Minister','Spokesperson','Commander','Director','Mayor','Governor','Analyst','President'])[(p + r) % 8 + 1],
       i.last_city + ((p * 7 + r * 13) % s.organizations) + 1,
       case when r = 2 then (p % 40) + 1 end,
       r = 1
from bench_scale s, bench_ids i, generate_series(1, s.people) p, generate_series(1, 2) r
where r = 1 or p % 3 = 0;

insert into feed (id, name) select f, 'wire-' || f || '.xml' from generate_series(1, 20) f;

-- Articles: newest first means highest published_on; dates spread over about 8 years.
insert into article (id, headline, paragraphs, published_on, date_basis, date_evidence, dateline_id, source_id, content_hash)
select a,
       'Report ' || a || ': ' || (array['talks resume','strike kills civilians','minister resigns','protest spreads',
                                        'ceasefire holds','aid arrives','election called','border clash'])[a % 8 + 1],
       array['Paragraph one of article ' || a || ' with officials commenting on the situation.',
             'Paragraph two of article ' || a || ', quoting witnesses and local authorities.',
             'Paragraph three of article ' || a || ' gives background.'],
       date '2018-01-01' + (a::bigint * 2917 / s.articles)::int,
       'STATED', null,
       361 + (a::bigint * 7919) % i.cities,
       i.last_city + 1 + 10 * ((a * 31) % (s.organizations / 10)) + 3, -- NEWS_AGENCY organizations (o % 10 = 4)
       encode(sha256(convert_to('bench-article-' || a, 'UTF8')), 'hex')
from bench_scale s, bench_ids i, generate_series(1, s.articles) a;

insert into article_feed (article_id, feed_id) select a, a % 20 + 1 from bench_scale s, generate_series(1, s.articles) a;

-- Mentions: three people, two organizations and two places per article (distinct within the article).
insert into mention (article_id, entity_id, sentence)
select a, e, null from (
    select a, i.last_org + 1 + (a * 37 + k * 101) % s.people as e from bench_scale s, bench_ids i, generate_series(1, s.articles) a, generate_series(0, 2) k
    union
    select a, i.last_city + 1 + (a * 13 + k * 7) % s.organizations from bench_scale s, bench_ids i, generate_series(1, s.articles) a, generate_series(0, 1) k
    union
    select a, case when k = 0 then 361 + (a::bigint * 7919) % i.cities else (a % 40) + 1 end from bench_scale s, bench_ids i, generate_series(1, s.articles) a, generate_series(0, 1) k
) m;

-- Events: one per four articles, at a city, hosted by an organization, reported by that article, with a person and an
-- organization taking part; the article's first statement was made at it.
insert into event (id, kind, title, normalized_title, occurred_on, date_precision, place_id, venue_id)
select n,
       (array['SPEECH','PRESS_CONFERENCE','SUMMIT','MEETING','VISIT','CONFERENCE','PROTEST','ELECTION','TRIAL',
              'INTERVIEW','CEREMONY','OTHER'])[n % 12 + 1],
       'Event ' || n, 'event ' || n,
       date '2018-01-01' + (4 * n::bigint * 2917 / s.articles)::int, 'DAY',
       361 + (4 * n::bigint * 7919) % i.cities,
       i.last_city + 1 + (n * 29) % s.organizations
from bench_scale s, bench_ids i, generate_series(1, s.events) n;

insert into event_article (event_id, article_id)
select n, least(4 * n, s.articles) from bench_scale s, generate_series(1, s.events) n;

insert into event_participant (event_id, entity_id)
select n, i.last_org + 1 + (4 * n * 37) % s.people from bench_scale s, bench_ids i, generate_series(1, s.events) n
union all
select n, i.last_city + 1 + (n * 29 + 1) % s.organizations from bench_scale s, bench_ids i, generate_series(1, s.events) n;

-- Two statements per article, by the first two people it mentions.
insert into statement (id, article_id, position, kind, text, speaker_id, said_on, venue_id, channel, event_id)
select (a - 1) * 2 + k + 1, a, k,
       (array['QUOTE','PARTIAL_QUOTE','REPORTED'])[(a + k) % 3 + 1],
       'Statement ' || k || ' of article ' || a || ': we will continue to work for peace and security.',
       i.last_org + 1 + (a * 37 + k * 101) % s.people,
       date '2018-01-01' + (a::bigint * 2917 / s.articles)::int,
       case when k = 0 then 361 + (a::bigint * 7919) % i.cities end,
       case when a % 5 = 0 then 'Telegram' end,
       case when k = 0 and a % 4 = 0 and a / 4 <= s.events then a / 4 end
from bench_scale s, bench_ids i, generate_series(1, s.articles) a, generate_series(0, 1) k;

insert into statement_about (statement_id, entity_id)
select st.id, (st.article_id % 40) + 1 from statement st;

-- Incidents: one per two articles, in a city (or a province, one in ten), reported by that article.
insert into incident (id, type, title, normalized_title, occurred_on, date_precision, place_id)
select n,
       (array['AIR_DRONE_STRIKE','SHELLING_MISSILE_ATTACK','ARMED_CLASH','ATTACK','BOMBING','ABDUCTION','PROTEST',
              'ARREST','RIOT','OTHER'])[n % 10 + 1],
       'Incident ' || n, 'incident ' || n,
       date '2018-01-01' + (2 * n::bigint * 2917 / s.articles)::int, 'DAY',
       case when n % 10 = 0 then 41 + (n * 7) % 320 else 361 + (2 * n::bigint * 7919) % i.cities end
from bench_scale s, bench_ids i, generate_series(1, s.incidents) n;

insert into incident_article (incident_id, article_id)
select n, least(2 * n, s.articles) from bench_scale s, generate_series(1, s.incidents) n;

insert into incident_actor (incident_id, role, entity_id, description, attribution)
select n, 'PERPETRATOR', i.last_city + 1 + (n * 17) % s.organizations, null, (array['STATED','CLAIMED','SUSPECTED','ACCUSED'])[n % 4 + 1]
from bench_scale s, bench_ids i, generate_series(1, s.incidents) n
union all
select n, 'VICTIM', null, 'civilians', 'STATED' from bench_scale s, generate_series(1, s.incidents) n where n % 2 = 0;

insert into incident_figure (incident_id, kind, value, at_least, reported_by_id, article_id)
select n, 'KILLED', n % 23, n % 3 = 0, i.last_org + 1 + (2 * n * 37) % s.people, least(2 * n, s.articles)
from bench_scale s, bench_ids i, generate_series(1, s.incidents) n
union all
select n, 'INJURED', n % 41, false, null, least(2 * n, s.articles)
from bench_scale s, bench_ids i, generate_series(1, s.incidents) n where n % 2 = 1;

-- Identity columns were given explicit values: move their sequences past them.
do $$
declare t text;
begin
    foreach t in array array['named_entity','feed','article','statement','incident','event'] loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select coalesce(max(id), 0) + 1 from %I), false)', t, t);
    end loop;
end $$;
commit;
analyze;
