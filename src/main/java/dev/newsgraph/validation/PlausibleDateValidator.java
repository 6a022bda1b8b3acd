package dev.newsgraph.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;

public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {
    private static final LocalDate EARLIEST = LocalDate.of(PlausibleDate.EARLIEST_YEAR, 1, 1);

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || !date.isBefore(EARLIEST)
                && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(PlausibleDate.MAX_DAYS_AHEAD));
    }
}
