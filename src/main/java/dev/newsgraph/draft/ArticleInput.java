package dev.newsgraph.draft;

import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One article with everything known about it. Entities are declared once in people, organizations and places;
 * every other field refers to them by name or alias (a country also by its ISO code). A reference that no
 * declared entity matches is resolved against the stored graph, and is an error when nothing matches.
 */
@Description("An article to ingest, with its people, organizations, places, statements, incidents and events.")
@Name("ArticleInput")
public record ArticleInput(
        @NonNull @NotBlank @Size(max = 1000) @Description("The headline.") String headline,
        @NonNull @NotNull @Size(max = 500) @Description("Body paragraphs, in order.")
        List<@NotBlank @Size(max = 20_000) String> paragraphs,
        @PlausibleDate @Description("Publication date, when known.") LocalDate publishedOn,
        @Description("How publishedOn was determined; defaults to STATED when publishedOn is given, else UNKNOWN.")
        DateBasis dateBasis,
        @Size(max = 1000) @Description("The text evidence for the date, e.g. a caption's date and a weekday.")
        String dateEvidence,
        @PlausibleDate @Description("Earliest possible publication date, when the date itself is unknown.")
        LocalDate notBefore,
        @Size(max = 300) @Description("The place the story is filed from: a reference to a place.") String dateline,
        @Size(max = 300) @Description("The agency the story comes from: a reference to an organization.") String source,
        @Size(max = 300) @Description("The feed the article arrived in, e.g. a file name.") String feed,
        @Size(max = 50) @Description("Photos with their captions and credits.") List<@Valid @NotNull PhotoInput> photos,
        @Size(max = 500) @Description("People named in the article.") List<@Valid @NotNull PersonInput> people,
        @Size(max = 500) @Description("Organizations named in the article.")
        List<@Valid @NotNull OrganizationInput> organizations,
        @Size(max = 500) @Description("Places named in the article.") List<@Valid @NotNull PlaceInput> places,
        @Size(max = 500) @Description("Quotes and reported statements.") List<@Valid @NotNull StatementInput> statements,
        @Size(max = 200) @Description("Incidents the article reports.") List<@Valid @NotNull IncidentInput> incidents,
        @Size(max = 100) @Description("Events the article reports: speeches, summits, press conferences...")
        List<@Valid @NotNull EventInput> events,
        @Description("Whether the headline is stated by the source or taken from the first sentence; defaults to STATED.")
        HeadlineBasis headlineBasis,
        @Size(max = 300) @Description("Who wrote the article, as the byline gives it. Not a person the article is about.")
        String author,
        @Size(max = 1000) @Description("The publisher's identifier of the item (GUID, NewsML guid, URL): an item delivered"
                + " again with the same identifier is the same article.") String externalId,
        @PositiveOrZero @Description("The publisher's version of the item: a higher version replaces the stored one.")
        Integer version,
        @Size(max = 2000) @Description("Where the article is published.") String url) {

    public ArticleInput {
        photos = photos == null ? List.of() : photos;
        people = people == null ? List.of() : people;
        organizations = organizations == null ? List.of() : organizations;
        places = places == null ? List.of() : places;
        statements = statements == null ? List.of() : statements;
        incidents = incidents == null ? List.of() : incidents;
        events = events == null ? List.of() : events;
    }
}
