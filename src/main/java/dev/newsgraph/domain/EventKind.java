package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("Kind of a scheduled or public event: the occasion at which things are said and done, not violence (see Incident).")
public enum EventKind {
    @Description("A speech or address by one speaker to an audience, e.g. at a university or a parliament.")
    SPEECH,
    @Description("A press conference or media briefing, alone or joint.")
    PRESS_CONFERENCE,
    @Description("A summit: a meeting of heads of state or government, or of an alliance's leaders.")
    SUMMIT,
    @Description("A meeting or talks between officials, delegations or parties.")
    MEETING,
    @Description("An official visit of a person or delegation to a place or institution.")
    VISIT,
    @Description("A conference, forum or congress with many participants.")
    CONFERENCE,
    @Description("A demonstration, rally or march as an occasion; violence during it is also an Incident.")
    PROTEST,
    @Description("An election or referendum.")
    ELECTION,
    @Description("A trial, hearing or sentencing in a court.")
    TRIAL,
    @Description("An interview given to a news outlet.")
    INTERVIEW,
    @Description("A ceremony, funeral, commemoration or inauguration.")
    CEREMONY,
    @Description("Any other event.")
    OTHER
}
