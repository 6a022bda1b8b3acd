package dev.newsgraph.graphql.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Description("An object with a globally unique, opaque ID that node(id:) fetches again (Relay Global Object Identification).")
public interface Node {
    @Id
    @NonNull
    @Description("Globally unique, opaque ID.")
    String getId();
}
