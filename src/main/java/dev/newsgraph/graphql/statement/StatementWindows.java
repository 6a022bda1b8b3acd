package dev.newsgraph.graphql.statement;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The range of ids of the statements said within a window of days. Statements are listed by id, which follows the
 * order they were stored in, not the day they were said on: a window in the past lies deep in the id order, where
 * walking from the newest statement found none within a thousand rows and the whole window (up to 250,000 statements
 * for a year of the 1M-article graph) was read and sorted instead. Bounded by this range, the walk starts at the
 * window's newest statement. The range is read day by day from the (said_on, id) index: two index probes a day.
 */
@ApplicationScoped
class StatementWindows {
    /** Wider windows are not bounded (their probes would cost more than the walk they save). */
    static final int MAX_DAYS = 400;

    @Inject
    Reads reads;

    /** The lowest and highest id said from one day to another, both null when none; null when the window is too wide. */
    Long[] ids(LocalDate from, LocalDate to) {
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            return null;
        }
        return reads.select("""
                select min(d.first), max(d.last)
                from generate_series(cast(? as date), cast(? as date), interval '1 day') g (said)
                cross join lateral (select (select min(s.id) from statement s where s.said_on = cast(g.said as date)) as first,
                                           (select max(s.id) from statement s where s.said_on = cast(g.said as date)) as last) d""",
                row -> new Long[] {(Long) row.getObject(1), (Long) row.getObject(2)}, from, to).get(0);
    }
}
