package dev.newsgraph.graphql.extract;

import dev.newsgraph.formats.InputFormat;
import dev.newsgraph.ingest.WireText;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ExtractApi {
    @Inject
    WireText wireText;

    @Query
    @NonNull
    @Description("Shows what ingestText would store for this raw wire text, writing nothing: one draft per article"
            + " found, in order; an empty list when the text holds no article.")
    public List<@NonNull ArticleDraft> extract(
            @NonNull @Description("Raw copy: plain text (one or more articles, as pasted), or an RSS, Atom, NewsML-G2, ninjs,"
                    + " HTML or NDJSON document.")
            String text,
            @Description("The format of the text; detected from its content when not given.") InputFormat format) {
        return wireText.articles(text, null, format).stream().map(ArticleDraft::of).toList();
    }
}
