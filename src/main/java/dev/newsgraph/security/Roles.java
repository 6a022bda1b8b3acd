package dev.newsgraph.security;

/**
 * The roles a bearer token can carry in its groups claim. An editor ingests; an admin curates (merges entities,
 * deletes articles) and may also ingest, so an admin token needs no separate editor role.
 */
public final class Roles {
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
