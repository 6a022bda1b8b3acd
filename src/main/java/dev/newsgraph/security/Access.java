package dev.newsgraph.security;

import dev.newsgraph.error.ClientGoneException;
import dev.newsgraph.error.ForbiddenException;
import dev.newsgraph.error.OperationRefusedException;
import dev.newsgraph.error.UnauthenticatedException;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * Who may do what. Every mutation needs an editor or admin token and, when configured, every read needs a token;
 * {@link AccessPolicy} applies that to whole operations. Operations that need more (curation needs admin) call
 * {@link #require} first.
 */
@ApplicationScoped
public class Access {
    static final String NO_TOKEN = "This operation needs a valid bearer token (Authorization: Bearer <JWT>).";

    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    AccessConfig config;

    /** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when the token has none of the roles. */
    public void require(String... roles) {
        if (clientGone()) {
            throw new ClientGoneException();
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException(NO_TOKEN);
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException(missingRole(roles));
        }
    }

    /** The refusal of a whole operation, or null when it may run. */
    OperationRefusedException refusal(boolean mutation) {
        SecurityIdentity identity;
        try {
            identity = clientGone() ? null : identities.getIdentity();
        } catch (ContextNotActiveException e) {
            identity = null; // the client left between the check and the look-up, ending the request's context
        }
        if (identity == null) {
            return OperationRefusedException.clientGone();
        }
        if (mutation || config.readRequiresToken()) {
            if (identity.isAnonymous()) {
                return OperationRefusedException.unauthenticated(NO_TOKEN);
            }
        }
        if (mutation && !identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            return OperationRefusedException.forbidden(missingRole(Roles.EDITOR, Roles.ADMIN));
        }
        return null;
    }

    /**
     * Quarkus ends a request's context (and with it the request-scoped identity) when its client closes the
     * connection, on the event loop, while the request may still be running on a worker thread.
     */
    private static boolean clientGone() {
        return !Arc.container().requestContext().isActive();
    }

    private static String missingRole(String... roles) {
        return "This operation needs a token with the role " + String.join(" or ", roles) + ".";
    }
}
