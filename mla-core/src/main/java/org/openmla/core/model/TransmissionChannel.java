package org.openmla.core.model;

/** The channel through which a request was sent. */
public enum TransmissionChannel {
    /** Between central authorities. */
    CENTRAL_AUTHORITY,
    /** Directly between judicial authorities. */
    DIRECT_JUDICIAL,
    /** Through diplomatic channels. */
    DIPLOMATIC,
    /** Through INTERPOL. */
    INTERPOL,
    /** Through Eurojust or the European Judicial Network. */
    EUROJUST,
    /** Directly to a service provider or its designated establishment or legal representative. */
    SERVICE_PROVIDER
}
