package org.openmla.examples.cli;

/**
 * The command line cannot set itself up, e.g. a rule pack on the class path is inconsistent. Not the user's input:
 * leads to exit code {@link MlaCli#EXIT_FAILURE}. Its message names packs and rules, never personal data.
 */
final class SetupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
