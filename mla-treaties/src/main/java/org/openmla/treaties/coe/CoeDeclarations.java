package org.openmla.treaties.coe;

import java.util.List;

/**
 * The ids of the declarations and reservations that change the Council of Europe packs' rules, as they appear in a
 * State's {@link org.openmla.core.engine.StateProfile#declarations()}.
 *
 * <p>An id names the instrument, the article under which the declaration or reservation is made and what it says:
 * {@code ETS30.5.1.A.DUAL_CRIMINALITY} is a declaration under ETS 30 art. 5(1)(a) making search and seizure subject to
 * dual criminality. The party data ({@code ets30.json}, {@code ets185.json}) define each kind with the rules it
 * changes, and record which State made it from when; a declaration is in a profile only while it has effect for that
 * State on the law date. The packs read a declaration of the requested State, and, where the instrument allows
 * reciprocity (ETS 30 arts. 5(2), 16(2), 23(3); ETS 99 art. 8(4); ETS 182 art. 33(4)), one of the requesting State.
 */
public final class CoeDeclarations {
    private CoeDeclarations() {}

    /** ETS 30 art. 5(1)(a): search or seizure only if the offence is punishable under both laws. */
    public static final String ETS30_ART5_1_A = "ETS30.5.1.A.DUAL_CRIMINALITY";
    /** ETS 30 art. 5(1)(b): search or seizure only if the offence is extraditable in the requested State. */
    public static final String ETS30_ART5_1_B = "ETS30.5.1.B.EXTRADITABLE_OFFENCE";
    /** ETS 30 art. 5(1)(c): search or seizure only if execution is consistent with the requested State's law. */
    public static final String ETS30_ART5_1_C = "ETS30.5.1.C.CONSISTENT_WITH_LAW";
    /** ETS 30 art. 7(3): a summons on an accused must reach the State a declared time (at most 50 days) before appearance. */
    public static final String ETS30_ART7_3 = "ETS30.7.3.SUMMONS_LEAD_TIME";
    /** ETS 30 art. 15(6): requests go to the State through other channels, or with a copy to its Ministry of Justice. */
    public static final String ETS30_ART15_6 = "ETS30.15.6.OTHER_CHANNELS";
    /** ETS 30 art. 15(8) as replaced by ETS 182 art. 4: requests or copies go to a designated authority or channel. */
    public static final String ETS30_ART15_8 = "ETS30.15.8.CHANNELS";
    /** ETS 30 art. 16(2): requests and annexed documents must come with a translation. */
    public static final String ETS30_ART16_2 = "ETS30.16.2.TRANSLATION";
    /** ETS 30 art. 23(1): reservation adding ne bis in idem as a ground for refusal. */
    public static final String ETS30_ART23_NE_BIS_IN_IDEM = "ETS30.23.1.NE_BIS_IN_IDEM";
    /** ETS 30 art. 23(1): reservation adding a ground for refusal where the death penalty may be imposed. */
    public static final String ETS30_ART23_DEATH_PENALTY = "ETS30.23.1.DEATH_PENALTY";
    /** ETS 30 art. 23(1): reservation limiting the use of what is provided to the proceedings stated. */
    public static final String ETS30_ART23_SPECIALITY = "ETS30.23.1.SPECIALITY";
    /** ETS 30 art. 24: definition of the authorities the State deems judicial authorities. */
    public static final String ETS30_ART24 = "ETS30.24.JUDICIAL_AUTHORITIES";

    /** ETS 99 art. 8(2)(a): Chapter I (fiscal offences) not accepted. */
    public static final String ETS99_ART8_2_A = "ETS99.8.2.A.NO_CHAPTER_I";
    /** ETS 99 art. 8(2)(a): Chapter I accepted only for certain offences or categories. */
    public static final String ETS99_ART8_2_A_PARTIAL = "ETS99.8.2.A.CHAPTER_I_IN_PART";
    /** ETS 99 art. 8(2)(a): letters rogatory for search or seizure not complied with for fiscal offences. */
    public static final String ETS99_ART8_2_A_SEARCH = "ETS99.8.2.A.NO_FISCAL_SEARCH";

    /** ETS 182 art. 9(9): no hearings by video conference of accused persons or suspects. */
    public static final String ETS182_ART9_9 = "ETS182.9.9.NO_ACCUSED_VIDEOCONFERENCE";
    /** ETS 182 art. 13(7): the consent of the person is required before a transfer to the requested State is agreed. */
    public static final String ETS182_ART13_7 = "ETS182.13.7.CONSENT_REQUIRED";
    /** ETS 182 art. 26(5): data the State transmits may not be used even for art. 26(1) purposes without its consent. */
    public static final String ETS182_ART26_5 = "ETS182.26.5.PRIOR_CONSENT";
    /** ETS 182 art. 33(2): art. 17 (cross-border observation) not accepted. */
    public static final String ETS182_ART33_2_ART17 = "ETS182.33.2.ART17";
    /** ETS 182 art. 33(2): art. 18 (controlled delivery) not accepted. */
    public static final String ETS182_ART33_2_ART18 = "ETS182.33.2.ART18";
    /** ETS 182 art. 33(2): art. 19 (covert investigations) not accepted. */
    public static final String ETS182_ART33_2_ART19 = "ETS182.33.2.ART19";
    /** ETS 182 art. 33(2): art. 20 (joint investigation teams) not accepted. */
    public static final String ETS182_ART33_2_ART20 = "ETS182.33.2.ART20";
    /** Suffix of a reservation that excludes an article of ETS 182 only in part, e.g. {@code ETS182.33.2.ART17.PARTIAL}. */
    public static final String PARTIAL = ".PARTIAL";

    /** ETS 185 art. 27(9)(e): urgent requests are to be addressed to the central authority. */
    public static final String ETS185_ART27_9_E = "ETS185.27.9.E.CENTRAL_AUTHORITY";
    /** ETS 185 art. 29(4): preservation may be refused for non-Convention offences where dual criminality will fail. */
    public static final String ETS185_ART29_4 = "ETS185.29.4.DUAL_CRIMINALITY";

    /** CETS 224 art. 7(9)(a): art. 7 (disclosure of subscriber information) not applied. */
    public static final String CETS224_ART7_9_A = "CETS224.7.9.A.NO_ARTICLE_7";

    /** @return every id above, the partial reservations of ETS 182 included */
    public static List<String> all() {
        return List.of(ETS30_ART5_1_A, ETS30_ART5_1_B, ETS30_ART5_1_C, ETS30_ART7_3, ETS30_ART15_6, ETS30_ART15_8, ETS30_ART16_2,
                ETS30_ART23_NE_BIS_IN_IDEM, ETS30_ART23_DEATH_PENALTY, ETS30_ART23_SPECIALITY, ETS30_ART24, ETS99_ART8_2_A,
                ETS99_ART8_2_A_PARTIAL, ETS99_ART8_2_A_SEARCH, ETS182_ART9_9, ETS182_ART13_7, ETS182_ART26_5, ETS182_ART33_2_ART17,
                ETS182_ART33_2_ART18, ETS182_ART33_2_ART19, ETS182_ART33_2_ART20, ETS182_ART33_2_ART17 + PARTIAL,
                ETS182_ART33_2_ART18 + PARTIAL, ETS182_ART33_2_ART19 + PARTIAL, ETS182_ART33_2_ART20 + PARTIAL, ETS185_ART27_9_E,
                ETS185_ART29_4, CETS224_ART7_9_A);
    }
}
