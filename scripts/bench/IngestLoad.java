import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load of scripts/bench/ingest.sh: CLIENTS threads, each posting ingestText mutations of PER_REQUEST articles of real
 * corpus copy, one after the other, for WARMUP then DURATION seconds. Every article gets a sentence of its own
 * ("It was filed as bench item 17-3-402."), so that no two hash alike and every one is stored, not found UNCHANGED. Prints, over the
 * measured DURATION only: articles/s stored, requests, p50/p99 per request, errors (transport errors, non-200 answers,
 * answers with GraphQL errors), and the statuses of the ingested articles. Prints "WINDOW start" and "WINDOW end" as the
 * measured window opens and closes, so that the caller can read the CPU used in it, and (window_articles) the articles
 * stored by the requests answered in it: the work the window's CPU did, whatever the window cut at its edges.
 *
 * With a GATE file, the window opens once WARMUP has passed and that file exists (the caller creates it when the server's
 * JIT compilers have settled), and "WARM" is printed when WARMUP has passed.
 *
 *   java scripts/bench/IngestLoad.java URL TOKEN CORPUS-DIR CLIENTS PER_REQUEST WARMUP-SECONDS DURATION-SECONDS RUN-ID [GATE]
 */
public class IngestLoad {
    /** The measured window, in System.nanoTime(): open-ended until it opens. */
    static volatile long measureFrom = Long.MAX_VALUE;
    static volatile long end = Long.MAX_VALUE;

    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    static final Pattern ALL_CREATED = Pattern.compile("\\{\"data\":\\{\"ingestText\":\\[(\\{\"status\":\"CREATED\"\\},?)+\\]\\}\\}");
    static final String MUTATION = "mutation($text: String!, $feed: String) { ingestText(text: $text, feed: $feed) { status } }";

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String token = args[1];
        java.util.Map<Path, String> corpus = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(args[2]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                corpus.put(file, Files.readString(file).strip());
            }
        }
        int clients = Integer.parseInt(args[3]);
        int perRequest = Integer.parseInt(args[4]);
        long warmupNanos = Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
        long measureNanos = Duration.ofSeconds(Long.parseLong(args[6])).toNanos();
        String runId = args[7];
        Path gate = args.length > 8 ? Path.of(args[8]) : null;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Each copy once on its own: one the service refuses (the extractor's draft names an entity it does not declare)
        // would fail every request it is part of, so it is left out, and said so.
        List<String> copies = new ArrayList<>();
        for (java.util.Map.Entry<Path, String> file : corpus.entrySet()) {
            // Twice, each made unique: both must be stored, else the copy would not vary.
            String answer = "";
            for (String probe : List.of("probe-a", "probe-b")) {
                String text = unique(file.getValue(), runId + "-" + probe);
                answer = text == null ? "no sentence end outside the boilerplate" : http.send(ingest(url, token, text, "bench-" + runId),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (!ALL_CREATED.matcher(answer).matches()) {
                    break;
                }
            }
            if (ALL_CREATED.matcher(answer).matches()) {
                copies.add(file.getValue());
            } else {
                System.out.println("left out " + file.getKey().getFileName() + ": " + (answer.length() > 300 ? answer.substring(0, 300) : answer));
            }
        }
        System.out.println("load: " + copies.size() + " of " + corpus.size() + " copies");
        long start = System.nanoTime();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong answeredInWindow = new AtomicLong();
        java.util.Map<String, AtomicLong> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    for (long n = 0; System.nanoTime() < end; n++) {
                        StringBuilder text = new StringBuilder();
                        for (int i = 0; i < perRequest; i++) {
                            String article = copies.get((int) ((client * 7919L + n * perRequest + i) % copies.size()));
                            if (i > 0) {
                                text.append("\n\n---\n\n");
                            }
                            text.append(unique(article, runId + "-" + client + "-" + n + "-" + i));
                        }
                        HttpRequest request = ingest(url, token, text.toString(), "bench-" + runId + "-" + client);
                        long sent = System.nanoTime();
                        String answer = null;
                        boolean failed;
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            answer = response.body();
                            failed = response.statusCode() != 200 || answer.contains("\"errors\"");
                        } catch (java.io.IOException e) {
                            answer = e.toString();
                            failed = true;
                        }
                        long received = System.nanoTime();
                        if (received >= measureFrom && received <= end && !failed) {
                            answeredInWindow.addAndGet(STATUS.matcher(answer).results().filter(status -> !status.group(1).equals("UNCHANGED")).count());
                        }
                        if (sent < measureFrom || received > end) {
                            continue; // only requests wholly inside the measured window count
                        }
                        latencies.add(received - sent);
                        if (failed) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 3) {
                                errorSamples.add(answer.length() > 300 ? answer.substring(0, 300) : answer);
                            }
                            continue;
                        }
                        Matcher status = STATUS.matcher(answer);
                        while (status.find()) {
                            statuses.computeIfAbsent(status.group(1), s -> new AtomicLong()).incrementAndGet();
                            if (!status.group(1).equals("UNCHANGED")) {
                                stored.incrementAndGet();
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        if (gate != null) {
            announce("WARM", start + warmupNanos);
            while (!Files.exists(gate)) {
                Thread.sleep(100);
            }
        }
        long from = Math.max(System.nanoTime(), start + warmupNanos);
        end = from + measureNanos;
        measureFrom = from;
        announce("WINDOW start", from);
        announce("WINDOW end", end);
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = measureNanos / 1e9;
        System.out.printf("RESULT articles/s=%.1f requests=%d p50_ms=%.0f p99_ms=%.0f errors=%d statuses=%s window_articles=%d%n",
                stored.get() / seconds, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99), errors.get(),
                statuses.toString().replace("=", ":").replace(" ", ""), answeredInWindow.get());
        errorSamples.forEach(sample -> System.out.println("error sample: " + sample));
    }

    /** Prints the line at {@code nanoTime} (System.nanoTime()), at once. */
    static void announce(String line, long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        System.out.println(line);
        System.out.flush();
    }

    /**
     * The copy with a sentence of its own after its first sentence end outside the agency's boilerplate, so that its
     * content hash is new; null when it has none.
     */
    static String unique(String article, String id) {
        Matcher end = Pattern.compile("(?m)^(?!.*Voice of America).*?[a-z]\\.(?=\\s)").matcher(article);
        return end.find() ? article.substring(0, end.end()) + " It was filed as bench item " + id + "." + article.substring(end.end()) : null;
    }

    static HttpRequest ingest(URI url, String token, String text, String feed) {
        String body = "{\"query\":" + json(MUTATION) + ",\"variables\":{\"text\":" + json(text) + ",\"feed\":" + json(feed) + "}}";
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
