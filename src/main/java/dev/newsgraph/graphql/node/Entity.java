package dev.newsgraph.graphql.node;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Description("A named entity: a Person, Organization or Place.")
public interface Entity {
    @Id
    @NonNull
    @Description("Globally unique, opaque ID.")
    String getId();

    @NonNull
    @Description("Canonical name.")
    String getName();

    @NonNull
    @Description("Other names the entity goes by in the news: surnames, acronyms, demonyms, metonyms.")
    List<@NonNull String> getAliases();
}
