package dev.newsgraph.extract;

import dev.newsgraph.draft.ActorInput;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.PhotoInput;
import dev.newsgraph.draft.RoleInput;
import dev.newsgraph.draft.StatementInput;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The fields of an article that refer to an entity by name: the extraction reads them to see what its drafts refer
 * to, the ingest to check and resolve them.
 */
public final class ReferenceFields {
    private ReferenceFields() {
    }

    /** Every reference field of the article, with a path that names it in error messages. */
    public static void forEach(ArticleInput input, BiConsumer<String, String> action) {
        BiConsumer<String, String> nonNull = (field, reference) -> {
            if (reference != null) {
                action.accept(field, reference);
            }
        };
        nonNull.accept("dateline", input.dateline());
        nonNull.accept("source", input.source());
        for (int i = 0; i < input.photos().size(); i++) {
            PhotoInput photo = input.photos().get(i);
            nonNull.accept("photos[" + i + "].agency", photo.agency());
            nonNull.accept("photos[" + i + "].photographer", photo.photographer());
            nonNull.accept("photos[" + i + "].place", photo.place());
        }
        for (int i = 0; i < input.people().size(); i++) {
            List<RoleInput> roles = input.people().get(i).roles();
            for (int j = 0; j < roles.size(); j++) {
                nonNull.accept("people[" + i + "].roles[" + j + "].organization", roles.get(j).organization());
                nonNull.accept("people[" + i + "].roles[" + j + "].place", roles.get(j).place());
            }
        }
        for (int i = 0; i < input.places().size(); i++) {
            nonNull.accept("places[" + i + "].parent", input.places().get(i).parent());
        }
        for (int i = 0; i < input.statements().size(); i++) {
            StatementInput statement = input.statements().get(i);
            nonNull.accept("statements[" + i + "].speaker", statement.speaker());
            nonNull.accept("statements[" + i + "].venue", statement.venue());
            for (String about : statement.about()) {
                nonNull.accept("statements[" + i + "].about", about);
            }
        }
        for (int i = 0; i < input.incidents().size(); i++) {
            IncidentInput incident = input.incidents().get(i);
            nonNull.accept("incidents[" + i + "].place", incident.place());
            for (ActorInput actor : incident.actors()) {
                nonNull.accept("incidents[" + i + "].actors.entity", actor.entity());
            }
            for (FigureInput figure : incident.figures()) {
                nonNull.accept("incidents[" + i + "].figures.reportedBy", figure.reportedBy());
            }
        }
        for (int i = 0; i < input.events().size(); i++) {
            EventInput event = input.events().get(i);
            nonNull.accept("events[" + i + "].place", event.place());
            nonNull.accept("events[" + i + "].venue", event.venue());
            for (String participant : event.participants()) {
                nonNull.accept("events[" + i + "].participants", participant);
            }
        }
    }
}
