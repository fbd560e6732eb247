package org.openmla.treaties.parties;

import org.openmla.core.MlaException;

/**
 * Party data that cannot be read or is inconsistent: malformed JSON, an unknown field, a bad date or code, a party
 * update for an instrument that is not defined. The message names the document and the field, e.g.
 * {@code untoc.json: instruments[0].parties[3].inForce: not a date (was '2004-13-01')}. A configuration error, never a
 * legal outcome.
 */
public final class PartyDataException extends MlaException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the document and field */
    public PartyDataException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the document and field
     * @param cause the underlying error
     */
    public PartyDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
