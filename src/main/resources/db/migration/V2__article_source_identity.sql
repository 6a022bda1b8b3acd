-- Where an article's headline comes from, who wrote it, and the publisher's identity of the item: the same item
-- delivered again (by GUID, NewsML guid or URL) is the same article, and a newer version replaces its content.
alter table article
    add column headline_basis text not null default 'STATED' check (headline_basis in ('STATED', 'FIRST_SENTENCE')),
    add column author         text check (btrim(author) <> '' and length(author) <= 300),
    add column external_id    text check (btrim(external_id) <> '' and length(external_id) <= 1000),
    add column version        int  check (version >= 0),
    add column url            text check (btrim(url) <> '' and length(url) <= 2000);
create unique index article_external_id on article (external_id);
