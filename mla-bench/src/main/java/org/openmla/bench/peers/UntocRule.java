package org.openmla.bench.peers;

import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.Verdict;

/**
 * The rules of the UNTOC art. 18 pack as the peers know them: id, kind and whether the rule is evaluated per measure,
 * in the pack's order. The conditions are written out by each peer.
 */
enum UntocRule {
    SCOPE_1("untoc.18.1", RuleKind.SCOPE, false),
    SPONTANEOUS_4("untoc.18.4", RuleKind.SCOPE, false),
    CONFIDENTIALITY_5("untoc.18.5.confidentiality", RuleKind.CONDITION, false),
    USE_5("untoc.18.5.use", RuleKind.CONDITION, false),
    EXCULPATORY_5("untoc.18.5.exculpatory", RuleKind.CONDITION, false),
    PURPOSES_3("untoc.18.3", RuleKind.SCOPE, true),
    OTHER_ASSISTANCE_3_I("untoc.18.3.i", RuleKind.SCOPE, true),
    BANK_SECRECY_8("untoc.18.8", RuleKind.NOT_A_GROUND, false),
    DUAL_CRIMINALITY_9("untoc.18.9", RuleKind.DISCRETIONARY_REFUSAL, false),
    CONSENT_10_A("untoc.18.10.a", RuleKind.PRECONDITION, true),
    AGREEMENT_10_B("untoc.18.10.b", RuleKind.PRECONDITION, true),
    CUSTODY_11("untoc.18.11", RuleKind.CONDITION, true),
    NO_PROSECUTION_12("untoc.18.12", RuleKind.CONDITION, true),
    CHANNEL_13("untoc.18.13", RuleKind.FORMAL_REQUIREMENT, false),
    ORAL_14("untoc.18.14.oral", RuleKind.FORMAL_REQUIREMENT, false),
    CONFIRMATION_14("untoc.18.14.confirmation", RuleKind.FORMAL_REQUIREMENT, false),
    LANGUAGE_14("untoc.18.14.language", RuleKind.FORMAL_REQUIREMENT, false),
    AUTHENTICITY_14("untoc.18.14.authenticity", RuleKind.FORMAL_REQUIREMENT, false),
    AUTHORITY_15_A("untoc.18.15.a", RuleKind.FORMAL_REQUIREMENT, false),
    SUBJECT_15_B("untoc.18.15.b", RuleKind.FORMAL_REQUIREMENT, false),
    FACTS_15_C("untoc.18.15.c", RuleKind.FORMAL_REQUIREMENT, false),
    ASSISTANCE_15_D("untoc.18.15.d", RuleKind.FORMAL_REQUIREMENT, false),
    PERSONS_15_E("untoc.18.15.e", RuleKind.FORMAL_REQUIREMENT, false),
    PURPOSE_15_F("untoc.18.15.f", RuleKind.FORMAL_REQUIREMENT, false),
    MORE_INFORMATION_16("untoc.18.16", RuleKind.FORMAL_REQUIREMENT, false),
    VIDEOCONFERENCE_18("untoc.18.18", RuleKind.DISCRETIONARY_REFUSAL, true),
    USE_LIMITATION_19("untoc.18.19", RuleKind.CONDITION, false),
    CONFIDENTIALITY_20("untoc.18.20", RuleKind.CONDITION, false),
    NON_CONFORMITY_21_A("untoc.18.21.a", RuleKind.DISCRETIONARY_REFUSAL, false),
    ESSENTIAL_INTERESTS_21_B("untoc.18.21.b", RuleKind.DISCRETIONARY_REFUSAL, false),
    DOMESTIC_PROHIBITION_21_C("untoc.18.21.c", RuleKind.DISCRETIONARY_REFUSAL, true),
    LEGAL_SYSTEM_21_D("untoc.18.21.d", RuleKind.DISCRETIONARY_REFUSAL, false),
    FISCAL_22("untoc.18.22", RuleKind.NOT_A_GROUND, false),
    POSTPONEMENT_25("untoc.18.25", RuleKind.POSTPONEMENT, false),
    CONSULTATION_26("untoc.18.26", RuleKind.CONSULTATION, false),
    CONSULTATION_TERMS_26("untoc.18.26.terms", RuleKind.CONDITION, false),
    SAFE_CONDUCT_27("untoc.18.27", RuleKind.CONDITION, true),
    COSTS_28("untoc.18.28", RuleKind.CONSULTATION, false),
    RECORDS_29_A("untoc.18.29.a", RuleKind.NOT_A_GROUND, true),
    RECORDS_29_B("untoc.18.29.b", RuleKind.DISCRETIONARY_REFUSAL, true);

    static final UntocRule[] ALL = values();

    final String id;
    final RuleKind kind;
    final boolean perMeasure;
    /** The outcome an adverse finding gives, or null. */
    final Outcome effect;
    /** The verdict that is adverse for this kind. */
    final Verdict adverse;

    UntocRule(String id, RuleKind kind, boolean perMeasure) {
        this.id = id;
        this.kind = kind;
        this.perMeasure = perMeasure;
        this.effect = switch (kind) {
            case SCOPE -> Outcome.NOT_APPLICABLE;
            case RETURN_TO_ISSUER -> Outcome.RETURN_TO_ISSUER;
            case FORMAL_REQUIREMENT -> Outcome.DEFICIENT;
            case MANDATORY_REFUSAL, PRECONDITION -> Outcome.MUST_REFUSE;
            case DISCRETIONARY_REFUSAL -> Outcome.MAY_REFUSE;
            case POSTPONEMENT -> Outcome.POSTPONE;
            case CONDITION -> Outcome.GRANT_WITH_CONDITIONS;
            case NOT_A_GROUND, CONSULTATION, DEADLINE, EXCEPTION -> null;
        };
        this.adverse = kind.adverseVerdict() == org.openmla.core.rules.Truth.TRUE ? Verdict.TRUE : Verdict.FALSE;
    }
}
