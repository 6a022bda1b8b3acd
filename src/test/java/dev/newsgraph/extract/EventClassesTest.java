package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.EventInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events as wire copy tells them, on invented copy: visits, talks, summits told again, press calls, speeches to
 * assemblies, local elections; and what is no event (planned, cancelled, habitual, long past) or no other event
 * (the same summit told twice, a visitor's city and country).
 */
class EventClassesTest {

    private static List<EventInput> events(String copy) {
        List<ArticleInput> drafts = new ArticleExtractor().extract(copy, "invented");
        assertEquals(1, drafts.size(), drafts::toString);
        return drafts.get(0).events();
    }

    private static List<EventInput> of(List<EventInput> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void aStateVisitIsPlacedByItsObjectNotByAMeetingItPrecedes() {
        List<EventInput> events = events("""
                Kenyan President Visits Japan

                NAIROBI — Kenyan President Daniel Mwangi began an official state visit to Japan on Monday, his office said.

                Mwangi's visit comes ahead of next month's trade meeting in Singapore with Asian investors.
                """);
        List<EventInput> visits = of(events, EventKind.VISIT);
        assertEquals(1, visits.size(), events::toString);
        assertEquals("Japan", visits.get(0).place(), events::toString);
    }

    @Test
    void aPressConferenceIsNoConferenceAndACallWithReportersIsOne() {
        List<EventInput> events = events("""
                Minister Says Talks Went Well

                Foreign Minister Ana Duarte of Portugal held talks with her Moroccan counterpart in Rabat on Thursday.

                But Duarte, addressing a press conference, said more work was needed.

                "We are not there yet," government spokesman Rui Lopes told reporters on a conference call.
                """);
        assertTrue(of(events, EventKind.CONFERENCE).isEmpty(), events::toString);
        assertEquals(2, of(events, EventKind.PRESS_CONFERENCE).size(), events::toString);
        assertEquals("Rabat", of(events, EventKind.MEETING).get(0).place(), events::toString);
    }

    @Test
    void eventsStillToComeCancelledHabitualOrLongPastAreNone() {
        List<EventInput> events = events("""
                Gunmen Attack Police Post in Niger

                NIAMEY — Gunmen attacked a police post in western Niger on Sunday, killing four officers, officials said.

                Interior Minister Moussa Issa said a special summit will be called once the army reports.

                President Amadou Sani was to travel to Ghana for a meeting on the crisis but cancelled his trip.

                The post's commander, who regularly held meetings with village elders, was among the dead.

                The town was also the scene of the bread protests in 1998.
                """);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void aSummitToldAgainByItsLeadersMeetingInACityIsOneSummitThere() {
        List<EventInput> events = events("""
                Leaders End Regional Summit

                VOA News
                14 Mar 2019, 10:02 UTC
                Asian leaders are meeting for a second day at a summit of the Association of Southeast Asian Nations.
                Some 10 heads of state and their ministers are conferring in private Saturday, in the Lao capital, Vientiane.
                The leaders at the summit also discussed trade.
                """);
        List<EventInput> summits = of(events, EventKind.SUMMIT);
        assertEquals(1, summits.size(), events::toString);
        assertEquals("Vientiane", summits.get(0).place(), events::toString);
    }

    @Test
    void leadersOrOfficialsMeetingInAPlaceHoldAMeetingThereButACrowdDoesNot() {
        List<EventInput> events = events("""
                Drones Hit Power Plant

                A drone attack hit a power plant on Friday, and European leaders gathered in Vienna to discuss more aid.

                Several thousand people gathered in the old town of Tallinn in support.
                """);
        List<EventInput> meetings = of(events, EventKind.MEETING);
        assertEquals(1, meetings.size(), events::toString);
        assertEquals("Vienna", meetings.get(0).place(), events::toString);
    }

    @Test
    void wordsToAnAssemblyOrToReportersAtAnInstitutionAreASpeechAndAPressConference() {
        List<EventInput> events = events("""
                Bank Chief Warns of Slowdown

                OTTAWA — Finance Minister Claire Dubois told parliament on Monday that growth would slow.

                Speaking to reporters at the Bank of Canada on Tuesday, central bank governor Paul Martin said rates would stay.
                """);
        assertEquals(1, of(events, EventKind.SPEECH).size(), events::toString);
        assertTrue(of(events, EventKind.SPEECH).get(0).participants().contains("Claire Dubois"), events::toString);
        assertEquals(1, of(events, EventKind.PRESS_CONFERENCE).size(), events::toString);
    }

    @Test
    void aRegionsElectionIsPlacedInTheRegion() {
        List<EventInput> events = events("""
                Former Rebel Wins Governor's Race

                Officials in Indonesia say a former rebel won this month's governor's election in Papua province.
                """);
        List<EventInput> elections = of(events, EventKind.ELECTION);
        assertEquals(1, elections.size(), events::toString);
        assertEquals("Papua", elections.get(0).place(), events::toString);
    }

    @Test
    void aVisitorArrivingInTheCountryVisitsTheCountryTheStoryIsAbout() {
        List<EventInput> events = events("""
                Bombs Kill Five in Iraq

                BAGHDAD — Two bombs killed five people in Iraq on Saturday, police said.

                The attacks came as U.S. General Mark Hollis arrived in the country to meet with Iraqi officials.
                """);
        List<EventInput> visits = of(events, EventKind.VISIT);
        assertEquals(1, visits.size(), events::toString);
        assertEquals("Iraq", visits.get(0).place(), events::toString);
    }

    @Test
    void meetingsWithDifferentPeopleAreDifferentMeetings() {
        List<EventInput> events = events("""
                Georgian Premier in Washington

                WASHINGTON — Georgian Prime Minister Levan Beridze met with Secretary of State John Harper on Monday.

                Later, the Prime Minister met with U.S. Rep. Sarah Collins (R-ME).
                """);
        assertEquals(2, of(events, EventKind.MEETING).size(), events::toString);
    }

    @Test
    void someoneInOfficeAbroadMeetingPeopleIsOnAVisit() {
        List<EventInput> events = events("""
                Fiji Leader in Wellington

                WELLINGTON — Fiji Prime Minister Jone Ratu is meeting with senior New Zealand government ministers Thursday.
                """);
        List<EventInput> visits = of(events, EventKind.VISIT);
        assertEquals(1, visits.size(), events::toString);
        assertEquals("Wellington", visits.get(0).place(), events::toString);
    }

    @Test
    void theReportersPlaceIsNotTheSummits() {
        List<EventInput> events = events("""
                Andean Neighbours Settle Row

                The presidents of Peru and Bolivia say they have resolved a dispute. In Lima, VOA's Juan Ortega reports the agreement came during a regional summit.

                The dispute dominated talks between heads of state of the Andean Community in Ecuador on Friday.
                """);
        List<EventInput> summits = of(events, EventKind.SUMMIT);
        assertEquals(1, summits.size(), events::toString);
        assertEquals("Ecuador", summits.get(0).place(), events::toString);
    }
}
