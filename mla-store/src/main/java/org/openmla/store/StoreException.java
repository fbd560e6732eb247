package org.openmla.store;

import org.openmla.core.MlaException;

/**
 * The store cannot do what was asked: the database cannot be reached, its schema is at a migration version this library
 * does not know, or a statement failed. Nothing was written. The message names the case (where there is one), the
 * database URL without its parameters and the SQL state, never personal data or stored values.
 */
public class StoreException extends MlaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     * @param cause the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
