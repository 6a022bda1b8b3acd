package dev.newsgraph.graphql.schema;

import graphql.Directives;
import graphql.Scalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphqlDirectivesContainerTypeBuilder;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the schema SmallRye GraphQL builds one that standard tools load and that promises only what the server does:
 * <ul>
 * <li>the custom scalars get a description, and the date scalars a {@code @specifiedBy} URL; Date, DateTime, Int and
 * Float check their input as their specification says ({@link CheckedInputCoercing});</li>
 * <li>scalars that no field or argument uses (SmallRye registers all of its own, e.g. BigDecimal) are dropped;</li>
 * <li>directives are only those the server honours: {@link #HONOURED}. SmallRye's descriptive ones ({@code @constraint},
 * {@code @rolesAllowed}, ...) go, with their uses; graphql-java always declares {@code @defer} and
 * {@code @experimental_disableErrorPropagation}, which {@link UnsupportedDirectives} hides and refuses.</li>
 * </ul>
 */
public class ServedSchema {
    /** The directives the server honours: the GraphQL built-ins graphql-java executes. */
    static final Set<String> HONOURED = Set.of(Directives.IncludeDirective.getName(), Directives.SkipDirective.getName(),
            Directives.DeprecatedDirective.getName(), Directives.SpecifiedByDirective.getName(),
            Directives.OneOfDirective.getName());

    private final ArgumentCorrection arguments;

    /** @param arguments a feature's correction of argument declarations, made in the same pass as the ones above */
    public ServedSchema(ArgumentCorrection arguments) {
        this.arguments = arguments;
    }

    /**
     * Writes the corrected schema into SmallRye's builder, with {@code fetchers} (the code registry of {@code smallRyes}
     * with the data fetchers changed) as its code registry. {@code smallRyes} is what the builder built: the corrections
     * read it instead of building their own, since each build of the schema traverses and validates it whole.
     */
    public void correct(GraphQLSchema smallRyes, GraphQLCodeRegistry fetchers, GraphQLSchema.Builder builder) {
        GraphQLSchema schema = SchemaTransformer.transformSchema(smallRyes, new Corrections(arguments));
        builder.query(schema.getQueryType())
                .mutation(schema.getMutationType())
                .subscription(schema.getSubscriptionType())
                .codeRegistry(withTypesResolvedByName(schema, fetchers))
                .clearAdditionalTypes()
                .additionalTypes(schema.getAdditionalTypes().stream()
                        .filter(type -> !(type instanceof GraphQLScalarType))
                        .collect(Collectors.toSet()))
                .clearDirectives()
                .additionalDirectives(schema.getDirectives().stream()
                        .filter(directive -> HONOURED.contains(directive.getName()))
                        .collect(Collectors.toSet()));
    }

    private static final class Corrections extends GraphQLTypeVisitorStub {
        private final ArgumentCorrection arguments;

        Corrections(ArgumentCorrection arguments) {
            this.arguments = arguments;
        }

        @Override
        public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
            GraphQLScalarType described = switch (scalar.getName()) {
                case "Date" -> checked(scalar.transform(builder -> builder
                                .description("A calendar date without time zone, in ISO 8601 extended format: 2025-06-10.")
                                .specifiedByUrl("https://scalars.graphql.org/andimarek/local-date.html")),
                        CheckedInputCoercing.temporal(LocalDate::parse, "an ISO 8601 date such as \"2025-06-10\""));
                case "DateTime" -> checked(scalar.transform(builder -> builder
                                .description("A point in time: an ISO 8601 date and time with its UTC offset (RFC 3339), "
                                        + "e.g. 2025-06-10T14:30:00Z.")
                                .specifiedByUrl("https://scalars.graphql.org/andimarek/date-time.html")),
                        CheckedInputCoercing.temporal(OffsetDateTime::parse,
                                "an ISO 8601 date and time with offset such as \"2025-06-10T14:30:00Z\""));
                case "Int" -> checked(scalar, CheckedInputCoercing.asBuiltIn(Scalars.GraphQLInt.getCoercing()));
                case "Float" -> checked(scalar, CheckedInputCoercing.asBuiltIn(Scalars.GraphQLFloat.getCoercing()));
                case "BigInteger" -> scalar.transform(builder -> builder.description(
                        "A whole number that may exceed 32 bits, sent as a JSON number."));
                default -> scalar;
            };
            return described == scalar ? TraversalControl.CONTINUE : changeNode(context, described);
        }

