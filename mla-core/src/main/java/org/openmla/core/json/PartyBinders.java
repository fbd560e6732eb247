package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Contact;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.RequestingParty;

/** Binds the requesting party, authorities and contacts. */
final class PartyBinders {
    static final List<String> REQUESTING_PARTY = List.of("state", "authority", "validatingAuthority");
    static final List<String> AUTHORITY = List.of("name", "kind", "contact");
    static final List<String> CONTACT = List.of("officerName", "email", "phone");

    private PartyBinders() {}

    static Optional<RequestingParty> requestingParty(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, RequestingParty.class, REQUESTING_PARTY).flatMap(o -> {
            Jurisdiction state = o.required("state", Scalars.STATE_VALUE);
            Optional<Authority> authority = o.optional("authority", PartyBinders::authority);
            Optional<Authority> validatingAuthority = o.optional("validatingAuthority", PartyBinders::authority);
            return o.build(() -> new RequestingParty(state, authority, validatingAuthority));
        });
    }

    static Optional<Authority> authority(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Authority.class, AUTHORITY).flatMap(o -> {
            String name = o.required("name", Scalars.TEXT);
            AuthorityKind kind = o.required("kind", Scalars.enumValue(AuthorityKind.class));
            Optional<Contact> contact = o.optional("contact", PartyBinders::contact);
            return o.build(() -> new Authority(name, kind, contact));
        });
    }

    static Optional<Contact> contact(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Contact.class, CONTACT).flatMap(o -> {
            Optional<String> officerName = o.optional("officerName", Scalars.TEXT);
            Optional<String> email = o.optional("email", Scalars.TEXT);
            Optional<String> phone = o.optional("phone", Scalars.TEXT);
            return o.build(() -> new Contact(officerName, email, phone));
        });
    }
}
