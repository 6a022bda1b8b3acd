package dev.newsgraph.graphql;

import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.validation.IsoCountries;

/** The country filter arguments: ISO 3166-1 alpha-2 codes. */
public final class CountryCodes {
    private CountryCodes() {
    }

    public static String require(String code) {
        if (!IsoCountries.isValid(code)) {
            throw new BadUserInputException("'" + code + "' is not an ISO 3166-1 alpha-2 country code such as 'UA'");
        }
        return code;
    }
}
