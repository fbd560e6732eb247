package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.IdentifierKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.model.PersonRole;

/** Binds persons and their identifiers. */
final class PersonBinders {
    static final List<String> PERSON = List.of("ref", "role", "legalPerson", "name", "dateOfBirth", "placeOfBirth",
            "identifiers", "nationalities", "location");
    static final List<String> PERSON_IDENTIFIER = List.of("kind", "value", "issuer");

    private PersonBinders() {}

    static Optional<Person> person(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Person.class, PERSON).flatMap(o -> {
            String ref = o.required("ref", Scalars.TEXT);
            PersonRole role = o.required("role", Scalars.enumValue(PersonRole.class));
            boolean legalPerson = o.flag("legalPerson");
            Optional<String> name = o.optional("name", Scalars.TEXT);
            Optional<LocalDate> dateOfBirth = o.optional("dateOfBirth", Scalars.DATE_VALUE);
            Optional<String> placeOfBirth = o.optional("placeOfBirth", Scalars.TEXT);
            List<PersonIdentifier> identifiers = o.list("identifiers", PersonBinders::identifier);
            List<Jurisdiction> nationalities = o.list("nationalities", Scalars.STATE_VALUE);
            Optional<String> location = o.optional("location", Scalars.TEXT);
            return o.build(() -> new Person(ref, role, legalPerson, name, dateOfBirth, placeOfBirth, identifiers,
                    nationalities, location));
        });
    }

    static Optional<PersonIdentifier> identifier(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, PersonIdentifier.class, PERSON_IDENTIFIER).flatMap(o -> {
            IdentifierKind kind = o.required("kind", Scalars.enumValue(IdentifierKind.class));
            String value = o.required("value", Scalars.TEXT);
            Optional<Jurisdiction> issuer = o.optional("issuer", Scalars.STATE_VALUE);
            return o.build(() -> new PersonIdentifier(kind, value, issuer));
        });
    }
}
