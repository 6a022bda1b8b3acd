package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;

import java.util.List;

import static dev.newsgraph.extract.EventCountries.homeCountry;
import static dev.newsgraph.extract.EventPlaces.compatible;

/** Visits the copy implies: someone holding office in one country who meets people in another is visiting it. */
final class ForeignLeaderVisits {

    /**
     * "SYDNEY - Solomon Islands Prime Minister Manasseh Sogavare is meeting with Australian ministers": someone holding
     * office in one country who meets people in another is visiting it (not when the story has a summit or conference
     * there, which is why they came).
     */
    static void visitsOfForeignLeaders(ArticleContext ctx, List<FoundEvent> found) {
        for (FoundEvent meeting : List.copyOf(found)) {
            Entities.Place where = meeting.kind == EventKind.MEETING && meeting.place != null ? ctx.entities.findPlace(meeting.place) : null;
            if (where == null || where.entry.countryCode() == null || found.stream().anyMatch(g -> (g.kind == EventKind.SUMMIT
                    || g.kind == EventKind.CONFERENCE) && compatible(ctx, g.place, meeting.place))) {
                continue;
            }
            for (String name : meeting.participants) {
                Entities.Person person = ctx.entities.people.get(name);
                Entities.Place homeland = person == null ? null : homeCountry(ctx, person);
                boolean visiting = found.stream().anyMatch(g -> g.kind == EventKind.VISIT && g.participants.contains(name));
                if (homeland != null && homeland.entry.countryCode() != null
                        && !homeland.entry.countryCode().equals(where.entry.countryCode()) && !visiting) {
                    FoundEvent visit = new FoundEvent(EventKind.VISIT);
                    visit.place = meeting.place;
                    visit.date = meeting.date;
                    visit.precision = meeting.precision;
                    visit.dateText = meeting.dateText;
                    visit.participants.add(name);
                    found.add(visit);
                }
            }
        }
    }

    private ForeignLeaderVisits() {
    }
}