        // SmallRye's descriptive directives sit on arguments, input fields, fields and types.
        @Override
        public TraversalControl visitGraphQLArgument(GraphQLArgument element, TraverserContext<GraphQLSchemaElement> context) {
            GraphQLArgument served = allHonoured(element) ? element : element.transform(builder -> honouredOnly(builder, element));
            if (context.getParentNode() instanceof GraphQLFieldDefinition field // not a directive's argument
                    && context.getParentContext().getParentNode() instanceof GraphQLFieldsContainer type) {
                served = arguments.correct(type, field, served);
            }
            return served == element ? TraversalControl.CONTINUE : changeNode(context, served);
        }

        @Override
        public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }

        @Override
        public TraversalControl visitGraphQLEnumValueDefinition(GraphQLEnumValueDefinition element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }

        @Override
        public TraversalControl visitGraphQLObjectType(GraphQLObjectType element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }

        @Override
        public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }

        @Override
        public TraversalControl visitGraphQLInputObjectType(GraphQLInputObjectType element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }

        @Override
        public TraversalControl visitGraphQLEnumType(GraphQLEnumType element, TraverserContext<GraphQLSchemaElement> context) {
            return allHonoured(element) ? TraversalControl.CONTINUE
                    : changeNode(context, element.transform(builder -> honouredOnly(builder, element)));
        }
    }

    /**
     * The transformation copies every type that contains a changed element, but SmallRye's type resolvers of Node and
     * Entity still return the types they were built with; fragment conditions compare types by identity, so
     * {@code node(id:) { ... on Article { headline } }} would match nothing. They are made to answer the schema's own type
     * of that name.
     */
    private static GraphQLCodeRegistry withTypesResolvedByName(GraphQLSchema schema, GraphQLCodeRegistry registry) {
        return registry.transform(code -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLInterfaceType abstractType) {
                    code.typeResolver(abstractType, byName(registry.getTypeResolver(abstractType)));
                } else if (type instanceof GraphQLUnionType abstractType) {
                    code.typeResolver(abstractType, byName(registry.getTypeResolver(abstractType)));
                }
            }
        });
    }

    private static TypeResolver byName(TypeResolver resolver) {
        return environment -> {
            GraphQLObjectType resolved = resolver.getType(environment);
            return resolved == null ? null : environment.getSchema().getObjectType(resolved.getName());
        };
    }

    private static boolean allHonoured(GraphQLDirectiveContainer element) {
        return element.getDirectives().stream().allMatch(directive -> HONOURED.contains(directive.getName()))
                && element.getAppliedDirectives().stream().allMatch(directive -> HONOURED.contains(directive.getName()));
    }

    private static <B extends GraphqlDirectivesContainerTypeBuilder<B, B>> void honouredOnly(B builder, GraphQLDirectiveContainer element) {
        List<GraphQLDirective> directives = element.getDirectives().stream()
                .filter(directive -> HONOURED.contains(directive.getName())).toList();
        List<GraphQLAppliedDirective> applied = element.getAppliedDirectives().stream()
                .filter(directive -> HONOURED.contains(directive.getName())).toList();
        builder.replaceDirectives(directives).replaceAppliedDirectives(applied);
    }

    @SuppressWarnings("unchecked")
    private static GraphQLScalarType checked(GraphQLScalarType scalar, CheckedInputCoercing.Check check) {
        return scalar.transform(builder -> builder.coercing(
                new CheckedInputCoercing((Coercing<Object, Object>) scalar.getCoercing(), check)));
    }
}
