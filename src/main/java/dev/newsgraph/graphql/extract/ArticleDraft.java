package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What ingesting one article of the text would store. References (speaker, place, organization, ...) are"
        + " names as the article declares them; ingest resolves them to stored nodes.")
public record ArticleDraft(
        @NonNull @Description("The headline.") String headline,
        @NonNull @Description("Body paragraphs, in order, without page clutter, repeats and captions.") List<@NonNull String> paragraphs,
        @Description("Publication date, when the text gives enough evidence.") LocalDate publishedOn,
        @Description("How publishedOn was determined.") DateBasis dateBasis,
        @Description("The text evidence for the date.") String dateEvidence,
        @Description("Earliest possible publication date, when the date itself is unknown (e.g. after a file photo's date).")
        LocalDate notBefore,
        @Description("The place the story is filed from.") String dateline,
        @Description("The agency the story comes from.") String source,
        @NonNull @Description("Photos with captions and credits.") List<@NonNull PhotoDraft> photos,
        @NonNull @Description("People named in the article, with their roles.") List<@NonNull PersonDraft> people,
        @NonNull @Description("Organizations named in the article.") List<@NonNull OrganizationDraft> organizations,
        @NonNull @Description("Places named in the article, resolved against the gazetteer.") List<@NonNull PlaceDraft> places,
        @NonNull @Description("Quotes and reported statements.") List<@NonNull StatementDraft> statements,
        @NonNull @Description("Incidents the article reports.") List<@NonNull IncidentDraft> incidents,
        @NonNull @Description("Events the article reports: speeches, summits, press conferences...") List<@NonNull EventDraft> events,
        @NonNull @Description("Whether the headline is stated by the copy or taken from its first sentence.") HeadlineBasis headlineBasis,
        @Description("Who wrote the article, from its byline.") String author,
        @Description("The publisher's identifier of the item (GUID, NewsML guid, URL).") String externalId,
        @Description("The publisher's version of the item.") Integer version,
        @Description("Where the article is published.") String url) {

    static ArticleDraft of(ArticleInput article) {
        return new ArticleDraft(article.headline(), article.paragraphs(), article.publishedOn(), article.dateBasis(),
                article.dateEvidence(), article.notBefore(), article.dateline(), article.source(),
                article.photos().stream().map(PhotoDraft::of).toList(),
                article.people().stream().map(PersonDraft::of).toList(),
                article.organizations().stream().map(OrganizationDraft::of).toList(),
                article.places().stream().map(PlaceDraft::of).toList(),
                article.statements().stream().map(StatementDraft::of).toList(),
                article.incidents().stream().map(incident -> IncidentDraft.of(incident, article.places())).toList(),
                article.events().stream().map(EventDraft::of).toList(),
                article.headlineBasis() == null ? HeadlineBasis.STATED : article.headlineBasis(), article.author(),
                article.externalId(), article.version(), article.url());
    }
}
