package dev.newsgraph.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Turns "cannot reach the database" failures into {@link DatabaseUnavailableException}; other failures pass unchanged. */
@TranslatesDatabaseFailures
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DatabaseFailureInterceptor {
    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (DatabaseFailures.unreachable(e)) {
                throw new DatabaseUnavailableException();
            }
            throw e;
        }
    }
}
