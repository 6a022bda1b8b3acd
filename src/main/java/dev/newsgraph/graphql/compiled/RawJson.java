package dev.newsgraph.graphql.compiled;

import jakarta.json.JsonNumber;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The {@code data} of a compiled read as PostgreSQL wrote it, handed to SmallRye as a JSON value that it writes
 * verbatim into the response. Parsing that text into a JSON tree only for SmallRye to write the tree out again
 * took a sixth of a compiled front page's CPU.
 * <p>
 * Why a number: the JSON-P writer (Parsson, which SmallRye's response uses) writes a number value as its
 * {@code toString()}, unquoted and unchanged, while it walks objects, arrays and strings. Nothing reads this value
 * as a number: the {@code data} of a response is only written out. {@code CompiledReadsTest} checks the responses
 * byte for byte against the resolvers' answers, so a writer that stopped doing this would fail it.
 */
final class RawJson implements JsonNumber {
    private final String json;

    private RawJson(String json) {
        this.json = json;
    }

    /**
     * PostgreSQL's json text without the blanks it puts between tokens ({@code {"a" : 1, "b" : [1, 2]}}), so the
     * response is as compact as the resolvers' and the same text.
     */
    static RawJson compacted(String json) {
        char[] text = json.toCharArray();
        int length = 0;
        boolean inString = false;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (inString) {
                text[length++] = c;
                if (c == '\\') {
                    text[length++] = text[++i]; // an escaped character, perhaps a quote
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                text[length++] = c;
                inString = c == '"';
            }
        }
        return new RawJson(new String(text, 0, length));
    }

    @Override
    public String toString() {
        return json;
    }

    @Override
    public ValueType getValueType() {
        return ValueType.NUMBER;
    }

    @Override
    public boolean isIntegral() {
        throw notANumber();
    }

    @Override
    public int intValue() {
        throw notANumber();
    }

    @Override
    public int intValueExact() {
        throw notANumber();
    }

    @Override
    public long longValue() {
        throw notANumber();
    }

    @Override
    public long longValueExact() {
        throw notANumber();
    }

    @Override
    public BigInteger bigIntegerValue() {
        throw notANumber();
    }

    @Override
    public BigInteger bigIntegerValueExact() {
        throw notANumber();
    }

    @Override
    public double doubleValue() {
        throw notANumber();
    }

    @Override
    public BigDecimal bigDecimalValue() {
        throw notANumber();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawJson raw && raw.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    private static UnsupportedOperationException notANumber() {
        return new UnsupportedOperationException("The data of a compiled read is JSON text to be written out, not a number");
    }
}
