package org.openmla.treaties;

/**
 * The ways instruments treat dual criminality (the conduct being an offence in the requested State too). They differ
 * enough that a pack must say which it encodes, rather than carry one "dual criminality" flag; a pack may combine
 * several (e.g. UNCAC: {@link #DISCRETIONARY_FOR_COERCIVE_ONLY} with the {@link #CONDUCT_BASED_TEST}).
 */
public enum DualCriminalityVariant {
    /** Absence of dual criminality is no ground for refusal at all (e.g. ETS 30's general rule). */
    NO_GROUND("Absence of dual criminality is no ground for refusal."),
    /** The requested State may refuse for absence of dual criminality, and may assist anyway (UNTOC art. 18(9)). */
    DISCRETIONARY("The requested State may refuse for absence of dual criminality, and may assist anyway at its discretion."),
    /**
     * May refuse coercive measures for absence of dual criminality, but shall render assistance not involving
     * coercive action, save stated exceptions (UNCAC art. 46(9)(b)).
     */
    DISCRETIONARY_FOR_COERCIVE_ONLY("Assistance not involving coercive action shall be rendered without dual criminality, save stated "
            + "exceptions; coercive measures may be refused for its absence."),
    /** Required only for coercive measures (search, seizure) where the requested State declared so (ETS 30 art. 5(1)(a)). */
    COERCIVE_BY_DECLARATION("Required only for coercive measures, and only where the requested State declared so."),
    /** Not checked for listed offence categories punishable above a threshold (EIO Annex D, EAW art. 2(2)). */
    DISAPPLIED_FOR_LISTED_OFFENCES("Not checked for listed offence categories punishable by at least a threshold penalty."),
    /** Not checked for certain measures (EIO art. 11(2), Budapest art. 29(3)). */
    DISAPPLIED_FOR_MEASURES("Not checked for certain measures."),
    /**
     * Where it is required, the test is whether the underlying conduct is criminal in both States, whatever the
     * category or name of the offence (UNCAC art. 43(2), Budapest art. 25(5)).
     */
    CONDUCT_BASED_TEST("Where required, the test is the underlying conduct, not the category or name of the offence."),
    /** The instrument does not address it; a treaty built on it decides (UN Model Treaty). */
    NOT_ADDRESSED("The instrument does not address dual criminality; a treaty built on it decides.");

    private final String meaning;

    DualCriminalityVariant(String meaning) {
        this.meaning = meaning;
    }

    /** @return what the variant means, in words */
    public String meaning() {
        return meaning;
    }
}
