package dev.newsgraph.ingest;

import dev.newsgraph.domain.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Identity of an article's content: the same headline and body from two feeds hash alike. */
final class ContentHash {
    private ContentHash() {
    }

    static String of(String headline, List<String> paragraphs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Names.tidy(headline).getBytes(StandardCharsets.UTF_8));
            for (String paragraph : paragraphs) {
                digest.update((byte) '\n');
                digest.update(Names.tidy(paragraph).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
