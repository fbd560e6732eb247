package org.openmla.core.model;

/**
 * What a communication between two States' authorities is: a request for assistance, or information one State sends
 * the other without being asked.
 */
public enum CommunicationKind {
    /** A request for mutual legal assistance (or an order) that asks the other State to act. */
    REQUEST,
    /**
     * Information the sending State transmits without a prior request, because it believes the information could help
     * the other State's authorities with inquiries or criminal proceedings or lead to a request from them (UNTOC art.
     * 18(4), UNCAC art. 46(4)). It asks for no measure; the sending State may ask that the information stay confidential
     * ({@link MlaRequest#confidentialityRequested()}) or restrict its use ({@link MlaRequest#useRestrictions()}).
     * In such a communication the {@linkplain MlaRequest#requestingParty() requesting party} is the sending State and
     * authority and the {@linkplain MlaRequest#requestedState() requested State} the receiving one.
     */
    SPONTANEOUS_INFORMATION
}
