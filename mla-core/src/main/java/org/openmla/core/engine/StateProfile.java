package org.openmla.core.engine;

import java.util.Objects;
import java.util.Set;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.rules.Conditions;

/**
 * What the engine knows of one State's position under the instruments: its declarations and reservations (by id,
 * e.g. {@code ETS30.ART5.1.a}) and the languages it accepts requests in. Packs read it through conditions such as
 * {@link Conditions#requestedStateDeclared(String)}; party data in {@code mla-treaties} produces it.
 *
 * <p>An empty set of accepted languages means the languages are not known, not that none is accepted.
 *
 * @param state the State
 * @param declarations ids of the declarations and reservations in force for it
 * @param acceptedLanguages languages in which it accepts requests
 */
public record StateProfile(Jurisdiction state, Set<String> declarations, Set<LanguageCode> acceptedLanguages) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public StateProfile {
        Checks.required(state, "StateProfile.state");
        declarations = Checks.set(declarations, "StateProfile.declarations");
        acceptedLanguages = Checks.set(acceptedLanguages, "StateProfile.acceptedLanguages");
    }

    /** @return a profile with nothing declared and no known languages */
    public static StateProfile empty(Jurisdiction state) {
        return new StateProfile(state, Set.of(), Set.of());
    }

    /** @return whether the State made this declaration or reservation */
    public boolean hasDeclared(String declarationId) {
        return declarations.contains(declarationId);
    }

    /** @return a copy with one more declaration */
    public StateProfile withDeclaration(String declarationId) {
        java.util.HashSet<String> more = new java.util.HashSet<>(declarations);
        more.add(Objects.requireNonNull(declarationId, "declarationId"));
        return new StateProfile(state, more, acceptedLanguages);
    }

    /** @return a copy with these accepted languages */
    public StateProfile withAcceptedLanguages(Set<LanguageCode> languages) {
        return new StateProfile(state, declarations, languages);
    }
}
