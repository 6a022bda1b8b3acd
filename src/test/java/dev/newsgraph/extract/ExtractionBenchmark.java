package dev.newsgraph.extract;

/**
 * Prints extraction throughput on the seed feeds repeated: per second of wall-clock time, and per second of the CPU time
 * of the extracting thread (articles per second per core), which other load on a shared machine disturbs far less.
 * Not a test: run its main from the test classpath.
 */
public final class ExtractionBenchmark {
    public static void main(String[] args) {
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
        NlpModels.get();
        System.out.printf("OpenNLP models loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        String feed = Seeds.read("/sample/feeds/" + Seeds.FEED_000) + "\n\n\n" + Seeds.read("/sample/feeds/" + Seeds.FEED_001);
        ArticleExtractor extractor = new ArticleExtractor();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (int i = 0; i < 20; i++) {
            extractor.extract(feed, "warmup");
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long articles = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            articles += extractor.extract(feed, "bench").size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d articles in %.2f s: %.1f articles/second; %.2f s of CPU: %.1f articles per CPU-second%n",
                articles, seconds, articles / seconds, cpuSeconds, articles / cpuSeconds);
    }

    private static long usedHeapAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
