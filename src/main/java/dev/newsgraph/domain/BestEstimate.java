package dev.newsgraph.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The best estimate among the figures of one kind that sources gave for an incident, after UCDP GED's "best": a party
 * to the conflict claiming a figure is never taken (its claim stays a figure of its own); of the rest, the figure
 * reported last wins, and of those reported the same day the highest, as tolls rise while bodies are found ("the death
 * toll rose to 25").
 */
public final class BestEstimate {
    private BestEstimate() {
    }

    public static <F> Optional<F> of(List<F> figures, Predicate<F> partyClaim, Function<F, LocalDate> reportedOn,
            ToIntFunction<F> value) {
        F best = null;
        for (F figure : figures) {
            if (partyClaim.test(figure)) {
                continue;
            }
            if (best == null || later(reportedOn.apply(figure), reportedOn.apply(best)) > 0
                    || later(reportedOn.apply(figure), reportedOn.apply(best)) == 0 && value.applyAsInt(figure) > value.applyAsInt(best)) {
                best = figure;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Compares report dates; an undated report counts as the earliest. */
    private static int later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
