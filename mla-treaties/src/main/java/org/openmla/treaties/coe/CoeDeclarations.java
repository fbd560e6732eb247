package org.openmla.treaties.coe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ids of the declarations and reservations that change the Council of Europe packs' rules, as they appear in a
 * State's {@link org.openmla.core.rules.StateProfile#declarations()}, and the rules each one changes.
 *
 * <p>An id names the instrument, the article under which the declaration or reservation is made and, where the
 * article offers a choice, the choice: {@code ETS30.ART5.1.a} is a declaration under ETS 30 art. 5(1) making search
 * and seizure subject to dual criminality. A declaration is in a profile only while it is in force for that State on
 * the law date; party data produce the profiles.
 */
public final class CoeDeclarations {
    private CoeDeclarations() {}

    /**
     * A kind of declaration or reservation and the rules it changes.
     *
     * @param id the id used in state profiles
     * @param citation the article under which it is made, e.g. {@code ETS30 art. 5(1)(a)}
     * @param meaning what it does, in words
     * @param ruleIds the rules whose application depends on it (as the requested State's or, reciprocally, the
     *     requesting State's declaration); empty when it is recorded for information only
     */
    public record Kind(String id, String citation, String meaning, List<String> ruleIds) {
        /** @throws NullPointerException if a field is null */
        public Kind {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(meaning, "meaning");
            ruleIds = List.copyOf(ruleIds);
        }
    }

    // ---- ETS 30 ----
    public static final String ETS30_ART5_1_A = "ETS30.ART5.1.a";
    public static final String ETS30_ART5_1_B = "ETS30.ART5.1.b";
    public static final String ETS30_ART5_1_C = "ETS30.ART5.1.c";
    public static final String ETS30_ART7_3 = "ETS30.ART7.3";
    public static final String ETS30_ART15_6 = "ETS30.ART15.6";
    public static final String ETS30_ART15_8 = "ETS30.ART15.8";
    public static final String ETS30_ART16_2 = "ETS30.ART16.2";
    public static final String ETS30_ART23_NE_BIS_IN_IDEM = "ETS30.ART23.NE_BIS_IN_IDEM";
    public static final String ETS30_ART23_DEATH_PENALTY = "ETS30.ART23.DEATH_PENALTY";
    public static final String ETS30_ART23_SPECIALITY = "ETS30.ART23.SPECIALITY";
    public static final String ETS30_ART24 = "ETS30.ART24";

    // ---- ETS 99 ----
    public static final String ETS99_ART8_2_A = "ETS99.ART8.2.a";
    public static final String ETS99_ART8_2_A_PARTIAL = "ETS99.ART8.2.a.PARTIAL";
    public static final String ETS99_ART8_2_A_SEARCH = "ETS99.ART8.2.a.SEARCH";

    // ---- ETS 182 ----
    public static final String ETS182_ART9_9 = "ETS182.ART9.9";
    public static final String ETS182_ART11_4 = "ETS182.ART11.4";
    public static final String ETS182_ART13_7 = "ETS182.ART13.7";
    public static final String ETS182_ART26_5 = "ETS182.ART26.5";
    public static final String ETS182_ART27 = "ETS182.ART27";
    public static final String ETS182_ART33_2_ART16 = "ETS182.ART33.2.ART16";
    public static final String ETS182_ART33_2_ART17 = "ETS182.ART33.2.ART17";
    public static final String ETS182_ART33_2_ART18 = "ETS182.ART33.2.ART18";
    public static final String ETS182_ART33_2_ART19 = "ETS182.ART33.2.ART19";
    public static final String ETS182_ART33_2_ART20 = "ETS182.ART33.2.ART20";
    /** Suffix of a reservation that excludes an article of ETS 182 only in part, e.g. {@code ETS182.ART33.2.ART17.PARTIAL}. */
    public static final String PARTIAL = ".PARTIAL";

    // ---- ETS 185 ----
    public static final String ETS185_ART27_9_E = "ETS185.ART27.9.e";
    public static final String ETS185_ART29_4 = "ETS185.ART29.4";

    // ---- CETS 224 ----
    public static final String CETS224_ART7_9_A = "CETS224.ART7.9.a";
    public static final String CETS224_ART19_2_ART8 = "CETS224.ART19.2.ART8";

