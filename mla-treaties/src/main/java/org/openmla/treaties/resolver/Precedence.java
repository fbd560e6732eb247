package org.openmla.treaties.resolver;

/**
 * The order in which instruments that bind two States are offered for a request, strongest first. The more specific
 * instrument comes first: a bilateral treaty made for the two States, then a multilateral treaty whose subject is
 * mutual legal assistance, then a convention with an assistance article (UNTOC, UNCAC), which itself leaves other
 * treaties' obligations unaffected (UNTOC art. 18(6), UNCAC art. 46(6)). The order helps a caseworker choose; it
 * does not displace anything by itself — displacement comes from an {@link InstrumentRelationship}.
 */
public enum Precedence {
    /** A bilateral treaty between the two States. */
    BILATERAL_TREATY,
    /** A multilateral treaty of mutual legal assistance (e.g. ETS 30). */
    MULTILATERAL_MLA_TREATY,
    /** A convention with a mutual legal assistance article (e.g. UNTOC, UNCAC). */
    CONVENTION
}
