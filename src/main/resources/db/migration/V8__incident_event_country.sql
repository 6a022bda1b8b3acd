-- "Incidents (events) in a country" as one index range: each incident and event carries the country code of its
-- place. Before, the filter read every place of the country first (3,209 of them for a country of the 1M-article
-- graph) and sent them back as an array for each page. Triggers keep the copy right whatever changes: ingest,
-- mergeEntities moving incidents to another place, a place's country corrected, or SQL by hand.
alter table incident add column country_code char(2);
alter table event add column country_code char(2);

create function place_country_code() returns trigger
    language plpgsql as $$
begin
    new.country_code := (select p.country_code from named_entity p where p.id = new.place_id);
    return new;
end $$;

create trigger incident_country_code
    before insert or update of place_id on incident
    for each row execute function place_country_code();

create trigger event_country_code
    before insert or update of place_id on event
    for each row execute function place_country_code();

create function named_entity_country_code_copies() returns trigger
    language plpgsql as $$
begin
    update incident set country_code = new.country_code where place_id = new.id;
    update event set country_code = new.country_code where place_id = new.id;
    return null;
end $$;

create trigger named_entity_country_code_copies
    after update of country_code on named_entity
    for each row when (new.country_code is distinct from old.country_code)
    execute function named_entity_country_code_copies();

update incident i set country_code = p.country_code from named_entity p where p.id = i.place_id and p.country_code is not null;
update event e set country_code = p.country_code from named_entity p where p.id = e.place_id and p.country_code is not null;

create index incident_country_sort on incident (country_code, sort_date, id) where country_code is not null;
create index event_country_sort on event (country_code, sort_date, id) where country_code is not null;
