package dev.newsgraph.graphql.page;

import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.LimitExceededException;

/** The validated first/after or last/before arguments of a connection. */
public record PageRequest(int size, boolean backward, Cursor cursor, boolean hasCursor) {

    public static PageRequest of(Integer first, String after, Integer last, String before, PageLimits limits) {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass either 'first' or 'last', not both");
        }
        if (after != null && before != null) {
            throw new BadUserInputException("Pass either 'after' or 'before', not both");
        }
        if ((last != null && after != null) || (first != null && before != null)) {
            throw new BadUserInputException("Page forward with 'first' and 'after', or backward with 'last' and 'before'");
        }
        boolean backward = last != null || (first == null && before != null);
        Integer requested = backward ? last : first;
        String argument = backward ? "last" : "first";
        int size = requested == null ? limits.defaultSize() : requested;
        if (size < 0 || size > limits.maxSize()) {
            throw new LimitExceededException("'" + argument + "' must be between 0 and " + limits.maxSize() + ", was " + size);
        }
        String cursor = backward ? before : after;
        return new PageRequest(size, backward, cursor == null ? null : Cursor.decode(cursor, cursorArgument(backward)), cursor != null);
    }

    /** The cursor as SQL compares it, its sort value checked against the list's type: {sort value, key}. */
    public Object[] cursorValues(SortType sortType) {
        sortType.check(cursor.sortValue(), cursorArgument());
        return new Object[] {cursor.sortValue(), cursor.key()};
    }

    String cursorArgument() {
        return cursorArgument(backward);
    }

    private static String cursorArgument(boolean backward) {
        return backward ? "before" : "after";
    }
}
