package dev.newsgraph.graphql.entity;

import dev.newsgraph.db.Reads;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.page.SortType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Root lists of people, organizations and places: by name, optionally searched in names and aliases. A search that
 * requires a word (any search but one of alternatives, "a or b", or of negated words only) pages through that word's
 * rows of {@code named_entity_word} (migration V12), which lists each word's names in name order with the columns the
 * filters check: the rarest word the search requires, so that a page reads at most that word's names, from the index
 * alone. Other searches read the GIN index of every name's search vector.
 */
@ApplicationScoped
class EntityRows {
    /** Words are compared by how many names hold them, counted up to this many (then they count as common alike). */
    static final int COUNTED_NAMES = 1_000;

    /**
     * The rarest word a search requires, and whether the search is that word alone: the lexemes of its indexable part
     * ({@code querytree} leaves out negated words), unless that part has alternatives. The lexemes are read from the
     * query's text form, where each is quoted with its quotes doubled.
     */
    private static final String REQUIRED_WORD = """
            with q(query, whole) as (select querytree(websearch_to_tsquery('simple', ?)), cast(websearch_to_tsquery('simple', ?) as text)),
            words(word) as (select distinct replace(m[1], '''''', '''') from q,
                                   regexp_matches(q.query, '''((?:[^'']|'''')*)''', 'g') m
                            where regexp_replace(q.query, '''(?:[^'']|'''')*''', '', 'g') not like '%|%')
            select w.word, q.whole = '''' || replace(w.word, '''', '''''') || '''' from words w, q
            order by (select count(*) from (select from named_entity_word x where x.type = ? and x.word = w.word limit ?) c), w.word
            limit 1""";

    @Inject
    Reads reads;

    Rows named(String type, String text) {
        String select = "select 0 as parent, e.id, e.name as sort_value from ";
        Rows all = Rows.of(select + "named_entity e where e.type = '" + type + "'", SortType.TEXT, false);
        if (text == null) {
            return all;
        }
        record Word(String word, boolean alone) {
        }
        List<Word> required = reads.select(REQUIRED_WORD, row -> new Word(row.getString(1), row.getBoolean(2)), text, text, type,
                COUNTED_NAMES + 1);
        if (required.isEmpty()) {
            return all.andProbed("e.search @@ websearch_to_tsquery('simple', :text)").with("text", text);
        }
        Rows rows = Rows.of(select + "named_entity_word e where e.type = '" + type + "' and e.word = :word", SortType.TEXT, false)
                .with("word", required.get(0).word());
        // A search for one word matches every row of it: a plain list, counted exactly up to 1,000 and estimated from
        // the word's statistics beyond.
        return required.get(0).alone() ? rows : rows.andProbed("e.search @@ websearch_to_tsquery('simple', :text)").with("text", text);
    }
}
