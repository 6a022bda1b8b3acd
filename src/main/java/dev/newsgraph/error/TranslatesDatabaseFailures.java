package dev.newsgraph.error;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GraphQL API class whose database failures reach clients as {@link DatabaseUnavailableException}
 * (code DATABASE_UNAVAILABLE) instead of a generic error with a code derived from a JDBC class name.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TranslatesDatabaseFailures {
}
