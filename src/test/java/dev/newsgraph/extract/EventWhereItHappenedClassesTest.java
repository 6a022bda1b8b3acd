package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where an event took place when its own phrase names no place, on invented copy without a dateline: a visit "to the
 * country" (the story's country), a speech someone went to a city to give, a protest told by its crowd's verb and a
 * place ("women demonstrated in Abobo") or protesters at one, and a nationwide strike (the story's country); and a meeting
 * that "the summit" told later, or the headline's summit, tells was a summit; without a dateline, an event its sentence
 * does not place is in the city the story tells most of; a visit is where its visitor "is ... on his trip".
 */
class EventWhereItHappenedClassesTest {

    private static EventInput event(ArticleInput a, EventKind kind) {
        return a.events().stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + ": " + a.events()));
    }

    @Test
    void aVisitToTheCountryIsAVisitToTheStorysCountry() {
        ArticleInput a = only("""
                Fighting Flares in Northern Peru

                Peruvian troops clashed with rebels near the town of Tocache in Peru on Monday, officials said.

                U.N. envoy Maria Lindqvist called for an end to the fighting in Peru during her visit to the country last week.
                """);
        assertEquals("Peru", event(a, EventKind.VISIT).place(), a.events()::toString);
    }

    @Test
    void aSpeechSomeoneWentToACityToGiveWasGivenThere() {
        ArticleInput a = only("""
                Governor Says Farewell

                Governor Ana Ruiz said she is proud of her record. Ruiz flew back to Porto Alegre, Brazil to deliver her farewell speech on Tuesday.
                """);
        assertEquals("Porto Alegre", event(a, EventKind.SPEECH).place(), a.events()::toString);
    }

    @Test
    void aCrowdThatDemonstratedAtAPlaceProtestedThere() {
        ArticleInput a = only("""
                Police Fire Tear Gas at Teachers

                Police in Bolivia fired tear gas at a protest calling for higher wages, witnesses said.

                The clashes began on Wednesday as hundreds of teachers and parents demonstrated in Cochabamba, the country's third largest city.
                """);
        assertEquals("Cochabamba", event(a, EventKind.PROTEST).place(), a.events()::toString);
    }

    @Test
    void aNationwideStrikeIsInTheStorysCountry() {
        ArticleInput a = only("""
                Kenyan Opposition Says Dozens Arrested

                Police in Kenya have arrested dozens of opposition supporters, the party said Wednesday.

                The arrests began after the party called a national strike over the disputed results.
                """);
        assertEquals("Kenya", event(a, EventKind.PROTEST).place(), a.events()::toString);
    }

    @Test
    void protestersAtAPlaceTellOfAProtestThere() {
        ArticleInput a = only("""
                Troops Fire on Crowd in Northern Town

                Protesters in the town of Tessalit, Mali have been fired on by soldiers after seizing the governor's office, witnesses said.
                """);
        assertEquals("Tessalit", event(a, EventKind.PROTEST).place(), a.events()::toString);
    }

    @Test
    void theSummitIsTheMeetingOfLeadersToldBefore() {
        ArticleInput a = only("""
                Grenade Attack in Port Moresby

                A grenade attack killed two people in Port Moresby on Sunday, police said.

                Pacific leaders, who met in Suva at the weekend, agreed to send a mediation team to the country.

                But the leaders showed caution at the summit and decided to ask the government first.
                """);
        assertEquals("Suva", event(a, EventKind.SUMMIT).place(), a.events()::toString);
    }

    @Test
    void theHeadlinesSummitIsTheLeadsMeeting() {
        ArticleInput a = only("""
                Rival Presidents Meet in First Summit

                Chilean President Rosa Vidal said her first meeting Monday in Montevideo with Bolivian President Evo Tarija went "better than expected."
                """);
        assertEquals("Montevideo", event(a, EventKind.SUMMIT).place(), a.events()::toString);
    }

    @Test
    void withoutADatelineAnUnplacedNewsConferenceIsInTheStorysCity() {
        ArticleInput a = only("""
                Gunman Kills Three at School in Norway

                A gunman killed three people at a secondary school in Stavanger, Norway on Monday, police said.

                Police chief Lars Holm told a news conference on Monday evening that the gunman was a former pupil of the school. Parents gathered outside the school in Stavanger late into the night.
                """);
        assertEquals("Stavanger", event(a, EventKind.PRESS_CONFERENCE).place(), a.events()::toString);
    }

    @Test
    void whereTheVisitorIsOnATripIsTheVisitsPlace() {
        ArticleInput a = only("""
                Japanese Leader Speaks in Peru

                Prime Minister Kenji Sato is in Peru on his first trip in office to South America. He met President Rosa Quispe on Friday.
                """);
        assertEquals("Peru", event(a, EventKind.VISIT).place(), a.events()::toString);
    }
}
