package dev.newsgraph.graphql.page;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Full-text filters of the lists sorted by date or id (articles, statements, incidents, events), probed (see
 * {@link Rows#andProbed}). When every word a filter requires is common, a page that finds too few matches among its
 * first rows cannot read them from the GIN index either: the index yields the rows holding the words (a tenth of a
 * million articles, or every statement), and a negation ("security -peace") or a phrase is checked on each (0.4 s
 * for the 2,000,000 statements of the 1M-article graph). Such a filter's lists are {@link Rows#walkedOnly walked only}.
 * Whether the words are common comes from the column's statistics (its most common lexemes and their frequencies).
 */
@ApplicationScoped
public class TextFilters {
    /** A word in at least this share of the rows is common. */
    static final double COMMON = 0.05;
    /** What the schema says of a text filter of common words (the description of each text argument ends with it). */
    public static final String COMMON_WORDS = " When every word it requires is in one row in twenty or more (a negation or a phrase of"
            + " common words), a page looks through at most " + KeysetPager.WALK_ONLY_ROWS_TEXT + " rows from its cursor, and the list"
            + " ends where a page finds fewer matches than asked.";

    /**
     * The share of the rows holding the words the filter requires: those of its indexable part ({@code querytree}
     * leaves out negated words; 'T' when every word is negated, which every row may meet), the least common of them,
     * or the most common of alternatives ("a or b"). A word the statistics do not list counts as rare. The lexemes are
     * read from the query's text form, where each is quoted with its quotes doubled.
     */
    private static final String CANDIDATE_SHARE = """
            with q(query) as (select querytree(websearch_to_tsquery(cast(? as regconfig), ?))),
            words(word) as (select replace(m[1], '''''', '''') from q, regexp_matches(q.query, '''((?:[^'']|'''')*)''', 'g') m),
            listed(word, share) as (select e.word, e.share from pg_stats s
                cross join lateral unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) e (word, share)
                where s.schemaname = current_schema() and s.tablename = ? and s.attname = 'search'),
            shares(share) as (select coalesce(l.share, 0) from words w left join listed l on l.word = w.word)
            select cast(case when query = 'T' then 1
                             when regexp_replace(query, '''(?:[^'']|'''')*''', '', 'g') like '%|%' then (select max(share) from shares)
                             else (select min(share) from shares) end as double precision)
            from q""";

    @Inject
    Reads reads;

    /**
     * The rows restricted to those whose {@code alias.search} (of table, a tsvector of the text search configuration
     * config) matches the web search text.
     */
    public Rows matching(Rows rows, String alias, String table, String config, String text) {
        Rows matching = rows.andProbed(alias + ".search @@ websearch_to_tsquery('" + config + "', :text)").with("text", text);
        return share(table, config, text) >= COMMON ? matching.walkedOnly() : matching;
    }

    /**
     * About which share of the rows of table may match the web search text (by its {@code search} column, a tsvector of
     * the text search configuration config), from the column's statistics: the share of the words it requires.
     */
    public double share(String table, String config, String text) {
        Double share = reads.select(CANDIDATE_SHARE, row -> (Double) row.getObject(1), config, text, table).get(0);
        return share == null ? 0 : share;
    }
}
