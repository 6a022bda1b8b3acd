package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.page.SortType;

/** Root lists of people, organizations and places: by name, optionally searched in names and aliases. */
final class EntityRows {
    private EntityRows() {
    }

    static Rows named(String type, String text) {
        Rows rows = Rows.of("select 0 as parent, e.id, e.name as sort_value from named_entity e where e.type = '" + type + "'",
                SortType.TEXT, false);
        if (text != null) {
            rows = rows.andProbed("e.search @@ websearch_to_tsquery('simple', :text)").with("text", text);
        }
        return rows;
    }
}
