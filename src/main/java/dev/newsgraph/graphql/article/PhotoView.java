package dev.newsgraph.graphql.article;

import dev.newsgraph.domain.Photo;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Photo")
@Description("A photo of an article, with its caption and credit.")
public record PhotoView(
        @NonNull @Description("The caption, without the credit.") String caption,
        @Description("The credit line as printed, e.g. 'EPA/SHAHZAIB AKBER'.") String credit,
        @Description("The day the photo was taken.") LocalDate takenOn,
        @NonNull @Description("True for a file photo, whose date does not date the story.") boolean filePhoto,
        @Ignore Long agencyKey,
        @Ignore Long photographerKey,
        @Ignore Long placeKey) {

    static PhotoView from(Photo photo) {
        return new PhotoView(photo.caption, photo.credit, photo.takenOn, photo.filePhoto, photo.agencyId,
                photo.photographerId, photo.placeId);
    }
}
