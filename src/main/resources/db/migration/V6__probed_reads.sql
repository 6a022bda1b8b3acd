-- Text search in people, organizations and places, by name (issue 13, at a million articles). A page walks the names
-- in order and checks each one's search vector (graphql/page/KeysetPager, probed lists): with the vector in the
-- index, the walk reads the index alone instead of one table page per name (names are not stored in name order).
create index named_entity_type_name_search on named_entity (type, name, id) include (search);
drop index named_entity_type_name;