    private static final List<Kind> KINDS = List.of(
            new Kind(ETS30_ART5_1_A, "ETS30 art. 5(1)(a)", "Search or seizure only if the offence is punishable under both laws.",
                    List.of("ets30.5.1.a", "ets30.5.2.a")),
            new Kind(ETS30_ART5_1_B, "ETS30 art. 5(1)(b)", "Search or seizure only if the offence is extraditable in the requested State.",
                    List.of("ets30.5.1.b", "ets30.5.2.b")),
            new Kind(ETS30_ART5_1_C, "ETS30 art. 5(1)(c)", "Search or seizure only if execution is consistent with the requested State's law.",
                    List.of("ets30.5.1.c", "ets30.5.2.c")),
            new Kind(ETS30_ART7_3, "ETS30 art. 7(3)",
                    "A summons on an accused person in its territory must reach it a declared time (at most 50 days) before the appearance.",
                    List.of("ets30.7.3")),
            new Kind(ETS30_ART15_6, "ETS30 art. 15(6)", "Requests are to be sent through channels other than those of art. 15.",
                    List.of("ets30.15", "ets30.15.6")),
            new Kind(ETS30_ART15_8, "ETS30 art. 15(8)",
                    "Under art. 15 as replaced by ETS 182 art. 4: requests or copies are to go to a designated authority or channel.",
                    List.of("ets182.4.15", "ets182.4.15.8")),
            new Kind(ETS30_ART16_2, "ETS30 art. 16(2)", "Requests and annexed documents must be accompanied by a translation.",
                    List.of("ets30.16.1", "ets30.16.2", "ets30.16.2.reciprocity")),
            new Kind(ETS30_ART23_NE_BIS_IN_IDEM, "ETS30 art. 23(1)", "Reservation adding ne bis in idem as a ground for refusal.",
                    List.of("ets30.23.1.ne-bis-in-idem", "ets30.23.3.ne-bis-in-idem")),
            new Kind(ETS30_ART23_DEATH_PENALTY, "ETS30 art. 23(1)",
                    "Reservation adding a ground for refusal where the death penalty may be imposed and no sufficient assurance is given.",
                    List.of("ets30.23.1.death-penalty")),
            new Kind(ETS30_ART23_SPECIALITY, "ETS30 art. 23(1)",
                    "Reservation limiting the use of evidence to the proceedings for which it was provided.",
                    List.of("ets30.23.1.speciality", "ets30.23.3.speciality")),
            new Kind(ETS30_ART24, "ETS30 art. 24", "Defines which authorities the State deems judicial authorities.",
                    List.of("ets30.3.1")),
            new Kind(ETS99_ART8_2_A, "ETS99 art. 8(2)(a)", "Does not accept Chapter I of ETS 99 (fiscal offences).",
                    List.of("ets99.1", "ets99.2.1", "ets99.2.1.reciprocity", "ets99.2.2")),
            new Kind(ETS99_ART8_2_A_PARTIAL, "ETS99 art. 8(2)(a)",
                    "Accepts Chapter I of ETS 99 only for certain offences or categories of offences.",
                    List.of("ets99.1", "ets99.2.1", "ets99.2.1.reciprocity", "ets99.2.2")),
            new Kind(ETS99_ART8_2_A_SEARCH, "ETS99 art. 8(2)(a)",
                    "Does not comply with letters rogatory for search or seizure of property in respect of fiscal offences.",
                    List.of("ets99.1")),
            new Kind(ETS182_ART9_9, "ETS182 art. 9(9)",
                    "Will not apply art. 9 to hearings by video conference of accused persons or suspects.", List.of("ets182.9.9")),
            new Kind(ETS182_ART11_4, "ETS182 art. 11(4)",
                    "Not bound by conditions on spontaneous information unless notified in advance and agreed.", List.of()),
            new Kind(ETS182_ART13_7, "ETS182 art. 13(7)",
                    "The consent of the person concerned is required before a transfer to the requested State is agreed.",
                    List.of("ets182.13.7")),
            new Kind(ETS182_ART26_5, "ETS182 art. 26(5)",
                    "Personal data it transmits may not be used even for the purposes of art. 26(1) without its prior consent.",
                    List.of("ets182.26.5")),
            new Kind(ETS182_ART27, "ETS182 art. 27", "Defines the administrative authorities for ETS 30 art. 1(3).", List.of()),
            new Kind(ETS182_ART33_2_ART16, "ETS182 art. 33(2)", "Does not accept art. 16 (service by post).", List.of()),
            new Kind(ETS182_ART33_2_ART17, "ETS182 art. 33(2)", "Does not accept art. 17 (cross-border observation).",
                    List.of("ets182.17.1")),
            new Kind(ETS182_ART33_2_ART18, "ETS182 art. 33(2)", "Does not accept art. 18 (controlled delivery).", List.of("ets182.18.1")),
            new Kind(ETS182_ART33_2_ART19, "ETS182 art. 33(2)", "Does not accept art. 19 (covert investigations).", List.of("ets182.19.1")),
            new Kind(ETS182_ART33_2_ART20, "ETS182 art. 33(2)", "Does not accept art. 20 (joint investigation teams).",
                    List.of("ets182.20.1")),
            new Kind(ETS182_ART33_2_ART17 + PARTIAL, "ETS182 art. 33(2)", "Accepts art. 17 only in part.", List.of("ets182.17.1")),
            new Kind(ETS182_ART33_2_ART18 + PARTIAL, "ETS182 art. 33(2)", "Accepts art. 18 only in part.", List.of("ets182.18.1")),
            new Kind(ETS182_ART33_2_ART19 + PARTIAL, "ETS182 art. 33(2)", "Accepts art. 19 only in part.", List.of("ets182.19.1")),
            new Kind(ETS182_ART33_2_ART20 + PARTIAL, "ETS182 art. 33(2)", "Accepts art. 20 only in part.", List.of("ets182.20.1")),
            new Kind(ETS185_ART27_9_E, "ETS185 art. 27(9)(e)", "Urgent requests are to be addressed to its central authority.",
                    List.of("ets185.27.9")),
            new Kind(ETS185_ART29_4, "ETS185 art. 29(4)",
                    "May refuse preservation for offences other than those of arts. 2 to 11 where dual criminality cannot be fulfilled "
                            + "at disclosure.",
                    List.of("ets185.29.3", "ets185.29.4")),
            new Kind(CETS224_ART7_9_A, "CETS224 art. 7(9)(a)", "Reserves the right not to apply art. 7 (disclosure of subscriber information).",
                    List.of("cets224.7.9.a")),
            new Kind(CETS224_ART19_2_ART8, "CETS224 art. 19(2)",
                    "Declaration concerning art. 8; its content is not in the legal reference.", List.of()));

    /** @return every kind of declaration or reservation the packs know, in order */
    public static List<Kind> kinds() {
        return KINDS;
    }

    /** @return the kind with this id */
    public static Optional<Kind> kind(String id) {
        return KINDS.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
