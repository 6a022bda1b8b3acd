package dev.newsgraph.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The explorer is served by the service itself, from the jar, under a policy that allows only its own origin. */
@QuarkusTest
class ExplorerServingTest {
    static final Path APP = Path.of("src/main/resources/META-INF/resources/explorer");

    @Test
    void pageAtTheRootWithASameOriginPolicy() {
        given().header("Host", "news.example.org:8443").get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self';"))
                .header("Content-Security-Policy", containsString(
                        "connect-src 'self' ws://news.example.org:8443 wss://news.example.org:8443;"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<main id=\"main\""));
    }

    @Test
    void aForgedHostHeaderCannotWidenThePolicy() {
        // Vert.x already refuses a Host with spaces or semicolons; one it lets through but we do not trust:
        given().header("Host", "evil_host.example").get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("connect-src 'self';"))
                .header("Content-Security-Policy", not(containsString("evil")));
    }

    @Test
    void graphiqlKeepsItsOwnHeaders() {
        given().get("/q/graphql-ui/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void noInlineScriptInThePage() throws IOException {
        String page = Files.readString(Path.of("src/main/resources/META-INF/resources/index.html"));
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), "inline script: " + scripts.group());
            assertTrue(scripts.group(2).isBlank(), "inline script: " + scripts.group());
        }
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(page).find(), "inline event handler");
        assertFalse(page.contains("style=\""), "inline style attribute");
    }

    @Test
    void everyFileTheAppLoadsIsServedFromTheService() throws IOException {
        List<String> paths;
        try (Stream<Path> files = Files.walk(APP.resolve("js"))) {
            paths = files.filter(f -> f.toString().endsWith(".js")).flatMap(f -> {
                try {
                    Matcher m = Pattern.compile("'(/(?:webjars|explorer)/[^'$]+)'").matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(paths.size() >= 5, "library paths found: " + paths);
        for (String path : paths) {
            String file = path.endsWith("/dist") ? path + "/leaflet.js" : path;
            given().get(file).then().statusCode(200);
        }
        given().get("/webjars/leaflet/1.9.4/dist/leaflet.css").then().statusCode(200);
        given().get("/explorer/map/countries.geojson").then().statusCode(200)
                .body(containsString("\"FeatureCollection\""));
        given().get("/explorer/js/main.js").then().statusCode(200).contentType(containsString("javascript"));
    }
}
