package dev.newsgraph.graphql.node;

/** The kinds of node a global ID can name; the name is part of the ID. */
public enum NodeType {
    Article, Person, Organization, Place, Statement, Incident, Feed, Event
}
