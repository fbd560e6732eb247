package org.openmla.examples.cli;

/**
 * Input the command line cannot work with: a missing file, an unknown assessment or pack, a malformed option. Its
 * message is shown to the user as it is and must not quote personal data. Leads to exit code
 * {@link MlaCli#EXIT_BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
