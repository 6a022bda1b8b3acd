-- People, organizations and places by a word of their name, in name order (issue 13, at a million articles). A word
-- shared by thousands of names ("Anna", "Ministry") lies anywhere in the name order: walking the names found none of
-- them within a thousand, and reading every match from the GIN index fetched one table page per match (35 to 90 ms).
-- Each word of a name or alias gets a row here, in name order within the word, with what the list filters check: a
-- page of a word's names is one index range read from the index alone (graphql/entity/EntityRows). Triggers keep the
-- rows right whatever changes a name: ingest, mergeEntities, or SQL by hand; a deleted entity's go with it.
-- Building it in a large graph may outlast the pool's statement timeout (30 s): this transaction has none.
set local statement_timeout = 0;

create table named_entity_word (
    id           bigint not null references named_entity (id) on delete cascade, -- the entity's
    type         text   not null,
    word         text   not null, -- a lexeme of the entity's search vector
    name         text   not null,
    kind         text,
    country_code character(2),
    search       tsvector not null
);

create function named_entity_words_of(e named_entity) returns setof named_entity_word
    language sql stable as $$
    select e.id, e.type, w, e.name, e.kind, e.country_code, e.search from unnest(tsvector_to_array(e.search)) w $$;

create function named_entity_words() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from named_entity_word where id = old.id;
    end if;
    insert into named_entity_word select * from named_entity_words_of(new);
    return null;
end $$;

create trigger named_entity_words_insert after insert on named_entity
    for each row execute function named_entity_words();
create trigger named_entity_words_update after update of type, name, aliases, kind, country_code on named_entity
    for each row when ((old.type, old.name, old.aliases, old.kind, old.country_code)
                       is distinct from (new.type, new.name, new.aliases, new.kind, new.country_code))
    execute function named_entity_words();

insert into named_entity_word select w.* from named_entity e cross join lateral named_entity_words_of(e) w;

create index named_entity_word_page on named_entity_word (type, word, name, id) include (kind, country_code, search);
create index named_entity_word_entity on named_entity_word (id);
analyze named_entity_word;
