package dev.newsgraph.error;

import java.util.List;
import java.util.regex.Pattern;

/**
 * graphql-java's validation messages quote literals by their Java toString ({@code StringValue{value='x'}},
 * {@code ObjectValue{objectFields=[...]}}); this writes them as GraphQL, as the client typed them ({@code "x"}).
 */
public final class ErrorMessages {
    private record Rewrite(Pattern pattern, String replacement) {
    }

    // Innermost first: a scalar value, then object fields and lists made only of already rewritten values.
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(Pattern.compile("StringValue\\{value='(.*?)'}"), "\"$1\""),
            new Rewrite(Pattern.compile("(?:IntValue|FloatValue|BooleanValue)\\{value=([^{}]*?)}"), "$1"),
            new Rewrite(Pattern.compile("EnumValue\\{name='(\\w+)'}"), "$1"),
            new Rewrite(Pattern.compile("NullValue\\{}|NullValue"), "null"),
            new Rewrite(Pattern.compile("VariableReference\\{name='(\\w+)'}"), "\\$$1"),
            new Rewrite(Pattern.compile("ObjectField\\{name='(\\w+)', value=([^{}\\[\\]]*)}"), "$1: $2"),
            new Rewrite(Pattern.compile("ObjectValue\\{objectFields=\\[([^{}\\[\\]]*)]}"), "{$1}"),
            new Rewrite(Pattern.compile("ArrayValue\\{values=\\[([^{}\\[\\]]*)]}"), "[$1]"));

    private ErrorMessages() {
    }

    public static String withoutInternals(String message) {
        if (message == null) {
            return null;
        }
        String previous;
        String rewritten = message;
        do {
            previous = rewritten;
            for (Rewrite rewrite : REWRITES) {
                rewritten = rewrite.pattern.matcher(rewritten).replaceAll(rewrite.replacement);
            }
        } while (!rewritten.equals(previous));
        return rewritten;
    }
}
