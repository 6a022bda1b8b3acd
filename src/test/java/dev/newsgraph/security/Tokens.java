package dev.newsgraph.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Bearer tokens for tests, signed with the development key in dev-jwt/ like scripts/dev-token.sh. */
public final class Tokens {
    public static final String ISSUER = "newsgraph-dev";

    private Tokens() {
    }

    /** What a packaged application, which ships no key, needs to trust these tokens. */
    public static Map<String, String> trusted() {
        return Map.of("mp.jwt.verify.publickey.location", Path.of("dev-jwt/public-key.pem").toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    public static String editor() {
        return token(Set.of(Roles.EDITOR));
    }

    public static String admin() {
        return token(Set.of(Roles.ADMIN));
    }

    /** A valid token with these roles (none: authenticated, but may do nothing that needs a role). */
    public static String token(Set<String> roles) {
        return Jwt.issuer(ISSUER).upn("test-" + String.join("-", roles) + "@newsgraph.dev").groups(roles)
                .expiresIn(Duration.ofHours(1)).sign(devKey());
    }

    public static PrivateKey devKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(Path.of("dev-jwt/private-key.pem")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
