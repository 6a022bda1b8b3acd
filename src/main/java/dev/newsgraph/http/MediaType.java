package dev.newsgraph.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A media type or media range as RFC 9110 defines them (sections 8.3.1 and 12.5.1): {@code type "/" subtype} followed
 * by {@code ; name=value} parameters whose value is a token or a quoted string. Type, subtype and parameter names are
 * case-insensitive and kept in lower case; the charset value is too (RFC 2046). In an Accept header the {@code q}
 * parameter is the weight; it ends the media range's own parameters, and what follows it are accept extensions.
 * <p>
 * Header values are lists, whether a client sends one header with commas or a proxy or browser joins repeated
 * headers (GraphiQL's bundled page sends {@code Content-Type: application/json, application/json}): {@link #parseList}
 * splits them, outside quoted strings. A malformed member is skipped, as RFC 9110 lets a recipient do.
 *
 * @param type       the top-level type, lower case; {@code *} in a wildcard range
 * @param subtype    the subtype, lower case; {@code *} in a wildcard range
 * @param parameters the parameters before the weight, names lower case
 * @param weight     the {@code q} value, 1 when absent
 */
record MediaType(String type, String subtype, Map<String, String> parameters, double weight) {
    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    /** Every well-formed media type or range of a header's values, in order. */
    static List<MediaType> parseList(List<String> headerValues) {
        List<MediaType> all = new ArrayList<>();
        for (String value : headerValues) {
            for (String member : members(value)) {
                parse(member).ifPresent(all::add);
            }
        }
        return all;
    }

    /** One media type or range; empty when it is malformed. */
    static Optional<MediaType> parse(String text) {
        Scanner scanner = new Scanner(text);
        scanner.skipWhitespace();
        String type = scanner.token();
        if (type == null || !scanner.skip('/')) {
            return Optional.empty();
        }
        String subtype = scanner.token();
        if (subtype == null || type.equals("*") && !subtype.equals("*")) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        double weight = 1;
        boolean weighted = false;
        scanner.skipWhitespace();
        while (scanner.skip(';')) {
            scanner.skipWhitespace();
            if (scanner.atEnd()) {
                break; // RFC 9110 allows an empty parameter, as in "text/html;"
            }
            String name = scanner.token();
            if (name == null || !scanner.skip('=')) {
                return Optional.empty();
            }
            String value = scanner.peek() == '"' ? scanner.quotedString() : scanner.token();
            if (value == null) {
                return Optional.empty();
            }
            name = name.toLowerCase(Locale.ROOT);
            if (weighted) {
                continue; // an accept extension: no meaning here
            }
            if (name.equals("q")) {
                Double q = qvalue(value);
                if (q == null) {
                    return Optional.empty();
                }
                weight = q;
                weighted = true;
            } else {
                parameters.put(name, name.equals("charset") ? value.toLowerCase(Locale.ROOT) : value);
            }
            scanner.skipWhitespace();
        }
        return scanner.atEnd()
                ? Optional.of(new MediaType(type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT), parameters, weight))
                : Optional.empty();
    }

    /** Whether this is exactly {@code type/subtype}, whatever its parameters. */
    boolean is(String typeAndSubtype) {
        return (type + "/" + subtype).equals(typeAndSubtype);
    }

    /** Whether this range includes {@code type/subtype}: exactly, as {@code type/*} or as {@code *}{@code /*}. */
    boolean includes(String typeAndSubtype) {
        int slash = typeAndSubtype.indexOf('/');
        return type.equals("*") || type.equals(typeAndSubtype.substring(0, slash))
                && (subtype.equals("*") || subtype.equals(typeAndSubtype.substring(slash + 1)));
    }

    /** 0 for {@code *}{@code /*}, 1 for {@code type/*}, 2 for a full type: the more specific range takes precedence. */
    int specificity() {
        return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
    }

    String charset() {
        return parameters.get("charset");
    }

    /** The comma-separated members of a header value; commas inside quoted strings do not separate. */
    private static List<String> members(String value) {
        List<String> members = new ArrayList<>();
        StringBuilder member = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                member.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                members.add(member.toString());
                member.setLength(0);
            } else {
                member.append(c);
            }
        }
        members.add(member.toString());
        return members.stream().filter(text -> !text.isBlank()).toList();
    }

    /** qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
    private static Double qvalue(String value) {
        if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return null;
        }
        return Double.parseDouble(value);
    }

    /** Reads tokens and quoted strings (RFC 9110 section 5.6) from a header value. */
    private static final class Scanner {
        private final String text;
        private int position;

        Scanner(String text) {
            this.text = text;
        }

        boolean atEnd() {
            skipWhitespace();
            return position == text.length();
        }

        char peek() {
            return position < text.length() ? text.charAt(position) : 0;
        }

        void skipWhitespace() {
            while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                position++;
            }
        }

        boolean skip(char expected) {
            if (peek() == expected) {
                position++;
                return true;
            }
            return false;
        }

        String token() {
            int start = position;
            while (position < text.length() && isTokenChar(text.charAt(position))) {
                position++;
            }
            return position > start ? text.substring(start, position) : null;
        }

        String quotedString() {
            StringBuilder value = new StringBuilder();
            position++; // opening quote
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && position < text.length()) {
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            return null; // unterminated
        }

        private static boolean isTokenChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || TOKEN_CHARS.indexOf(c) >= 0);
        }
    }
}
