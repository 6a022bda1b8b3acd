package dev.newsgraph.graphql.node;

import dev.newsgraph.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque global ID: base64url of "Type:key". Clients must not parse it; the server decodes and checks it. */
public record GlobalId(NodeType type, long key) {
    private static final int MAX_LENGTH = 64;

    public static String encode(NodeType type, long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type.name() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId decode(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            throw malformed(id);
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
        int colon = plain.indexOf(':');
        if (colon < 0) {
            throw malformed(id);
        }
        try {
            NodeType type = NodeType.valueOf(plain.substring(0, colon));
            long key = Long.parseLong(plain.substring(colon + 1));
            if (key <= 0) {
                throw malformed(id);
            }
            return new GlobalId(type, key);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
    }

    /** Decodes an ID that must name a node of the given type. */
    public static long decode(String id, NodeType expected, String argument) {
        GlobalId decoded = decode(id);
        if (decoded.type() != expected) {
            throw new BadUserInputException("Argument '" + argument + "' must be the ID of a " + expected
                    + ", but '" + id + "' is the ID of a " + decoded.type());
        }
        return decoded.key();
    }

    /** Decodes an ID that must name a person, organization or place. */
    public static long decodeEntity(String id, String argument) {
        GlobalId decoded = decode(id);
        if (decoded.type() != NodeType.Person && decoded.type() != NodeType.Organization && decoded.type() != NodeType.Place) {
            throw new BadUserInputException("Argument '" + argument + "' must be the ID of a Person, Organization or Place");
        }
        return decoded.key();
    }

    private static BadUserInputException malformed(String id) {
        String shown = id == null ? "null" : id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) + "…" : id;
        return new BadUserInputException("Malformed ID '" + shown + "': use an ID returned by this API");
    }
}
