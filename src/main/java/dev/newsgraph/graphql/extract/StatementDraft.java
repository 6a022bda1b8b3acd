package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.draft.StatementInput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A quote or reported statement of an extracted article.")
public record StatementDraft(
        @NonNull @Description("Quote, partial quote or reported speech.") StatementKind kind,
        @NonNull @Description("The quoted words, or the gist of reported speech.") String text,
        @Description("Who said it: a person, organization or country.") String speakerName,
        @Description("When it was said.") LocalDate saidOn,
        @Description("Where it was said.") String venue,
        @Description("How it was said, e.g. 'Telegram', 'statement'.") String channel,
        @NonNull @Description("What it is about.") List<@NonNull String> about,
        @Description("The key of the event of the article it was said at.") String event,
        @Description("Who said it when the text does not name them: 'a security source'.") String speakerDescription) {

    static StatementDraft of(StatementInput statement) {
        return new StatementDraft(statement.kind(), statement.text(), statement.speaker(), statement.saidOn(),
                statement.venue(), statement.channel(), statement.about(), statement.event(),
                statement.speakerDescription());
    }
}
