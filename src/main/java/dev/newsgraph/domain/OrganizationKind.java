package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an Organization is.")
public enum OrganizationKind {
    @Description("A military or political alliance of states, such as NATO.")
    ALLIANCE,
    @Description("A government, ministry, office or other state authority.")
    GOVERNMENT,
    @Description("A state's armed forces or one of their branches or units.")
    MILITARY,
    @Description("A non-state armed group: militia, insurgents, rebels, a terrorist organization.")
    ARMED_GROUP,
    @Description("A news agency or other news organization.")
    NEWS_AGENCY,
    @Description("A university, college or research institute.")
    UNIVERSITY,
    @Description("A company or other business.")
    COMPANY,
    @Description("A political party.")
    POLITICAL_PARTY,
    @Description("An intergovernmental organization, such as the United Nations or one of its agencies.")
    INTERNATIONAL_ORGANIZATION,
    @Description("A messaging or social media platform, such as Telegram, on which statements are published.")
    PLATFORM,
    @Description("A non-governmental organization: a charity, aid group or advocacy group.")
    NGO,
    @Description("Any other kind of organization, or one whose kind is not known.")
    OTHER
}
