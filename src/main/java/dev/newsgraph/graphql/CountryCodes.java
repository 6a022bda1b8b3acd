package dev.newsgraph.graphql;

import dev.newsgraph.error.BadUserInputException;

/** The country filter arguments: ISO 3166-1 alpha-2 codes. */
public final class CountryCodes {
    private CountryCodes() {
    }

    public static String require(String code) {
        if (!code.matches("[A-Z]{2}")) {
            throw new BadUserInputException("'" + code + "' is not an ISO 3166-1 alpha-2 country code such as 'UA'");
        }
        return code;
    }
}
