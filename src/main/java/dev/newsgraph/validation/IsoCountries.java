package dev.newsgraph.validation;

import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-2 country codes the service accepts: the assigned ones, as the JDK knows them, and the ones
 * ISO leaves to users (AA, QM-QZ, XA-XZ, ZZ), such as XK, which news agencies use for Kosovo. A typo ('PQ') or a
 * reserved code that is not a country ('UK': the code is GB) is refused.
 */
public final class IsoCountries {
    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private IsoCountries() {
    }

    public static boolean isValid(String code) {
        return ASSIGNED.contains(code) || code.matches("AA|Q[M-Z]|X[A-Z]|ZZ");
    }
}
