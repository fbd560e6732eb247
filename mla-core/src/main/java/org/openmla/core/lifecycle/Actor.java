package org.openmla.core.lifecycle;

import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * Who gave a command: an officer's id in the host's user directory and the role in which they acted. Never a name:
 * the history is kept for years and shown to other officers, so it identifies people only by the host's ids.
 * Immutable.
 *
 * @param officerId the host's id for the officer, e.g. {@code off-0017}: letters, digits, '.', '_' and '-', up to 64
 * @param role the role, e.g. {@code CASE_OFFICER} or {@code PROSECUTOR}: upper-case letters, digits and '_', up to 64
 */
public record Actor(String officerId, String role) {

    /** The accepted form of an officer id. */
    public static final String OFFICER_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** The accepted form of a role. */
    public static final String ROLE_PATTERN = "[A-Z][A-Z0-9_]{0,63}";

    private static final Pattern OFFICER_ID = Pattern.compile(OFFICER_ID_PATTERN);
    private static final Pattern ROLE = Pattern.compile(ROLE_PATTERN);

    /** @throws InvalidValueException if either part is missing or malformed (the message does not quote the id) */
    public Actor {
        Checks.required(officerId, "Actor.officerId");
        if (!OFFICER_ID.matcher(officerId).matches()) {
            throw new InvalidValueException("Actor.officerId", "must match " + OFFICER_ID_PATTERN);
        }
        Checks.required(role, "Actor.role");
        if (!ROLE.matcher(role).matches()) {
            throw new InvalidValueException("Actor.role", "must match " + ROLE_PATTERN);
        }
    }

    /** @return an actor */
    public static Actor of(String officerId, String role) {
        return new Actor(officerId, role);
    }

    @Override
    public String toString() {
        return officerId + " (" + role + ")";
    }
}
