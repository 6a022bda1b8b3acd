-- Incidents and events within a place or a country, newest first (issue 13, at a million articles). The planner
-- either walks the date order and keeps the rows whose place is in the set, or reads the set's places and sorts
-- what it finds; these indexes let both plans read the place and the date from the index alone, without the table:
-- the first for a large set (a country: one row in forty), the second for a small one (a city).
create index incident_sort_place on incident (sort_date, id) include (place_id);
create index incident_place_sort on incident (place_id, sort_date, id);
drop index incident_sort;
drop index incident_place;

create index event_sort_place on event (sort_date, id) include (place_id);
create index event_place_sort on event (place_id, sort_date, id);
drop index event_sort;
drop index event_place;

-- Organizations and places of a kind or a country, by name: the rows in name order, without reading every entity.
create index named_entity_type_kind_name on named_entity (type, kind, name, id);
create index named_entity_type_country_name on named_entity (type, country_code, name, id);

-- Text search sorted by date: whether to walk the date order or read the matches first depends on the planner's guess
-- of how many rows a word matches. For a word outside its list of most common words it guesses a share of the
-- rarest listed ones; a longer list makes that guess smaller, closer to a rare word's.
alter table article alter column search set statistics 1000;
alter table statement alter column search set statistics 1000;
alter table incident alter column search set statistics 1000;
alter table event alter column search set statistics 1000;
alter table named_entity alter column search set statistics 1000;
