package dev.newsgraph.extract;

/** Prints extraction throughput on the seed feeds repeated. Not a test: run its main from the test classpath. */
public final class ExtractionBenchmark {
    public static void main(String[] args) {
        long loadStart = System.nanoTime();
        NlpModels.get();
        System.out.printf("OpenNLP models loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        String feed = Seeds.read("/sample/feeds/" + Seeds.FEED_000) + "\n\n\n" + Seeds.read("/sample/feeds/" + Seeds.FEED_001);
        ArticleExtractor extractor = new ArticleExtractor();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (int i = 0; i < 20; i++) {
            extractor.extract(feed, "warmup");
        }
        long articles = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            articles += extractor.extract(feed, "bench").size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d articles in %.2f s: %.1f articles/second%n", articles, seconds, articles / seconds);
    }
}
