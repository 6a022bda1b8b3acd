package dev.newsgraph.graphql.extract;

import dev.newsgraph.draft.PhotoInput;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A photo of an extracted article.")
public record PhotoDraft(
        @NonNull @Description("The caption.") String caption,
        @Description("The credit as printed, e.g. 'EPA/SHAHZAIB AKBER'.") String credit,
        @Description("The photo agency.") String agency,
        @Description("The photographer.") String photographer,
        @Description("When it was taken.") LocalDate takenOn,
        @Description("Where it was taken.") String place,
        @Description("True for a file photo, which does not date the story.") boolean filePhoto) {

    static PhotoDraft of(PhotoInput photo) {
        return new PhotoDraft(photo.caption(), photo.credit(), photo.agency(), photo.photographer(), photo.takenOn(),
                photo.place(), photo.filePhoto());
    }
}
