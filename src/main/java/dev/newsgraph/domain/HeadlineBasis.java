package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an article's headline comes from.")
public enum HeadlineBasis {
    @Description("The source states it: a headline line of the copy, or the headline field of a feed item.")
    STATED,
    @Description("The copy has no headline: the headline is its first sentence, word for word.")
    FIRST_SENTENCE
}
