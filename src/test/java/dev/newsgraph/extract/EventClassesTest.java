package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events as wire copy tells them, on invented copy: visits, talks, summits told again, press calls, speeches to
 * assemblies, reports and words to gatherings, meetings at a body's headquarters, summits named in title case, local
 * elections; and what is no event (planned, cancelled, habitual, long past, an occasion that was attacked) or no other
 * event (the same summit told twice, a visitor's city and country, a visit said again, the summit's days of meetings).
 */
class EventClassesTest {

    static List<EventInput> events(String copy) {
        List<ArticleInput> drafts = new ArticleExtractor().extract(copy, "invented");
        assertEquals(1, drafts.size(), drafts::toString);
        return drafts.get(0).events();
    }

    static List<EventInput> of(List<EventInput> events, EventKind kind) {
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

    @Test
    void aReportPresentedOrABriefingGivenToAnAssemblyIsASpeech() {
        for (String copy : List.of("""
                Rights Chief Condemns Strikes

                GENEVA — The U.N. human rights chief condemned Monday's strikes on Lviv. Anna Keller, who presented her latest report on Belarus to the U.N. human rights council Tuesday, said she was appalled.
                """, """
                Envoy Warns of Famine

                NEW YORK — Special envoy Ruth Adeyemi briefed the U.N. Security Council on Thursday on the fighting in Darfur.
                """, """
                Auditor Finds Gaps

                ACCRA — Auditor General Kofi Mensah presented his annual report to parliament on Wednesday, saying millions were missing.
                """)) {
            List<EventInput> events = events(copy);
            List<EventInput> speeches = of(events, EventKind.SPEECH);
            assertEquals(1, speeches.size(), events::toString);
            assertTrue(!"Belarus".equals(speeches.get(0).place()), events::toString); // what the report was on is not where
        }
    }

    @Test
    void wordsToAGatheringAreASpeechThere() {
        for (String[] copyAndPlace : List.of(new String[]{"""
                Town Remembers Ferry Victims

                Oslo — Norway on Sunday remembered the 77 victims of the ferry sinking. The U.N. envoy, Lars Holm, told a remembrance service in Bergen that "lessons must be learned from the disaster."
                """, "Bergen"}, new String[]{"""
                Kigali Marks Anniversary

                President Paul Nkurunziza addressed the commemoration ceremony in Kigali on Sunday, calling for unity.
                """, "Kigali"}, new String[]{"""
                Mourners Gather in Christchurch

                Mayor Jane Dwyer told mourners at a vigil in Christchurch on Friday that the city would never forget.
                """, "Christchurch"})) {
            List<EventInput> events = events(copyAndPlace[0]);
            assertEquals(1, events.size(), events::toString);
            assertEquals(EventKind.SPEECH, events.get(0).kind(), events::toString);
            assertEquals(copyAndPlace[1], events.get(0).place(), events::toString);
        }
    }

    @Test
    void someoneActingOnABodyAtItsHeadquartersOrAtAMeetingMeetsItThere() {
        for (String[] copyAndPlace : List.of(new String[]{"""
                Iraqi Premier Seeks Help

                At NATO headquarters in Brussels Thursday, Iraqi Prime Minister Nouri Hamadi urged the alliance to provide more equipment and training for Iraqi troops.
                """, "Brussels"}, new String[]{"""
                Haiti Asks for Police

                At U.N. headquarters in New York on Monday, Haitian Prime Minister Jean Moise asked the Security Council for more police officers.
                """, "New York"}, new String[]{"""
                Georgia Presses NATO

                Georgian Prime Minister Levan Beridze urged NATO to speed up its membership process at a meeting in Brussels on Tuesday.
                """, "Brussels"})) {
            List<EventInput> meetings = of(events(copyAndPlace[0]), EventKind.MEETING);
            assertEquals(1, meetings.size(), meetings::toString);
            assertEquals(copyAndPlace[1], meetings.get(0).place(), meetings::toString);
        }
    }

    @Test
    void aSummitNamedInTitleCaseIsPlacedWhereItsLeadersCame() {
        for (String[] copyAndPlace : List.of(new String[]{"""
                Leaders Meet for Summit

                For the second day, world leaders are convening in Washington D.C for the NATO Summit. Secretary General Jens Moller said support for Ukraine is "the most urgent task" of the three days of meetings.
                """, "Washington"}, new String[]{"""
                APEC Leaders Gather

                Leaders of the 21 APEC economies gathered in Lima on Friday for the APEC Summit.
                """, "Lima"}, new String[]{"""
                G20 Opens

                The G20 Summit opened in New Delhi on Saturday with a call for debt relief.
                """, "New Delhi"}, new String[]{"""
                Alliance Meets

                For a second day, world leaders are gathering in Vilnius for the NATO summit. The alliance's chief said the two days of talks would focus on Ukraine. VOA's Maria Santos talks to analyst Peter Gruber about what to expect.
                """, "Vilnius"})) {
            List<EventInput> events = events(copyAndPlace[0]);
            assertEquals(1, events.size(), events::toString); // the days of meetings are the summit's, "talks to" a verb
            assertEquals(EventKind.SUMMIT, events.get(0).kind(), events::toString);
            assertTrue(events.get(0).place().startsWith(copyAndPlace[1]), events::toString);
        }
    }

    @Test
    void anOccasionThatWasAttackedIsTheIncidentsSceneNotAnEvent() {
        for (String copy : List.of("""
                Bomber Kills 30 at Funeral

                KIRKUK, Iraq — A suicide bomber blew himself up at a funeral in a village near Kirkuk on Thursday, killing at least 30 mourners, police said. The funeral was for a tribal leader who had opposed the militants.
                """, """
                Gunmen Attack Wedding

                KANO, Nigeria — Gunmen opened fire on a wedding ceremony in a village outside Kano on Saturday, killing 12 guests, police said.
                """, """
                Second Blast in Anbar

                RAMADI, Iraq — Six people were killed after a suicide bomber detonated explosives at a funeral in Haditha on Monday.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(events.isEmpty(), events::toString);
        }
        List<EventInput> funeral = events("""
                Thousands Mourn Former President

                ACCRA — Thousands attended the funeral of former President Kwame Asante in Accra on Tuesday.
                """);
        assertEquals(1, of(funeral, EventKind.CEREMONY).size(), funeral::toString);
    }

    @Test
    void aVisitSaidAgainToSetItInASeriesIsTheSameVisit() {
        for (String[] copyAndPlace : List.of(new String[]{"""
                Turkish Leader in Japan

                Turkish President Recep Demir began an official state visit to Japan on Monday. It is Demir's first visit to Asia since his re-election in May.
                """, "Japan"}, new String[]{"""
                Chilean Leader Visits Spain

                Chilean President Ana Rojas arrived in Madrid on Tuesday for a three-day visit. This was her second trip to Europe this year.
                """, "Madrid"}, new String[]{"""
                Egyptian President in China

                Egyptian President Hassan Fawzi began an official state visit to China last Tuesday. This is Fawzi's first state visit outside the Middle East since taking office in June.
                """, "China"})) {
            List<EventInput> events = events(copyAndPlace[0]);
            assertEquals(1, events.size(), events::toString); // no second visit, no election "since his re-election"
            assertEquals(copyAndPlace[1], events.get(0).place(), events::toString);
        }
    }

    @Test
    void speakingToAnOutletOrTalkingToSomeoneIsAnInterviewNotASpeechOrTalks() {
        for (String copy : List.of("""
                Former Envoy Says Sanctions Failed

                WASHINGTON — A former U.S. ambassador to the United Nations spoke to Reuters about the new sanctions on Iran. He said they would not change Tehran's course.
                """, """
                Analyst Doubts Ceasefire Will Hold

                LONDON — Speaking to the BBC on Monday, security analyst Helen Price said the ceasefire in Sudan was unlikely to hold.
                """, """
                Farmers Brace for Drought

                NAIROBI — VOA's Daniel Mwangi talks to Grace Otieno, who works for the charity Farm Africa, about the drought in northern Kenya.
                """, """
                Voters Weigh Economy

                ACCRA — Reporter Kofi Mensah talks with economist Ama Owusu, of the Institute of Economic Affairs in Accra, about prices before the vote.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.SPEECH).isEmpty() && of(events, EventKind.MEETING).isEmpty(), events::toString);
        }
    }

