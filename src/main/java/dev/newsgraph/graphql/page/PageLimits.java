package dev.newsgraph.graphql.page;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.page")
public interface PageLimits {
    /** Page size when neither first nor last is given. */
    @WithDefault("20")
    int defaultSize();

    /** Largest page a client may ask for. */
    @WithDefault("100")
    int maxSize();
}
