package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTierTest {

    @Test
    void findsTownsDistrictsWithoutTheirUnitWordNamesWithoutAccentsAndVariantsOfKnownCities() {
        Gazetteer gaz = Gazetteer.get();
        assertTrue(gaz.lookupLocal("Bir al Abd").stream().anyMatch(e -> e.name().equals("Bi’r al ‘Abd")),
                "without the signs of ayn and hamza, as the copy writes it");
        Gazetteer.Entry zhob = gaz.lookupLocal("Zhob").get(0);
        assertEquals(PlaceKind.DISTRICT, zhob.kind());
        assertEquals("Zhob District", zhob.name());
        assertEquals("PK", zhob.countryCode());
        assertEquals("Balochistan", zhob.parent());
        assertEquals(List.of(zhob), gaz.lookupLocal("Zhob District"));
        Gazetteer.Entry saffle = gaz.lookupLocal("Saffle").get(0);
        assertEquals("Säffle", saffle.name());
        assertEquals(9150, saffle.population());
        assertEquals(List.of("Saeffle"), saffle.aliases());
        assertEquals(List.of(saffle), gaz.lookupLocal("Saeffle"));
        assertTrue(gaz.lookupLocal("Kiev").stream().anyMatch(e -> e.name().equals("Kyiv") && e.kind() == PlaceKind.CITY),
                "a variant names the city of the main gazetteer");
        assertEquals(List.of(), gaz.lookupLocal("Nowhereville"));
        assertTrue(gaz.lookupLocal("Zhob").get(0) == zhob, "one instance per row");
    }

    /** Every surface form gives what a plain map of the file's rows gives, in the same order. */
    @Test
    void answersAsAMapOfEveryRowWould() {
        Gazetteer gaz = Gazetteer.get();
        Map<String, List<Gazetteer.Entry>> expected = new HashMap<>();
        Pattern unit = Pattern.compile(
                "^(.+) (District|Raion|Rayon|County|Municipality|Prefecture|Agency|Subdistrict|Tehsil|Department|Region|İlçesi|Xian|Shi|Diqu)$");
        for (String[] r : Resources.gzippedRows("gazetteer-local.tsv.gz")) {
            if (r[0].equals("VARIANT")) {
                for (Gazetteer.Entry city : gaz.lookup(Resources.col(r, 3))) {
                    if (city.kind() == PlaceKind.CITY && city.countryCode().equals(Resources.col(r, 2))) {
                        index(expected, Resources.col(r, 1), city);
                    }
                }
                continue;
            }
            String pop = Resources.col(r, 6);
            Gazetteer.Entry e = new Gazetteer.Entry(PlaceKind.valueOf(Resources.col(r, 0)), Resources.col(r, 1),
                    Resources.col(r, 2), Lexicons.emptyToNull(Resources.col(r, 3)),
                    Resources.col(r, 4).isEmpty() ? null : Double.valueOf(Resources.col(r, 4)),
                    Resources.col(r, 5).isEmpty() ? null : Double.valueOf(Resources.col(r, 5)),
                    pop.isEmpty() ? 0 : Long.parseLong(pop), Lexicons.splitBar(Resources.col(r, 7)), List.of(), false);
            index(expected, e.name(), e);
            e.aliases().forEach(a -> index(expected, a, e));
            Matcher m = unit.matcher(e.name());
            if (e.kind() == PlaceKind.DISTRICT && m.matches()) {
                index(expected, m.group(1), e);
            }
        }
        assertTrue(expected.size() > 250_000, "surface forms: " + expected.size());
        expected.forEach((surface, entries) -> assertEquals(entries, gaz.lookupLocal(surface), surface));
    }

    private static void index(Map<String, List<Gazetteer.Entry>> map, String surface, Gazetteer.Entry e) {
        if (surface.isEmpty()) {
            return;
        }
        List<Gazetteer.Entry> list = map.computeIfAbsent(surface, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
        if (!Gazetteer.isAscii(surface)) {
            String plain = java.text.Normalizer.normalize(surface, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!plain.equals(surface)) {
                index(map, plain, e);
            }
            String unsigned = Gazetteer.withoutAynOrHamza(plain); // "Bir al Abd" for "Bi’r al ‘Abd"
            if (!unsigned.equals(plain) && !unsigned.isEmpty()) {
                index(map, unsigned, e);
            }
        }
    }
}
