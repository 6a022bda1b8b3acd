package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to a Person.")
public class PersonEdge extends Edge<PersonNode> {
    public PersonEdge(String cursor, PersonNode node) {
        super(cursor, node);
    }
}
