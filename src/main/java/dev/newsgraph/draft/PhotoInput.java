package dev.newsgraph.draft;

import dev.newsgraph.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A photo of the article.")
@Name("PhotoInput")
public record PhotoInput(
        @NonNull @NotBlank @Size(max = 2000) @Description("The caption, without its credit.") String caption,
        @Size(max = 300) @Description("The credit line as printed, e.g. 'AFP' or 'EPA/SHAHZAIB AKBER'.") String credit,
        @Size(max = 300) @Description("The agency credited: a reference to an organization.") String agency,
        @Size(max = 300) @Description("The photographer: a reference to a person.") String photographer,
        @PlausibleDate @Description("The day the photo was taken.") LocalDate takenOn,
        @Size(max = 300) @Description("Where the photo was taken: a reference to a place.") String place,
        @Description("True for a file photo, whose date does not date the story.") boolean filePhoto) {
}
