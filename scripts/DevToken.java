import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Prints a development bearer token (an RS256 JWT) signed with the development key in dev-jwt/, which dev mode and
 * the tests trust. That key is public, so such tokens are worthless in production. Needs only a JDK:
 *
 *   java scripts/DevToken.java [role ...]     (default: editor; e.g. "admin", or "editor admin")
 */
public class DevToken {
    static final String ISSUER = "newsgraph-dev";
    static final long LIFETIME_SECONDS = 24 * 60 * 60;

    public static void main(String[] args) throws Exception {
        String[] roles = args.length == 0 ? new String[] {"editor"} : args;
        Path keyFile = Path.of(System.getProperty("newsgraph.dev.key", "dev-jwt/private-key.pem"));
        String pem = Files.readString(keyFile).replaceAll("-----(BEGIN|END) PRIVATE KEY-----|\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));

        long now = Instant.now().getEpochSecond();
        String groups = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"developer\",\"upn\":\"developer@newsgraph.dev\",\"groups\":[" + groups
                + "],\"iat\":" + now + ",\"exp\":" + (now + LIFETIME_SECONDS) + "}";
        String signed = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));

        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signed + "." + base64(signature.sign()));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
