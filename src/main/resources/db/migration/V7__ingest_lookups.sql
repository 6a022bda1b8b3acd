-- Ingest looks up the stored entities an article's names may stand for by canonical name, alias or country code in
-- one query (normalized_name = any(...) or normalized_aliases && ... or country_code = any(...)). The unique keys lead
-- with type or are partial, so without this index the canonical-name branch read the whole table.
create index named_entity_normalized_name on named_entity (normalized_name);
