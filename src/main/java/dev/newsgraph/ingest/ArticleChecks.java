package dev.newsgraph.ingest;

import dev.newsgraph.draft.ActorInput;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every check that can fail an article, run before anything is written, so that a batch can be refused whole:
 * the input's constraints (also for input that did not come through GraphQL), references that match neither a
 * declared nor a stored entity, dates, incident and event keys, actors, place parents.
 */
@ApplicationScoped
class ArticleChecks {
    private final Validator validator;

    /**
     * The validator asks its traversable resolver before each property it reads; the default one, with Hibernate ORM
     * present, asks JPA whether the property is loaded (5 % of the ingest's samples, JFR under ingest). An input is a
     * plain record, never an entity, so every property is reachable: the same constraints, the same messages.
     */
    @Inject
    ArticleChecks(ValidatorFactory validators) {
        this.validator = validators.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
    }

    private static final class EveryPropertyReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return true;
        }
    }

    /** Checks the article against the stored entities its names may stand for. */
    void check(ArticleInput input, EntityResolver.Known stored) {
        validator.validate(input).stream().findFirst().ifPresent(violation -> {
            throw new BadUserInputException(violation.getPropertyPath() + ": " + violation.getMessage());
        });
        ArticleReferences.checkAll(input, stored);
        if (input.publishedOn() != null && input.notBefore() != null && input.publishedOn().isBefore(input.notBefore())) {
            throw new BadUserInputException("publishedOn " + input.publishedOn() + " is before notBefore " + input.notBefore());
        }
        parentsFirst(input.places());
        checkIncidents(input);
        checkEvents(input);
    }

    private static void checkIncidents(ArticleInput input) {
        Set<String> keys = new LinkedHashSet<>();
        for (IncidentInput incident : input.incidents()) {
            if (incident.key() != null && !keys.add(incident.key())) {
                throw new BadUserInputException("Incident key '" + incident.key() + "' is used twice in one article");
            }
        }
        for (int i = 0; i < input.incidents().size(); i++) {
            IncidentInput incident = input.incidents().get(i);
            if (incident.partOf() != null && !keys.contains(incident.partOf())) {
                throw new BadUserInputException("partOf '" + incident.partOf() + "' names no incident key of the same article");
            }
            if (incident.partOf() != null && incident.partOf().equals(incident.key())) {
                throw new BadUserInputException("Incident '" + incident.title() + "' cannot be part of itself");
            }
            for (ActorInput actor : incident.actors()) {
                if (actor.entity() == null && (actor.description() == null || actor.description().isBlank())) {
                    throw new BadUserInputException("incidents[" + i + "].actors: an actor needs an entity or a description");
                }
            }
        }
    }

    private static void checkEvents(ArticleInput input) {
        Set<String> keys = new LinkedHashSet<>();
        LocalDate earliest = LocalDate.of(1800, 1, 1);
        LocalDate latest = LocalDate.now().plusYears(10);
        for (int i = 0; i < input.events().size(); i++) {
            EventInput event = input.events().get(i);
            if (event.key() != null && !keys.add(event.key())) {
                throw new BadUserInputException("Event key '" + event.key() + "' is used twice in one article");
            }
            if (event.occurredOn() != null && (event.occurredOn().isBefore(earliest) || event.occurredOn().isAfter(latest))) {
                throw new BadUserInputException("events[" + i + "].occurredOn must be a date from 1800-01-01 to ten years from today");
            }
        }
        for (int i = 0; i < input.statements().size(); i++) {
            String event = input.statements().get(i).event();
            if (event != null && !keys.contains(event)) {
                throw new BadUserInputException("statements[" + i + "].event '" + event + "' names no event key of the same article");
            }
        }
    }

    /** The places in an order where each parent declared in the article comes before its children. */
    static List<PlaceInput> parentsFirst(List<PlaceInput> places) {
        for (PlaceInput place : places) {
            // A city may share its province's name ("Herat"); only a parent that names nothing else is itself.
            if (place.parent() != null && place.isNamedBy(place.parent())
                    && places.stream().noneMatch(other -> other != place && other.isNamedBy(place.parent()))) {
                throw new BadUserInputException("The parents of places [" + place.name() + "] form a cycle: it is its own parent");
            }
        }
        List<PlaceInput> pending = new ArrayList<>(places);
        List<PlaceInput> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            PlaceInput next = pending.stream()
                    .filter(place -> place.parent() == null || pending.stream().noneMatch(other -> other != place && other.isNamedBy(place.parent())))
                    .findFirst()
                    .orElseThrow(() -> new BadUserInputException("The parents of places "
                            + pending.stream().map(PlaceInput::name).toList() + " form a cycle"));
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }
}
