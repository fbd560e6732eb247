package org.openmla.core.rules;

import org.openmla.core.MlaException;

/** An invalid rule pack or registry: a configuration error, found when packs are registered or compiled. */
public final class RulePackException extends MlaException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public RulePackException(String message) {
        super(message);
    }
}
