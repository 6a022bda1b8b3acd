package dev.newsgraph.graphql.extract;

import dev.newsgraph.draft.PersonInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person named in an extracted article.")
public record PersonDraft(
        @NonNull @Description("Canonical name.") String name,
        @NonNull @Description("Other forms the article uses.") List<@NonNull String> aliases,
        @NonNull @Description("Roles from titles and appositions.") List<@NonNull RoleDraft> roles) {

    static PersonDraft of(PersonInput person) {
        return new PersonDraft(person.name(), person.aliases(), person.roles().stream().map(RoleDraft::of).toList());
    }
}
