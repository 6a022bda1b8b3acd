package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeopleExtractorTest {

    @Test
    void joinedCapitalsAreTwoOrThreeCapitalsEachFollowedByADot() {
        Pattern shape = Pattern.compile("(?:\\p{Lu}\\.){2,3}");
        for (String w : List.of("A.K.", "C.Q.", "J.R.R.", "Ö.Z.", "\uD835\uDC00.B.", "A.", "A.K", "A.B.C.D.", "a.k.", "AK.",
                "A..", ".A.B.", "A.k.", "", "A.K.-")) {
            assertEquals(shape.matcher(w).matches(), PeopleExtractor.joinedCapitals(w), w);
        }
    }
}
