package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("How a statement is rendered in the article.")
public enum StatementKind {
    @Description("A full direct quotation in quotation marks.")
    QUOTE,
    @Description("A few quoted words inside reported speech, such as \"step up\".")
    PARTIAL_QUOTE,
    @Description("Reported (indirect) speech: the gist of what was said.")
    REPORTED
}
