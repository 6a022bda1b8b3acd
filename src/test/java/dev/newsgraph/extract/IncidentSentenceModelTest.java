package dev.newsgraph.extract;

import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped incident-sentence model is the one {@link IncidentSentenceTrainer} trains from the dev split's gold as it
 * is now: a change of the features, the rules before the model or the gold without retraining fails here. Where the
 * model is not confident it abstains and the rules decide, so an abstention is no disagreement; but few
 * may abstain (at most one in ten; at the start of round 23 it abstains on 25 of 276, after 14 of 219 in round 22: the
 * grown split has more sentences whose features the model cannot tell apart).
 */
class IncidentSentenceModelTest {

    @Test
    void theShippedModelAgreesWithTheDevGoldItWasTrainedOn() throws IOException {
        List<Event> events = IncidentSentenceTrainer.events("dev");
        assertTrue(events.size() >= 40, "too few training sentences: " + events.size());
        assertTrue(events.stream().anyMatch(e -> e.getOutcome().equals("NEW")), "no sentence of another incident");
        int disagreements = 0;
        int abstentions = 0;
        StringBuilder which = new StringBuilder();
        for (Event e : events) {
            IncidentSentenceModel.Verdict v = IncidentSentenceModel.decide("", List.of(), e.getContext());
            if (v == null) {
                abstentions++;
            } else if (!v.name().equals(e.getOutcome())) {
                disagreements++;
                which.append(e.getOutcome()).append(" got ").append(v).append(": ").append(String.join(" ", e.getContext())).append('\n');
            }
        }
        assertEquals(0, disagreements, "retrain with IncidentSentenceTrainer; the shipped model disagrees on\n" + which);
        assertTrue(abstentions * 10 <= events.size(), "the model abstains on " + abstentions + " of " + events.size());
    }
}
