package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an Organization is.")
public enum OrganizationKind {
    ALLIANCE, GOVERNMENT, MILITARY, ARMED_GROUP, NEWS_AGENCY, UNIVERSITY, COMPANY, POLITICAL_PARTY,
    INTERNATIONAL_ORGANIZATION, PLATFORM, NGO, OTHER
}
