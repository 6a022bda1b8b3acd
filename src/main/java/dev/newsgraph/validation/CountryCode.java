package dev.newsgraph.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code, upper case: see {@link IsoCountries}. Null is valid. */
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {
    String message() default "must be an ISO 3166-1 alpha-2 country code such as 'UA' (the United Kingdom is 'GB')";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
