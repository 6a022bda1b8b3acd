package dev.newsgraph.graphql.compiled;

import dev.newsgraph.db.Reads;
import dev.newsgraph.error.ApiException;
import dev.newsgraph.graphql.OperationMetrics;
import dev.newsgraph.limits.NormalizedOperations;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.normalized.ExecutableNormalizedField;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The execution strategy of queries: a query the {@link ReadCompiler} can translate is answered by one SQL statement
 * (plus one per root list, to page it) that PostgreSQL turns into the JSON of the whole answer; any other query, and any
 * query whose arguments the resolvers would refuse, runs through the resolvers as before (graphql-java's
 * AsyncExecutionStrategy with SmallRye's exception handler, as SmallRye configures it). Validation, the operation
 * checks (access, depth, cost) and the response hooks run around either.
 * <p>
 * Why: resolving field by field cost graphql-java and our resolvers several milliseconds of CPU for a front page of a
 * few hundred fields, while the same answer is one statement for PostgreSQL. {@code newsgraph.compiled-reads.enabled}
 * turns it off; {@code newsgraph_compiled_reads_total} counts queries by the path they took.
 */
@Singleton
@Unremovable // installed by OperationChecks into SmallRye's GraphQL instance
public class CompiledReads extends AsyncExecutionStrategy {
    private static final Logger LOG = Logger.getLogger(CompiledReads.class);

    private final Reads reads;
    private final RootLists roots;
    private final MeterRegistry registry;
    private final Counter compiled;
    private final Counter resolved;
    private volatile boolean enabled;

    @Inject
    public CompiledReads(Reads reads, RootLists roots, MeterRegistry registry,
                         @ConfigProperty(name = "newsgraph.compiled-reads.enabled", defaultValue = "true") boolean enabled) {
        super(new ExceptionHandler());
        this.reads = reads;
        this.roots = roots;
        this.registry = registry;
        this.enabled = enabled;
        compiled = counter(registry, "compiled");
        resolved = counter(registry, "resolvers");
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        RawJson data = enabled && context.isQueryOperation() ? compiledData(context) : null;
        if (data == null) {
            resolved.increment();
            return super.execute(context, parameters);
        }
        compiled.increment();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    /** The data of the query from one compiled statement; null when the resolvers must answer. */
    private RawJson compiledData(ExecutionContext context) {
        long start = System.nanoTime();
        List<ExecutableNormalizedField> rootFields = NormalizedOperations.of(context).getTopLevelFields();
        try {
            String json = reads.run(session -> {
                Sql sql = new ReadCompiler(roots).compile(rootFields);
                return reads.selectWithCachedPlan(sql.text(), row -> row.getString(1), sql.parameters()).get(0);
            });
            long elapsed = System.nanoTime() - start;
            rootFields.stream().filter(field -> !field.getName().startsWith("__"))
                    .forEach(field -> OperationMetrics.timer(registry, field.getName(),
                            context.getOperationDefinition().getOperation()).record(elapsed, TimeUnit.NANOSECONDS));
            return RawJson.compacted(json);
        } catch (ReadCompiler.NotCompiled e) {
            LOG.debugf("Resolving a query the compiler does not translate: %s", e.getMessage());
            return null;
        } catch (ApiException e) {
            return null; // the resolvers report it as they always have
        } catch (RuntimeException e) {
            LOG.warnf(e, "The compiled read failed; the resolvers answer instead");
            return null;
        }
    }

    /** Switches the compiled path at run time: the tests that compare both paths, or guard the resolvers, use it. */
    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    private static Counter counter(MeterRegistry registry, String path) {
        return Counter.builder("newsgraph_compiled_reads").description("Queries answered, by path: compiled SQL or resolvers")
                .tag("path", path).register(registry);
    }
}
