package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a date is known. A MONTH date is stored as the first day of that month.")
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