    @Test
    void anElectionStillToComeOrOfAnEarlierYearIsNoEventOfTheStory() {
        for (String copy : List.of("""
                Floods Hit Eastern State

                GUWAHATI, India — Floods killed 12 people in the state of Assam on Monday. The disaster could affect the Assam state election next month.
                """, """
                Opposition Leader Returns

                LUSAKA — Opposition leader Hakainde Mwila returned to Zambia on Sunday after two years abroad, ahead of the upcoming presidential election.
                """, """
                Fuel Prices Rise Again

                LAGOS — Fuel prices rose for the third time this year, a worry for the ruling party before the general election later this year.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.ELECTION).isEmpty(), events::toString);
        }
    }

    @Test
    void aTripDatedToAnEarlierYearIsBackgroundNotAVisit() {
        for (String copy : List.of("""
                Suspect Named in Paris Attack

                PARIS, Dec. 9, 2015 — Police named a third attacker on Wednesday. He is believed to have traveled to Syria with a group of friends in late 2013.
                """, """
                Bomber Identified

                BRUSSELS, March 24, 2016 — Prosecutors identified the second bomber on Thursday. The man had travelled to Turkey with his brother in early 2014, officials said.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.VISIT).isEmpty(), events::toString);
        }
    }

    @Test
    void aHearingOfALegislatureIsAMeetingNotATrial() {
        for (String copy : List.of("""
                General Warns Lawmakers on Drones

                WASHINGTON — Army General Mark Holt testified at a House Armed Services Committee hearing in Washington on Tuesday and warned that cheap drones were changing the war in Ukraine.
                """, """
                Minister Defends Arms Sales

                OTTAWA — Foreign Minister Claire Dubois told a parliamentary committee hearing in Ottawa on Monday that no weapons had been sold to the Saudi army.
                """, """
                Envoy Questioned on Aid Cuts

                WASHINGTON — At a Senate hearing in Washington on Thursday, aid chief Laura Finch said the cuts had closed 40 clinics in Sudan.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.TRIAL).isEmpty(), events::toString);
            assertEquals(1, of(events, EventKind.MEETING).size(), events::toString);
        }
    }
    @Test
    void anAssemblysVoteIsAMeetingOfTheAssemblyNotAnElection() {
        for (String copy : List.of("""
                Council Extends Peacekeeping Mission

                UNITED NATIONS — The U.N. Security Council voted 13-0 on Friday to extend the peacekeeping mission in South Sudan for another year. Russia and China abstained in the vote.
                """, """
                Knesset Dissolves Itself

                JERUSALEM — The Knesset voted 61-59 early on Thursday to dissolve itself and hold new elections. Several ministers walked out before the vote.
                """, """
                Lawmakers Back Budget

                KYIV — Lawmakers in Ukraine's parliament voted on Tuesday to approve a war budget that doubles spending on drones. "This is a budget of survival," the finance minister told them after the vote.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.ELECTION).isEmpty(), events::toString);
            assertEquals(1, of(events, EventKind.MEETING).size(), events::toString);
        }
    }

    @Test
    void anEventToldAgainAfterItWasToldAsBackgroundIsBackgroundToo() {
        for (String[] copyAndKind : List.of(new String[]{"""
                Russians Charged Over Vote Meddling

                WASHINGTON, Feb. 16, 2018 — A U.S. grand jury charged 13 Russians with plotting to interfere in the 2016 U.S. presidential election. The results of the election were not affected, the White House said.
                """, "ELECTION"}, new String[]{"""
                Alliance Ministers Review Spending

                BRUSSELS, June 14, 2023 — Defence ministers met in Brussels on Wednesday to review the goal set at the 2014 summit in Wales. That summit asked every member to spend two percent of output on defence.
                """, "SUMMIT"}, new String[]{"""
                Activist Freed After Four Years

                HONG KONG, May 2, 2023 — A court freed the activist Joshua Lam on Tuesday. He was jailed for his part in the 2019 protests in Hong Kong. The protests lasted seven months.
                """, "PROTEST"})) {
            List<EventInput> events = events(copyAndKind[0]);
            assertTrue(of(events, EventKind.valueOf(copyAndKind[1])).isEmpty(), events::toString);
        }
    }

    @Test
    void aTripOfNobodyNamedIsNoVisit() {
        for (String copy : List.of("""
                Bus Bomb Kills Pilgrims

                QUETTA, Pakistan — A bomb hit a bus of Shiite pilgrims on Sunday, killing 12. The bus was returning from a trip to Iran when the blast went off, police said.
                """, """
                Coach Crash Kills Students

                LYON, France — A coach carrying students back from a school trip to Italy overturned on a motorway on Friday, killing three, officials said.
                """, """
                Tourists Hurt in Attack

                CAIRO — Four tourists were wounded on Monday when gunmen opened fire on their minibus during a visit to the temples of Luxor, the Interior Ministry said.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.VISIT).isEmpty(), events::toString);
        }
    }

    @Test
    void wordsAtABriefingAreAPressConferenceAndWordsToTheNewspaperNoSpeech() {
        for (String copy : List.of("""
                Ministers to Meet on Trade

                WASHINGTON — Foreign ministers of ten countries will meet in Washington next week, said Laura Benson, a State Department official, speaking at a briefing on Monday.
                """, """
                Agency Warns of Cholera

                GENEVA — Cholera is spreading in three provinces of Mozambique, World Health Organization spokesman Pierre Dubois told a regular briefing in Geneva on Friday.
                """, """
                Army Says Drones Downed

                KYIV — Ukraine's air force shot down 30 drones overnight, spokesman Yuriy Hnat said at a daily briefing.
                """)) {
            List<EventInput> events = events(copy);
            assertEquals(1, of(events, EventKind.PRESS_CONFERENCE).size(), events::toString);
        }
        for (String copy : List.of("""
                School Shooting Suspect Dead

                PERRY, Iowa — A gunman opened fire at a high school on Thursday. The suspect died of a self-inflicted wound, a law enforcement official who spoke to The Associated Press on condition of anonymity said.
                """, """
                Bank Chief Warns on Rates

                LONDON — Interest rates may have to rise again, the governor of the central bank said on Tuesday, speaking to The New York Times.
                """)) {
            List<EventInput> events = events(copy);
            assertTrue(of(events, EventKind.SPEECH).isEmpty(), events::toString);
        }
    }
    @Test
    void aProtestToldOnlyByItsCrowdOrItsDaysIsAProtestWhereTheCrowdWas() {
        List<EventInput> clashes = events("""
                Deadly Clashes in Opposition Stronghold

                Police fired tear gas at thousands of demonstrators in Osh on Tuesday, and at least four people were killed.

                The violence spread to Naryn, where hundreds of protesters took over a government building.
                """);
        assertTrue(of(clashes, EventKind.PROTEST).stream().anyMatch(e -> "Osh".equals(e.place())), clashes::toString);
        List<EventInput> students = events("""
                Students Defy Ban on Gatherings

                Riot police clashed with anti-government protesters in Tegucigalpa on Friday after the government banned public gatherings.
                """);
        assertEquals("Tegucigalpa", of(students, EventKind.PROTEST).get(0).place(), students::toString);
        List<EventInput> days = events("""
                Three Dead as Unrest Spreads

                Three people died in Bolivia on Wednesday after a third day of demonstrations against fuel price rises.
                """);
        assertEquals("Bolivia", of(days, EventKind.PROTEST).get(0).place(), days::toString);
        List<EventInput> none = events("""
                Government Promises Fuel Subsidy

                LA PAZ, Bolivia — The government promised on Monday to restore a fuel subsidy that protesters have demanded for months.
                """);
        assertTrue(of(none, EventKind.PROTEST).isEmpty(), "protesters named as those who demanded something: " + none);
    }
    @Test
    void theTitledLeaderWhoAddressesACrowdSpeaks() {
        List<EventInput> balcony = events("""
                President Rescued From Hospital

                Troops rescued President Rafael Correa from a hospital in Quito on Thursday after a standoff with renegade police.

                At least one soldier was wounded in the rescue.

                Later, the embattled president addressed a large crowd of supporters from the balcony of the presidential palace.
                """);
        assertEquals(List.of("Rafael Correa"), of(balcony, EventKind.SPEECH).get(0).participants(), balcony::toString);
        List<EventInput> rally = events("""
                Governor Thanks Volunteers

                Governor Maria Alves visited the flooded town of Blumenau on Sunday. The water had receded by the evening.

                The governor told a crowd of volunteers at the town hall that the state would pay for the repairs.
                """);
        assertEquals(List.of("Maria Alves"), of(rally, EventKind.SPEECH).get(0).participants(), rally::toString);
    }
}
