package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints extraction throughput: per second of wall-clock time, and per second of the CPU time of the extracting thread
 * (articles per second per core), which other load on a shared machine disturbs far less. Two inputs, each through
 * {@link ArticleExtractor#extract(String, String)}, the path of {@code ingestText}: the real-copy corpus (both splits,
 * each article as published, page chrome included) read PASSES times, and the two seed feeds read ROUNDS times.
 * Not a test: run its main from the test classpath.
 *
 *   ExtractionBenchmark [ROUNDS (100: 400 articles)] [PASSES (4: 396 articles)]
 */
public final class ExtractionBenchmark {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeapAfterGc(runtime);
        long gazetteerStart = System.nanoTime();
        Gazetteer.get();
        long gazetteerMillis = (System.nanoTime() - gazetteerStart) / 1_000_000;
        long heapGazetteer = usedHeapAfterGc(runtime);
        System.out.printf("Gazetteer loaded in %d ms, %.0f MB of heap after GC%n", gazetteerMillis,
                (heapGazetteer - heapBefore) / 1e6);
        long localStart = System.nanoTime();
        LocalTier local = Gazetteer.get().localTier();
        long localMillis = (System.nanoTime() - localStart) / 1_000_000;
        System.out.printf("its local tier loaded in %d ms, %.0f MB of heap after GC (%.0f MB of arrays)%n", localMillis,
                (usedHeapAfterGc(runtime) - heapGazetteer) / 1e6, local.bytes() / 1e6);
        long loadStart = System.nanoTime();
        NlpModels.sentences();
        NlpModels.tagger();
        System.out.printf("OpenNLP models loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);

        ArticleExtractor extractor = new ArticleExtractor();
        List<String> corpus = new ArrayList<>(corpus("dev"));
        corpus.addAll(corpus("heldout"));
        List<String> seeds = List.of(Seeds.read("/sample/feeds/" + Seeds.FEED_000) + "\n\n\n"
                + Seeds.read("/sample/feeds/" + Seeds.FEED_001));
        measure("real-copy corpus", extractor, corpus, 1, passes);
        measure("seed feeds", extractor, seeds, 20, rounds);
    }

    /** Extracts every text {@code warmUp} times, then {@code times} times measured, and prints the figures. */
    private static void measure(String name, ArticleExtractor extractor, List<String> texts, int warmUp, int times) {
        for (int i = 0; i < warmUp; i++) {
            for (String text : texts) {
                extractor.extract(text, "warmup");
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long articles = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            for (String text : texts) {
                articles += extractor.extract(text, "bench").size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%s, %d texts × %d: %d articles in %.2f s: %.1f articles/second; %.2f s of CPU: %.1f articles per CPU-second%n",
                name, texts.size(), times, articles, seconds, articles / seconds, cpuSeconds, articles / cpuSeconds);
    }

    /** The texts of one corpus split, as published, in the order of its gold file. */
    private static List<String> corpus(String split) {
        String dir = "/extract/corpus/" + split + "/";
        List<String> texts = new ArrayList<>();
        for (JsonNode article : ExtractionEvaluation.goldArticles(split)) {
            texts.add(Seeds.read(dir + article.get("file").asText()));
        }
        return texts;
    }

    private static long usedHeapAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
