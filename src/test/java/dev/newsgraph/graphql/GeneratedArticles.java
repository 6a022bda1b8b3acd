package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generated ArticleInput values as maps, for GraphQL variables: distinct articles with a rich, linked graph. */
public final class GeneratedArticles {
    public static final String INGEST = """
            mutation($input: [ArticleInput!]!) {
              ingestArticles(input: $input) {
                status
                article { id headline }
                created { __typename id name }
                matched { __typename id name }
                createdIncidents { id title }
                matchedIncidents { id title }
              }
            }""";

    private GeneratedArticles() {
    }

    /**
     * Article number n of a series: 2-3 people with roles at an organization, a city in a province in a country,
     * a statement, an incident with a place, actors and figures, a visit (an event) at which the quote was said, a photo
     * with agency, photographer and place.
     */
    public static Map<String, Object> article(String series, int n) {
        String tag = series + " " + n;
        String city = "Cityville " + tag;
        String province = "Province " + tag;
        String org = "Ministry of " + tag;
        List<String> people = new ArrayList<>(List.of("Alice Anders " + tag, "Bruno Berg " + tag));
        if (n % 2 == 0) {
            people.add("Carla Cruz " + tag);
        }

        Map<String, Object> article = new LinkedHashMap<>();
        article.put("headline", "Generated story " + tag + ": " + people.get(0) + " visits " + city);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(people.get(0) + ", head of the " + org + ", arrived in " + city + " on Monday.");
        paragraphs.add(people.get(1) + " said the " + org + " would open an office in " + province + ".");
        if (people.size() > 2) {
            paragraphs.add(people.get(2) + " of the " + org + " welcomed the decision.");
        }
        paragraphs.add("Two people were injured in a protest in " + city + ", the Generated Wire agency reported. Story " + tag + ".");
        article.put("paragraphs", paragraphs);
        article.put("publishedOn", String.format("2024-%02d-%02d", 1 + n % 12, 1 + n % 28));
        article.put("dateline", city);
        article.put("source", "Generated Wire");
        article.put("feed", "generated-" + series.toLowerCase().replace(' ', '-') + ".txt");
        article.put("photos", List.of(map("caption", people.get(0) + " in " + city, "credit", "Generated Wire/" + people.get(1),
                "agency", "Generated Wire", "photographer", people.get(1), "place", city, "takenOn", "2024-01-01", "filePhoto", false)));
        List<Map<String, Object>> persons = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            persons.add(map("name", people.get(i), "aliases", List.of(people.get(i).split(" ")[1] + " " + tag),
                    "roles", List.of(map("title", i == 0 ? "Minister" : "Adviser", "organization", org, "current", true),
                            map("title", "Governor", "place", province, "current", false))));
        }
        article.put("people", persons);
        article.put("organizations", List.of(
                map("name", org, "aliases", List.of("the " + org), "kind", "GOVERNMENT", "countryCode", "XT"),
                map("name", "Generated Wire", "kind", "NEWS_AGENCY")));
        article.put("places", List.of(
                map("name", city, "kind", "CITY", "countryCode", "XT", "parent", province, "latitude", 10.0 + n / 100.0, "longitude", 20.0),
                map("name", province, "kind", "PROVINCE", "countryCode", "XT", "parent", "Testonia"),
                map("name", "Testonia", "kind", "COUNTRY", "countryCode", "XT")));
        article.put("statements", List.of(
                map("kind", "REPORTED", "text", "the " + org + " would open an office in " + province, "speaker", people.get(1),
                        "saidOn", "2024-01-01", "venue", city, "about", List.of(org, province)),
                map("kind", "QUOTE", "text", "We are here to stay, " + tag, "speaker", people.get(0), "about", List.of(city),
                        "event", "visit")));
        article.put("events", List.of(map("key", "visit", "kind", "VISIT", "title", people.get(0) + " visit to " + city,
                "occurredOn", "2024-01-01", "place", city, "venue", org, "participants", List.of(people.get(0), org))));
        article.put("incidents", List.of(map("key", "protest", "type", "PROTEST", "title", "Protest in " + city,
                "occurredOn", "2024-01-01", "place", city,
                "actors", List.of(map("role", "PARTY", "description", "protesters"), map("role", "TARGET", "entity", org)),
                "figures", List.of(map("kind", "INJURED", "value", 2, "atLeast", false, "reportedBy", "Generated Wire")))));
        return article;
    }

    /** A map of alternating keys and values, which may be null. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
