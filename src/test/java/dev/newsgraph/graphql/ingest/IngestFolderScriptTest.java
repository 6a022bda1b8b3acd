package dev.newsgraph.graphql.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.http.IngestEndpointTest;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented bulk tool, scripts/IngestFolder.java, run as a user runs it against the running service. */
@QuarkusTest
class IngestFolderScriptTest {

    @Test
    void aFolderIsIngestedFileByFileWithProgress(@TempDir Path folder) throws IOException, InterruptedException {
        Files.writeString(folder.resolve("a-flood.txt"), IngestTextTest.STORY.replace("Elvorra", "Varnedo"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b-clutter.txt"), "TT\n20\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c-item.xml"), IngestEndpointTest.newsItem("urn:test:folder:1", 1, 3), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ignored.csv"), "a,b", StandardCharsets.UTF_8);
        long articles = Connections.count("articles");

        String output = run(folder);
        assertThat(output, containsString("[1/3]  33% a-flood.txt: {CREATED=1}"));
        assertThat(output, containsString("[2/3]  66% b-clutter.txt: no article found"));
        assertThat(output, containsString("[3/3] 100% c-item.xml: {CREATED=1}"));
        assertThat(output, containsString("3 files in"));
        assertEquals(articles + 2, Connections.count("articles"));

        String again = run(folder);
        assertThat("idempotent", again, containsString("a-flood.txt: {UNCHANGED=1}"));
        assertThat("the item is recognised", again, containsString("c-item.xml: {UNCHANGED=1}"));
        assertEquals(articles + 2, Connections.count("articles"));
    }

    private static String run(Path folder) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "scripts/IngestFolder.java", folder.toString(),
                "http://localhost:" + RestAssured.port + "/graphql").redirectErrorStream(true);
        builder.environment().put("NEWSGRAPH_TOKEN", Tokens.editor());
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the tool finishes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
