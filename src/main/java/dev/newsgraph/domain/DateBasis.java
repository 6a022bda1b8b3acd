package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("How an article's publication date was determined.")
public enum DateBasis {
    @Description("Given explicitly by the source.")
    STATED,
    @Description("A photo caption's date confirmed by a weekday in the text.")
    CAPTION_AND_WEEKDAY,
    @Description("A photo caption's date alone.")
    CAPTION,
    @Description("The day the article was ingested.")
    INGESTED,
    @Description("The text does not pin the date down; see notBefore.")
    UNKNOWN
}
