package org.openmla.core.lifecycle;

/**
 * Told about transitions, e.g. to store the new history entry, notify the other State or update a dashboard.
 *
 * <p>Called synchronously on the thread that applied the command, after the new snapshot is made. A listener that
 * throws does not undo or break the transition: the exception is logged (its class only) and the remaining listeners
 * are still called. Implementations must not log free text from the case (reasons).
 */
public interface LifecycleListener {

    /**
     * A command was applied.
     *
     * @param before the case before
     * @param transition the transition made
     * @param after the case after
     */
    void onTransition(RequestCase before, Transition transition, RequestCase after);

    /**
     * A command was rejected; the case is unchanged. Does nothing by default.
     *
     * @param rejected the rejection, with the case
     */
    default void onRejection(TransitionResult.Rejected rejected) {}
}
