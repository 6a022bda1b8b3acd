package dev.newsgraph.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.auth")
public interface AccessConfig {
    /** When true, queries and subscriptions also need a valid bearer token (any role). */
    @WithDefault("false")
    boolean readRequiresToken();
}
