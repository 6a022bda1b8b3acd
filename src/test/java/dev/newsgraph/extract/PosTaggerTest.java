package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The tagger gives OpenNLP's own tags (POSTaggerME, universal tags) for every sentence of the real and invented copy. */
class PosTaggerTest {

    @Test
    void sameTagsAsOpenNlpOnEverySentenceOfTheCopy() throws IOException {
        POSTaggerME openNlp;
        try (InputStream in = PosTaggerTest.class.getResourceAsStream(NlpModels.POS_MODEL)) {
            openNlp = new POSTaggerME(new POSModel(in), POSTagFormat.UD);
        }
        PosTagger tagger = NlpModels.tagger();
        int sentences = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    for (String sentence : SentenceSplitter.split(line)) {
                        String[] tokens = Tokens.of(sentence).stream().map(Tokens.Token::text).toArray(String[]::new);
                        assertArrayEquals(openNlp.tag(tokens), tagger.tag(tokens), sentence);
                        sentences++;
                    }
                }
            }
        }
        assertTrue(sentences > 1000, "sentences tagged: " + sentences);
    }

    @Test
    void theCutOffIsTheKthLargestScoreCountingTies() {
        assertEquals(0.5, PosTagger.kthLargest(new double[]{0.1, 0.5, 0.9, 0.5, 0.2}, 3));
        assertEquals(0.9, PosTagger.kthLargest(new double[]{0.9, 0.9, 0.9}, 3));
        assertEquals(0.1, PosTagger.kthLargest(new double[]{0.3, 0.1}, 3), "fewer scores than the beam: the smallest");
    }
}
