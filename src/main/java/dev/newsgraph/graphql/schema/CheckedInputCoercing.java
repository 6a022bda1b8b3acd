package dev.newsgraph.graphql.schema;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A SmallRye scalar whose input is checked up front. SmallRye's Date accepts any string and its Int any string of
 * digits or not; they fail only when the field runs, so a malformed value was a field error (HTTP 200, data null)
 * instead of a request error. Checked here, a bad literal fails validation and a bad variable fails variable coercion,
 * both before anything runs, with a message that says what was expected. Valid values still go through SmallRye's
 * coercing, which its argument conversion expects.
 */
final class CheckedInputCoercing implements Coercing<Object, Object> {
    /** Throws CoercingParseValueException / CoercingParseLiteralException for input the scalar does not accept. */
    interface Check {
        void value(Object input, GraphQLContext context, Locale locale);

        void literal(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale);
    }

    private final Coercing<Object, Object> smallRye;
    private final Check check;

    CheckedInputCoercing(Coercing<Object, Object> smallRye, Check check) {
        this.smallRye = smallRye;
        this.check = check;
    }

    /** The checks of a GraphQL built-in scalar (Int, Float), as graphql-java applies them. */
    static Check asBuiltIn(Coercing<?, ?> builtIn) {
        return new Check() {
            @Override
            public void value(Object input, GraphQLContext context, Locale locale) {
                builtIn.parseValue(input, context, locale);
            }

            @Override
            public void literal(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                builtIn.parseLiteral(input, variables, context, locale);
            }
        };
    }

    /** A string that {@code parser} accepts, e.g. LocalDate::parse; {@code expected} names the format in messages. */
    static Check temporal(Function<String, ?> parser, String expected) {
        return new Check() {
            @Override
            public void value(Object input, GraphQLContext context, Locale locale) {
                String problem = problem(input instanceof String text ? text : null, describe(input));
                if (problem != null) {
                    throw new CoercingParseValueException(problem);
                }
            }

            @Override
            public void literal(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                String problem = problem(input instanceof StringValue string ? string.getValue() : null, AstPrinter.printAst(input));
                if (problem != null) {
                    throw new CoercingParseLiteralException(problem);
                }
            }

            private String problem(String text, String given) {
                if (text == null) {
                    return "Expected " + expected + " as a string, got " + given + ".";
                }
                try {
                    parser.apply(text);
                    return null;
                } catch (DateTimeParseException e) {
                    return "Expected " + expected + ", got \"" + text + "\".";
                }
            }
        };
    }

    @Override
    public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
        return smallRye.serialize(result, context, locale);
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
        check.value(input, context, locale);
        return smallRye.parseValue(input, context, locale);
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
            throws CoercingParseLiteralException {
        check.literal(input, variables, context, locale);
        return smallRye.parseLiteral(input, variables, context, locale);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return smallRye.valueToLiteral(input, context, locale);
    }

    /** A JSON variable value as the client sent it. */
    private static String describe(Object input) {
        if (input instanceof Number || input instanceof Boolean) {
            return String.valueOf(input);
        }
        return input instanceof List<?> ? "a list" : input == null ? "null" : "an object";
    }
}
