package org.openmla.treaties.un;

import java.util.List;
import org.openmla.core.rules.RefusalGround;

/** Refusal grounds the UN packs name beyond {@link org.openmla.core.rules.StandardGrounds}. */
public final class UnGrounds {
    private UnGrounds() {}

    /** UNTOC art. 18(18), UNCAC art. 46(18). */
    public static final RefusalGround VIDEOCONFERENCE_NOT_POSSIBLE = RefusalGround.of("VIDEOCONFERENCE_NOT_POSSIBLE",
            "A hearing by video conference is not possible or not consistent with the fundamental principles of the requested State's law.");
    /** UNTOC art. 18(29)(b), UNCAC art. 46(29)(b). */
    public static final RefusalGround NON_PUBLIC_GOVERNMENT_RECORDS = RefusalGround.of("NON_PUBLIC_GOVERNMENT_RECORDS",
            "The government records sought are not available to the general public; providing them is at the requested State's discretion.");
    /** UNCAC art. 46(9)(b). */
    public static final RefusalGround AVAILABLE_UNDER_OTHER_PROVISIONS = RefusalGround.of("AVAILABLE_UNDER_OTHER_PROVISIONS",
            "The cooperation or assistance sought is available under other provisions of the convention.");
    /** UNCAC art. 43(2): a refusal on this ground alone is not permitted where the conduct is criminal in both States. */
    public static final RefusalGround OFFENCE_CATEGORY_OR_NAME_DIFFERS = RefusalGround.of("OFFENCE_CATEGORY_OR_NAME_DIFFERS",
            "The requested State's law places the offence in a different category or names it differently.");

    /** @return every ground, in declaration order */
    public static List<RefusalGround> all() {
        return List.of(VIDEOCONFERENCE_NOT_POSSIBLE, NON_PUBLIC_GOVERNMENT_RECORDS, AVAILABLE_UNDER_OTHER_PROVISIONS, OFFENCE_CATEGORY_OR_NAME_DIFFERS);
    }
}
