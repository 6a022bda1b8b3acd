package dev.newsgraph.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || IsoCountries.isValid(code);
    }
}
