import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingests every feed file of a folder into a running Newsgraph, one POST /ingest per file (the file name is the feed),
 * printing progress as it goes. Files: *.txt (plain copy), *.xml (RSS, Atom, NewsML-G2: read by content), *.json
 * (ninjs), *.ndjson, *.html; the bytes go as they are, so the server decodes their charset. Needs only a JDK 17+:
 * {@code java scripts/IngestFolder.java <folder> [url]}; the url is the service's (http://host:8080), its /graphql
 * endpoint is accepted too. The bearer token (role editor) comes from the environment variable NEWSGRAPH_TOKEN.
 * Exit status 0 when every file was ingested, 1 when some failed (they are listed), 2 on wrong usage.
 */
public final class IngestFolder {
    private static final Map<String, String> MEDIA_TYPES = Map.of("txt", "text/plain", "xml", "application/xml",
            "json", "application/json", "ndjson", "application/x-ndjson", "html", "text/html", "htm", "text/html");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java scripts/IngestFolder.java <folder of .txt/.xml/.json/.ndjson/.html feeds>"
                    + " [service url, default http://localhost:8080]");
            System.exit(2);
        }
        String base = (args.length == 2 ? args[1] : "http://localhost:8080").replaceFirst("/(graphql|ingest)/?$", "").replaceFirst("/$", "");
        String token = System.getenv("NEWSGRAPH_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("Set NEWSGRAPH_TOKEN to a bearer token with the editor role (dev mode: export NEWSGRAPH_TOKEN=$(scripts/dev-token.sh))");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(file -> MEDIA_TYPES.containsKey(extension(file))).sorted().toList();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Integer> totals = new TreeMap<>();
        int failed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String feed = file.getFileName().toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ingest?feed=" + URLEncoder.encode(feed, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", MEDIA_TYPES.get(extension(file))).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String prefix = String.format("[%d/%d] %3d%% %s: ", i + 1, files.size(), (i + 1) * 100 / files.size(), feed);
            Matcher error = MESSAGE.matcher(response.body());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                failed++;
                System.out.println(prefix + "FAILED (HTTP " + response.statusCode() + ") " + (error.find() ? error.group(1) : response.body()));
                continue;
            }
            Map<String, Integer> statuses = new TreeMap<>();
            Matcher status = STATUS.matcher(response.body());
            while (status.find()) {
                statuses.merge(status.group(1), 1, Integer::sum);
                totals.merge(status.group(1), 1, Integer::sum);
            }
            System.out.println(prefix + (statuses.isEmpty() ? "no article found" : statuses));
        }
        System.out.printf("%d files in %.1f s: articles %s, %d files failed%n", files.size(),
                (System.nanoTime() - start) / 1e9, totals, failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
