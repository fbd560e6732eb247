package org.openmla.core.rules;

import java.util.List;
import java.util.Optional;

/** Grounds for refusal that recur across instruments. Packs may declare their own. */
public final class StandardGrounds {
    private StandardGrounds() {}

    public static final RefusalGround NON_CONFORMITY = RefusalGround.of("NON_CONFORMITY",
            "The request does not conform to the instrument's requirements of form and content.");
    public static final RefusalGround ESSENTIAL_INTERESTS = RefusalGround.of("ESSENTIAL_INTERESTS",
            "Prejudice to sovereignty, security, ordre public or other essential interests.");
    public static final RefusalGround DOMESTIC_PROHIBITION = RefusalGround.of("DOMESTIC_PROHIBITION",
            "Domestic law would prohibit the action for a similar offence.");
    public static final RefusalGround CONTRARY_TO_MLA_LEGAL_SYSTEM = RefusalGround.of("CONTRARY_TO_MLA_LEGAL_SYSTEM",
            "Granting would be contrary to the requested State's legal system relating to mutual legal assistance.");
    public static final RefusalGround DUAL_CRIMINALITY = RefusalGround.of("DUAL_CRIMINALITY",
            "Absence of dual criminality.");
    public static final RefusalGround BANK_SECRECY = RefusalGround.of("BANK_SECRECY", "Bank secrecy.");
    public static final RefusalGround FISCAL_OFFENCE = RefusalGround.of("FISCAL_OFFENCE",
            "The offence is a fiscal offence or is considered to involve fiscal matters.");
    public static final RefusalGround POLITICAL_OFFENCE = RefusalGround.of("POLITICAL_OFFENCE",
            "The offence is a political offence or connected with one.");
    public static final RefusalGround NE_BIS_IN_IDEM = RefusalGround.of("NE_BIS_IN_IDEM", "Ne bis in idem.");
    public static final RefusalGround DISCRIMINATION = RefusalGround.of("DISCRIMINATION",
            "Prosecution or punishment on account of sex, race, religion, nationality, ethnic origin or political opinions.");
    public static final RefusalGround IMMUNITY_OR_PRIVILEGE = RefusalGround.of("IMMUNITY_OR_PRIVILEGE",
            "An immunity or privilege makes execution impossible.");
    public static final RefusalGround MEASURE_NOT_AVAILABLE = RefusalGround.of("MEASURE_NOT_AVAILABLE",
            "The measure is not available under the requested State's law or in a similar domestic case.");
    public static final RefusalGround DEATH_PENALTY = RefusalGround.of("DEATH_PENALTY",
            "The offence is punishable by death and no sufficient assurance has been given.");
    public static final RefusalGround MILITARY_OFFENCE = RefusalGround.of("MILITARY_OFFENCE",
            "The offence is a military offence that is not an offence under ordinary criminal law.");
    public static final RefusalGround DE_MINIMIS = RefusalGround.of("DE_MINIMIS",
            "The request concerns matters of a de minimis nature.");

    /** @return every standard ground, in declaration order */
    public static List<RefusalGround> all() {
        return List.of(NON_CONFORMITY, ESSENTIAL_INTERESTS, DOMESTIC_PROHIBITION, CONTRARY_TO_MLA_LEGAL_SYSTEM, DUAL_CRIMINALITY,
                BANK_SECRECY, FISCAL_OFFENCE, POLITICAL_OFFENCE, NE_BIS_IN_IDEM, DISCRIMINATION, IMMUNITY_OR_PRIVILEGE,
                MEASURE_NOT_AVAILABLE, DEATH_PENALTY, MILITARY_OFFENCE, DE_MINIMIS);
    }

    /** @return the standard ground with this id */
    public static Optional<RefusalGround> byId(String id) {
        return all().stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
