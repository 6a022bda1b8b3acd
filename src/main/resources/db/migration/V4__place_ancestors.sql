-- "Within a place, including its sub-places" as something an index serves: every place lists itself and each place
-- above it (Kharkiv: {Kharkiv, Kharkiv Oblast, Ukraine}), so "places within Ukraine" is place_ancestors @> {Ukraine},
-- one GIN index lookup instead of a recursive walk per request. Triggers keep the lists right whatever changes a
-- parent: ingest, mergeEntities, or SQL by hand.
alter table named_entity add column place_ancestors bigint[];

create function named_entity_place_ancestors() returns trigger
    language plpgsql as $$
begin
    if new.type <> 'PLACE' then
        new.place_ancestors := null;
    elsif new.parent_id is null then
        new.place_ancestors := array[new.id];
    else
        new.place_ancestors := array[new.id]
            || coalesce((select p.place_ancestors from named_entity p where p.id = new.parent_id), array[new.parent_id]);
    end if;
    return new;
end $$;

create trigger named_entity_place_ancestors
    before insert or update of parent_id, type on named_entity
    for each row execute function named_entity_place_ancestors();

-- A place that moves takes its sub-places along: their lists keep their own part and get the place's new one.
create function named_entity_place_descendants() returns trigger
    language plpgsql as $$
begin
    if new.place_ancestors is distinct from old.place_ancestors and old.place_ancestors is not null then
        update named_entity d
        set place_ancestors = d.place_ancestors[1:array_position(d.place_ancestors, new.id) - 1]
            || coalesce(new.place_ancestors, array[new.id])
        where d.place_ancestors @> array[new.id] and d.id <> new.id;
    end if;
    return null;
end $$;

create trigger named_entity_place_descendants
    after update of parent_id, type on named_entity
    for each row execute function named_entity_place_descendants();

with recursive tree(id, ancestors) as (
    select id, array[id] from named_entity where type = 'PLACE' and parent_id is null
    union all
    select c.id, c.id || t.ancestors from tree t join named_entity c on c.parent_id = t.id and c.type = 'PLACE'
    where not c.id = any(t.ancestors)
)
update named_entity e set place_ancestors = t.ancestors from tree t where t.id = e.id;

create index named_entity_place_ancestors on named_entity using gin (place_ancestors);
