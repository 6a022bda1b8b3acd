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

/**
 * A date a news story can carry: not before 1800 (typos such as 0225 for 2025) and at most a few days ahead of today
 * (time zones, embargoed copy), never years into the future. Null is valid: use @NotNull where a date is required.
 */
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {
    int EARLIEST_YEAR = 1800;
    int MAX_DAYS_AHEAD = 7;

    String message() default "must be a date from 1800-01-01 to 7 days from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
