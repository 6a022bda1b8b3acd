package dev.newsgraph.draft;

import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A quote or reported statement.")
@Name("StatementInput")
public record StatementInput(
        @NonNull @NotNull @Description("Quote, partial quote or reported speech.") StatementKind kind,
        @NonNull @NotBlank @Size(max = 10_000) @Description("The exact quoted words, or the gist of reported speech.")
        String text,
        @Size(max = 300) @Description("Who said it: a reference to a person, organization or place (a country).")
        String speaker,
        @PlausibleDate @Description("When it was said.") LocalDate saidOn,
        @Size(max = 300) @Description("Where it was said: a reference to a place or organization.") String venue,
        @Size(max = 300) @Description("How it was said, e.g. 'Telegram', 'statement'.") String channel,
        @Size(max = 50) @Description("What it is about: references to entities.")
        List<@NotBlank @Size(max = 300) String> about,
        @Size(max = 100) @Description("The key of the event of the same article it was said at (a speech, a press conference).")
        String event,
        @Size(max = 300) @Description("Who said it when the text does not name them, as it describes them: 'a security source',"
                + " 'a woman who was on the bus'. Usually given without a speaker.") String speakerDescription) {

    public StatementInput {
        about = about == null ? List.of() : about;
    }

    public StatementInput atEvent(String eventKey) {
        return new StatementInput(kind, text, speaker, saidOn, venue, channel, about, eventKey, speakerDescription);
    }
}
