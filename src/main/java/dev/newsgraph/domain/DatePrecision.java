package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a date is known. A MONTH date is stored as the first day of that month.")
public enum DatePrecision {
    @Description("The exact day is known.")
    DAY,
    @Description("Only the month is known; the date is the first day of that month.")
    MONTH,
    @Description("Only the year is known; the date is the first of January of that year.")
    YEAR,
    @Description("The date is not known.")
    UNKNOWN
}
