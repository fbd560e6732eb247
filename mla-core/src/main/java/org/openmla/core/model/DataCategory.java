package org.openmla.core.model;

/**
 * A category of electronic data, the unit by which the electronic-evidence instruments graduate their conditions.
 */
public enum DataCategory {
    /** Subscriber information: the identity of the subscriber, the type and period of the service. */
    SUBSCRIBER,
    /**
     * Data requested for the sole purpose of identifying the user: IP addresses with, where necessary, source ports
     * and time stamps (the e-Evidence Regulation's separate category; other instruments count it as traffic data).
     */
    IP_IDENTIFICATION,
    /** Traffic data: origin, destination, route, time, date, size, duration or type of a communication. */
    TRAFFIC,
    /** Content data: anything other than the above. */
    CONTENT
}
