package dev.newsgraph.draft;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person named in the article.")
@Name("PersonInput")
public record PersonInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Canonical full name, e.g. 'Mark Rutte'.") String name,
        @Size(max = 50) @Description("Other forms used in the text: 'Rutte', 'the former Dutch prime minister'.")
        List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = 50) @Description("Roles the article gives the person.") List<@Valid @NotNull RoleInput> roles) {

    public PersonInput {
        aliases = aliases == null ? List.of() : aliases;
        roles = roles == null ? List.of() : roles;
    }
}
