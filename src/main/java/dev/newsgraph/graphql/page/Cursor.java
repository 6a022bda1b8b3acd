package dev.newsgraph.graphql.page;

import dev.newsgraph.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Position in a keyset-ordered list: the sort value and the row key of one edge. Opaque to clients. */
record Cursor(String sortValue, long key) {
    private static final int MAX_LENGTH = 1024;

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortValue + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor, String argument) {
        if (cursor.length() > MAX_LENGTH) {
            throw malformed(argument);
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.lastIndexOf('|');
            return new Cursor(plain.substring(0, bar), Long.parseLong(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw malformed(argument);
        }
    }

    private static BadUserInputException malformed(String argument) {
        return new BadUserInputException("Malformed cursor in '" + argument + "': use a cursor returned by this connection");
    }
}
