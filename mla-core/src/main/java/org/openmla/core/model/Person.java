package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A person concerned by a request: a natural or legal person, in a role.
 *
 * <p>Personal data (name, date and place of birth, identifiers, location) never appear in {@code toString} or in
 * exception messages; {@code toString} shows the reference, the role and which fields are present.
 *
 * @param ref a key local to the request by which measures refer to this person, e.g. {@code "p1"}; not personal data
 * @param role the person's role
 * @param legalPerson whether this is a legal person (a company)
 * @param name the full name
 * @param dateOfBirth the date of birth
 * @param placeOfBirth the place of birth
 * @param identifiers identity documents and registration numbers
 * @param nationalities nationalities, for a legal person its State of registration
 * @param location where the person is believed to be
 */
public record Person(
        @NotNull @Pattern(regexp = Person.REF_PATTERN) String ref,
        @NotNull PersonRole role,
        boolean legalPerson,
        @NotNull Optional<@Size(max = 300) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> name,
        @NotNull Optional<LocalDate> dateOfBirth,
        @NotNull Optional<@Size(max = 300) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> placeOfBirth,
        @NotNull List<@NotNull @Valid PersonIdentifier> identifiers,
        @NotNull List<@NotNull Jurisdiction> nationalities,
        @NotNull Optional<@Size(max = 1000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> location) {

    /** The form of {@link #ref()}: a letter, then letters, digits, '_' or '-', at most 40 characters. */
    public static final String REF_PATTERN = "[A-Za-z][A-Za-z0-9_-]{0,39}";

    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile(REF_PATTERN);

    /** @throws InvalidValueException if a field is null, blank, too long or the ref is malformed */
    public Person {
        Checks.required(ref, "Person.ref");
        if (!REF.matcher(ref).matches()) {
            throw new InvalidValueException("Person.ref", "must match " + REF_PATTERN);
        }
        Checks.required(role, "Person.role");
        Checks.optionalText(name, "Person.name", 300);
        Checks.optional(dateOfBirth, "Person.dateOfBirth");
        Checks.optionalText(placeOfBirth, "Person.placeOfBirth", 300);
        identifiers = Checks.list(identifiers, "Person.identifiers");
        nationalities = Checks.list(nationalities, "Person.nationalities");
        Checks.optionalText(location, "Person.location", 1000);
    }

    /** @return a builder for a person with this reference and role */
    public static Builder builder(String ref, PersonRole role) {
        return new Builder(ref, role);
    }

    /** @return whether the identity (a name or an identifier) is given */
    public boolean isIdentified() {
        return name.isPresent() || !identifiers.isEmpty();
    }

    @Override
    public String toString() {
        return "Person[ref=" + ref + ", role=" + role + ", legalPerson=" + legalPerson + ", name=" + Checks.redacted(name)
                + ", dateOfBirth=" + (dateOfBirth.isPresent() ? "<redacted>" : "<absent>")
                + ", placeOfBirth=" + Checks.redacted(placeOfBirth) + ", identifiers=" + identifiers.size()
                + ", nationalities=" + nationalities + ", location=" + Checks.redacted(location) + "]";
    }

    /** Builds a {@link Person}. Not thread-safe. */
    public static final class Builder {
        private final String ref;
        private final PersonRole role;
        private boolean legalPerson;
        private String name;
        private LocalDate dateOfBirth;
        private String placeOfBirth;
        private final List<PersonIdentifier> identifiers = new ArrayList<>();
        private final List<Jurisdiction> nationalities = new ArrayList<>();
        private String location;

        private Builder(String ref, PersonRole role) {
            this.ref = ref;
            this.role = role;
        }

        /** @return this builder */
        public Builder legalPerson(boolean legalPerson) {
            this.legalPerson = legalPerson;
            return this;
        }

        /** @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @return this builder */
        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        /** @return this builder */
        public Builder placeOfBirth(String placeOfBirth) {
            this.placeOfBirth = placeOfBirth;
            return this;
        }

        /** @return this builder */
        public Builder identifier(PersonIdentifier identifier) {
            identifiers.add(Checks.required(identifier, "Person.identifiers"));
            return this;
        }

        /** @return this builder */
        public Builder nationality(Jurisdiction nationality) {
            nationalities.add(Checks.required(nationality, "Person.nationalities"));
            return this;
        }

        /** @return this builder */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** @return the person */
        public Person build() {
            return new Person(ref, role, legalPerson, Optional.ofNullable(name), Optional.ofNullable(dateOfBirth),
                    Optional.ofNullable(placeOfBirth), identifiers, nationalities, Optional.ofNullable(location));
        }
    }
}
