package org.openmla.store.monitoring;

import org.openmla.core.lifecycle.CommandType;

/** A point a request reaches after receipt, whose time from receipt the report measures. */
public enum Stage {
    /** Receipt acknowledged ({@link CommandType#ACKNOWLEDGE}). */
    ACKNOWLEDGEMENT,
    /** Decided: accepted or refused ({@link CommandType#ACCEPT}, {@link CommandType#REFUSE}), the first time. */
    DECISION,
    /** Every accepted measure executed ({@link CommandType#COMPLETE_EXECUTION}). */
    EXECUTION
}
