package dev.newsgraph.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the shape of a GraphQL operation, checked before any field runs. */
@ConfigMapping(prefix = "newsgraph.query")
public interface QueryLimits {
    /** Deepest field nesting an operation may have; the root fields are at depth 1. */
    @WithDefault("20")
    int maxDepth();

    /** Largest cost an operation may have: see {@link ConnectionCost}. */
    @WithDefault("10000")
    int maxComplexity();
}
