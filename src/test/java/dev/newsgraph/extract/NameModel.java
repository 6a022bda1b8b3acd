package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statistical name finder as {@link NameFinderCrossValidation} tries it against the rules: OpenNLP's NameFinderME
 * over its standard features (the token, its shape, the words around it, bigrams, its place in the sentence) and
 * {@link NameFeatures}, trained by {@link NameFinderTrainer} on the dev split's gold names projected onto the sentences
 * the copy reader makes. Cross-validation found no way of combining it with the rules that beats them, so the extractor
 * does not use it; this is what reading an article with it takes.
 */
final class NameModel {

    /** The name types of the training projection. */
    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";

    /** What the model reads of an article: each sentence's token texts, and their comparable forms for mentions. */
    record Reading(List<String[]> tokens, List<String[]> keys, List<String[][]> features) {
    }

    /** A name the model finds: tokens {@code from} to {@code to} (exclusive) of a sentence. */
    record Found(int sentence, int from, int to, String type, double probability) {
    }

    private NameModel() {
    }

    /** What the model reads of the article the extractor made a draft of: its sentences as the copy reader cuts them. */
    static Reading read(ArticleInput draft) {
        List<RawArticle.RawCaption> captions = draft.photos().stream()
                .map(p -> new RawArticle.RawCaption(p.caption(), p.credit(), p.filePhoto())).toList();
        ArticleMetadata stated = new ArticleMetadata(draft.headlineBasis(), null, null, null, null, null, null, null, null,
                null, List.of());
        return read(new ArticleContext(new RawArticle(draft.headline(), captions, draft.paragraphs(), stated)));
    }

    static Reading read(ArticleContext ctx) {
        List<String[]> tokens = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        List<String[][]> features = new ArrayList<>();
        for (ArticleContext.Sentence s : ctx.sentences) {
            tokens.add(s.tokens.stream().map(Tokens.Token::text).toArray(String[]::new));
            keys.add(NameMentions.keys(s.tokens));
            features.add(NameFeatures.of(s));
        }
        return new Reading(tokens, keys, features);
    }

    /** Every name the model finds in the article, sentence by sentence (its adaptive features start afresh). */
    static List<Found> find(TokenNameFinderModel model, Reading reading) {
        NameFinderME finder = new NameFinderME(model);
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < reading.tokens().size(); s++) {
            Span[] spans = finder.find(reading.tokens().get(s), reading.features().get(s));
            double[] probs = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                out.add(new Found(s, spans[i].getStart(), spans[i].getEnd(), spans[i].getType(), probs[i]));
            }
        }
        return out;
    }

    /**
     * How strongly the model reads the mentions of a candidate as each type: per type, the highest probability of a
     * name it finds over one of the mentions (0 when it finds none of that type); null when the candidate's names
     * occur nowhere as whole tokens (a name the rules put together), where the model has nothing to say.
     */
    static Map<String, Double> support(List<Found> found, List<String[]> keys, String name, Collection<String> aliases) {
        List<NameMentions.Mention> mentions = new ArrayList<>(NameMentions.find(keys, NameMentions.nameKeys(name)));
        for (String a : aliases) {
            mentions.addAll(NameMentions.find(keys, NameMentions.nameKeys(a)));
        }
        if (mentions.isEmpty()) {
            return null;
        }
        Map<String, Double> out = new HashMap<>(Map.of(PERSON, 0.0, ORGANIZATION, 0.0, LOCATION, 0.0));
        for (Found f : found) {
            if (mentions.stream().anyMatch(m -> m.overlaps(f.sentence(), f.from(), f.to()))) {
                out.merge(f.type(), f.probability(), Math::max);
            }
        }
        return out;
    }
}
