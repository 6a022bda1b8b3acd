package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How wire copy refers again to a person it named in full, and where a title ends before a name, in shapes unseen copy
 * (batch H) showed, each class in several phrasings on invented copy: a surname of two words alone ("Di Stasi said",
 * "Lopez Obrador said"); a name given with two surnames and later without the second ("Luis Arce Catacora", then "Luis
 * Arce"); and a title for an administrative unit before the name ("Interior Minister for Morelos State Pablo Ojeda"),
 * whose place noun no person's name holds.
 */
class PersonMentionClassesTest {

    @Test
    void aSurnameOfTwoWordsAndANameWithoutItsSecondSurnameAreThePersonNamedBefore() {
        ArticleInput a = only("""
                Observers Urge Calm After Vote

                PODGORICA, Montenegro — Giovanni Di Stasi, who heads the observer mission, urged all parties to respect the outcome. "Everyone must accept the result," Di Stasi said. In La Paz, Bolivian candidate Luis Arce Catacora won the vote, and Luis Arce said he would govern for all. Mexican President Andres Manuel Lopez Obrador welcomed the result, and Lopez Obrador said he would visit. Dutch minister Sigrid van der Berg also spoke; van der Berg said the vote was calm.
                """);
        assertEquals(List.of("Giovanni Di Stasi", "Luis Arce Catacora", "Andres Manuel Lopez Obrador", "Sigrid van der Berg"),
                people(a), a.people()::toString);
    }

    @Test
    void aTitleForAnAdministrativeUnitEndsBeforeTheName() {
        ArticleInput a = only("""
                Gunmen Attack Funeral in Mexico

                CUERNAVACA, Mexico — Interior Minister for Morelos State Pablo Ojeda said the gunmen arrived in several vehicles. Security Minister for Sinaloa State Juan Perez said four people were arrested, and Health Secretary of Jalisco State Maria Lopez said nine were wounded. Governor of Harris County Lina Hidalgo sent condolences.
                """);
        assertEquals(List.of("Pablo Ojeda", "Juan Perez", "Maria Lopez", "Lina Hidalgo"), people(a), a.people()::toString);
    }
}
