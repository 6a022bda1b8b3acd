-- Stored entities by one of their aliases, for ingest's look-up of the names of a request (ingest/EntityResolver.load).
-- That look-up matched aliases with `normalized_aliases && names`: the planner costs its GIN scan above a sequential
-- scan until the table holds some 20,000 entities, and the sequential scan compares every alias of every entity with
-- every name of the request (150 names of 10 articles against 845 entities: 1 to 21 ms a call on the loaded machine of
-- session 13, under scripts/bench/ingest.sh, growing with the table). Here an alias is a key of a B-tree, and the
-- look-up finds the names of a request by index whatever the size of the table. Triggers keep the rows right whatever
-- changes the aliases: ingest, mergeEntities, or SQL by hand; a deleted entity's go with it.
-- Filling it in a large graph may outlast the pool's statement timeout (30 s): this transaction has none.
set local statement_timeout = 0;

create table named_entity_alias (
    id    bigint not null references named_entity (id) on delete cascade, -- the entity's
    alias text   not null -- one of its normalized_aliases
);

create function named_entity_aliases() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from named_entity_alias where id = old.id;
    end if;
    insert into named_entity_alias (id, alias) select new.id, a from unnest(new.normalized_aliases) a;
    return null;
end $$;

create trigger named_entity_aliases_insert after insert on named_entity
    for each row when (cardinality(new.normalized_aliases) > 0) execute function named_entity_aliases();
create trigger named_entity_aliases_update after update of normalized_aliases on named_entity
    for each row when (old.normalized_aliases is distinct from new.normalized_aliases) execute function named_entity_aliases();

insert into named_entity_alias (id, alias) select e.id, a from named_entity e cross join lateral unnest(e.normalized_aliases) a;

create index named_entity_alias_alias on named_entity_alias (alias, id);
create index named_entity_alias_entity on named_entity_alias (id);
analyze named_entity_alias;

-- The GIN index of the alias arrays (V1) served only that look-up; nothing reads by it now, and ingest kept it up to date
-- at every entity it wrote.
drop index named_entity_aliases;
