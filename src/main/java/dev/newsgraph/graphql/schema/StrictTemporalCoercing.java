package dev.newsgraph.graphql.schema;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * SmallRye's date coercing with input checked up front: SmallRye accepts any string as a Date and fails only when its
 * field runs, so a malformed date was a field error (HTTP 200, data null) instead of a request error. Checked here, a
 * bad literal fails validation and a bad variable fails variable coercion, both before anything runs, with a message
 * that names the expected format. Values are still handed to SmallRye as strings, which it converts.
 */
final class StrictTemporalCoercing implements Coercing<Object, Object> {
    private final Coercing<Object, Object> smallRye;
    private final Function<String, ?> parser;
    private final String expected;

    StrictTemporalCoercing(Coercing<Object, Object> smallRye, Function<String, ?> parser, String expected) {
        this.smallRye = smallRye;
        this.parser = parser;
        this.expected = expected;
    }

    @Override
    public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
        return smallRye.serialize(result, context, locale);
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
        String problem = problem(input instanceof String text ? text : null, input);
        if (problem != null) {
            throw new CoercingParseValueException(problem);
        }
        return input;
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
            throws CoercingParseLiteralException {
        String text = input instanceof StringValue string ? string.getValue() : null;
        String problem = problem(text, input);
        if (problem != null) {
            throw new CoercingParseLiteralException(problem);
        }
        return text;
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return smallRye.valueToLiteral(input, context, locale);
    }

    /** Why the input is not a valid value, or null when it is. */
    private String problem(String text, Object input) {
        if (text == null) {
            return "Expected " + expected + " as a string, got " + describe(input) + ".";
        }
        try {
            parser.apply(text);
            return null;
        } catch (DateTimeParseException e) {
            return "Expected " + expected + ", got \"" + text + "\".";
        }
    }

    private static String describe(Object input) {
        if (input instanceof Value<?> literal) {
            return graphql.language.AstPrinter.printAst(literal);
        }
        if (input instanceof Number || input instanceof Boolean) {
            return String.valueOf(input);
        }
        return input instanceof java.util.List<?> ? "a list" : input == null ? "null" : "an object";
    }
}
