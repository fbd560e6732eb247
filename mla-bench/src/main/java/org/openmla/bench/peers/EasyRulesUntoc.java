package org.openmla.bench.peers;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.StateProfile;

/**
 * The UNTOC art. 18 rules written for Easy Rules 4.1, as a host would: one Easy Rules rule per pack rule, whose
 * condition is where the pack rule applies and whose action records the verdict of its test; request-level rules
 * fired once, per-measure rules once per measure with the measure as a fact. The assessments are either one fact
 * each ({@link Style#FACT_PER_ASSESSMENT}) or one map fact ({@link Style#MAP_FACT}). Complete requests only: a
 * missing assessment is an error (the pack's three-valued logic is not reproduced). Note that Easy Rules catches an
 * exception thrown by a condition and treats the rule as not applying: it fails open, where our engine fails closed.
 */
public final class EasyRulesUntoc {

    /** How the assessments are given to Easy Rules. */
    public enum Style { FACT_PER_ASSESSMENT, MAP_FACT }

    private static final Period SERIOUS = Period.ofYears(4);
    private static final Set<MeasureType> BANK = Set.of(MeasureType.BANK_AND_BUSINESS_RECORDS, MeasureType.BANK_ACCOUNT_INFORMATION,
            MeasureType.BANKING_TRANSACTION_INFORMATION, MeasureType.MONITORING_OF_BANKING_TRANSACTIONS);
    private static final Set<MeasureType> LISTED = Set.of(MeasureType.TAKING_EVIDENCE, MeasureType.SERVICE_OF_DOCUMENTS,
            MeasureType.SEARCH_AND_SEIZURE, MeasureType.FREEZING, MeasureType.EXAMINATION_OF_OBJECTS_AND_SITES,
            MeasureType.PROVISION_OF_INFORMATION, MeasureType.INFORMATION_ALREADY_HELD, MeasureType.DATABASE_INFORMATION,
            MeasureType.PUBLIC_RECORDS, MeasureType.JUDICIAL_RECORDS, MeasureType.BANK_AND_BUSINESS_RECORDS,
            MeasureType.BANK_ACCOUNT_INFORMATION, MeasureType.BANKING_TRANSACTION_INFORMATION, MeasureType.TRACING_PROCEEDS,
            MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON,
            MeasureType.VIDEOCONFERENCE_HEARING);

    private final Style style;
    private final RulesEngine engine = new DefaultRulesEngine();
    private final Rules requestRules = new Rules();
    private final Rules measureRules = new Rules();

    /** @param style how the assessments are given */
    public EasyRulesUntoc(Style style) {
        this.style = style;
        for (UntocRule r : UntocRule.ALL) {
            Predicate<Facts> applies = appliesWhen(r);
            Predicate<Facts> test = when(r);
            (r.perMeasure ? measureRules : requestRules).register(new RuleBuilder()
                    .name(r.id)
                    .priority(r.ordinal())
                    .when(applies::test)
                    .then(f -> f.<UntocVerdicts>get("verdicts").record(r, f.<Integer>get("scope"), test.test(f)))
                    .build());
        }
    }

    /** @return the decision on a complete evaluation */
    public PeerDecision decide(Evaluation e) {
        MlaRequest request = e.request();
        UntocVerdicts verdicts = new UntocVerdicts(request.measures().size());
        Facts facts = new Facts();
        facts.put("request", request);
        facts.put("requestedState", e.requestedState());
        facts.put("verdicts", verdicts);
        facts.put("scope", PeerDecision.REQUEST);
        List<Assessment> perMeasure = null;
        if (style == Style.MAP_FACT) {
            Map<String, Boolean> assessments = new HashMap<>();
            for (Assessment a : e.assessments()) {
                if (a.measureIndex().isPresent()) {
                    perMeasure = add(perMeasure, a);
                } else {
                    assessments.put(a.key(), a.value());
                }
            }
            facts.put("assessments", assessments);
        } else {
            for (Assessment a : e.assessments()) {
                if (a.measureIndex().isPresent()) {
                    perMeasure = add(perMeasure, a);
                } else {
                    facts.put(a.key(), a.value());
                }
            }
        }
        engine.fire(requestRules, facts);
        List<Measure> measures = request.measures();
        for (int i = 0; i < measures.size(); i++) {
            facts.put("scope", i);
            facts.put("measure", measures.get(i));
            if (perMeasure == null) {
                engine.fire(measureRules, facts);
            } else {
                // a measure's own answers win for its rules: laid over the request's while its rules fire
                Map<String, Boolean> own = new HashMap<>();
                for (Assessment a : perMeasure) {
                    if (a.measureIndex().get() == i) {
                        own.put(a.key(), a.value());
                    }
                }
                facts.put("measureAssessments", own);
                engine.fire(measureRules, facts);
                facts.remove("measureAssessments");
            }
        }
        return verdicts.decide();
    }

    private static List<Assessment> add(List<Assessment> list, Assessment a) {
        List<Assessment> out = list == null ? new java.util.ArrayList<>() : list;
        out.add(a);
        return out;
    }

    private boolean assessed(Facts f, String key) {
        Boolean value = answer(f, key);
        if (value == null) {
            throw new IllegalStateException("incomplete evaluation: no assessment " + key);
        }
        return value;
    }

    /** An option the requested side takes: absent means no. */
    private boolean chosen(Facts f, String key) {
        return Boolean.TRUE.equals(answer(f, key));
    }

    private Boolean answer(Facts f, String key) {
        Map<String, Boolean> own = f.get("measureAssessments");
        if (own != null && own.containsKey(key)) {
            return own.get(key);
        }
        if (style == Style.MAP_FACT) {
            return f.<Map<String, Boolean>>get("assessments").get(key);
        } else {
            return f.get(key);
        }
    }

    private boolean residual(Facts f) {
        return !assessed(f, "MLA_TREATY_BINDS") || assessed(f, "AGREED_TO_APPLY_CONVENTION_PROVISIONS");
    }

    private static MlaRequest request(Facts f) {
        return f.get("request");
    }

    private static Measure measure(Facts f) {
        return f.get("measure");
    }

    private static boolean declared(Facts f, String declaration) {
        return f.<StateProfile>get("requestedState").hasDeclared(declaration);
    }

    private static boolean transmitted(Facts f, TransmissionChannel channel) {
        return request(f).transmission().map(t -> t.channel() == channel).orElseThrow(() -> new IllegalStateException("incomplete: no channel"));
    }

    private static boolean oral(Facts f) {
        return request(f).transmission().map(t -> t.form() == TransmissionForm.ORAL).orElse(false);
    }

    private Predicate<Facts> appliesWhen(UntocRule r) {
        return switch (r) {
            case SCOPE_1, PURPOSES_3, BANK_SECRECY_8, FISCAL_22, RECORDS_29_A -> f -> true;
            case SPONTANEOUS_4, CONFIDENTIALITY_5, USE_5 -> f -> request(f).isSpontaneousInformation();
            case EXCULPATORY_5 -> f -> request(f).isSpontaneousInformation()
                    && (request(f).confidentialityRequested() || request(f).useRestrictions().isPresent());
            case OTHER_ASSISTANCE_3_I -> f -> !LISTED.contains(measure(f).type()) && measure(f).type().family() != MeasureFamily.SURRENDER;
            case CONSENT_10_A, AGREEMENT_10_B, CUSTODY_11, NO_PROSECUTION_12 ->
                    f -> residual(f) && measure(f).type() == MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON;
            case CHANNEL_13 -> f -> residual(f) && request(f).transmission().isPresent();
            case ORAL_14, CONFIRMATION_14 -> f -> residual(f) && oral(f);
            case FACTS_15_C -> f -> residual(f) && !(!request(f).measures().isEmpty()
                    && request(f).measures().stream().allMatch(m -> m.type() == MeasureType.SERVICE_OF_DOCUMENTS));
            case VIDEOCONFERENCE_18 -> f -> residual(f) && measure(f).type() == MeasureType.VIDEOCONFERENCE_HEARING;
            case SAFE_CONDUCT_27 -> f -> residual(f) && measure(f).type() == MeasureType.FACILITATING_VOLUNTARY_APPEARANCE;
            case RECORDS_29_B -> f -> residual(f) && measure(f).type() == MeasureType.PUBLIC_RECORDS;
            default -> this::residual;
        };
    }

    private Predicate<Facts> when(UntocRule r) {
        return switch (r) {
            case SCOPE_1 -> f -> (serious(request(f)) || listedOffence(request(f)) || assessed(f, "UNTOC_CONVENTION_OFFENCE"))
                    && assessed(f, "TRANSNATIONAL_ORGANISED_CRIME");
            case PURPOSES_3 -> f -> measure(f).type().family() != MeasureFamily.SURRENDER;
            case OTHER_ASSISTANCE_3_I -> f -> !assessed(f, "OTHER_ASSISTANCE_CONTRARY_TO_LAW");
            case BANK_SECRECY_8 -> f -> request(f).measures().stream().anyMatch(m -> BANK.contains(m.type()));
            case DUAL_CRIMINALITY_9 -> f -> !assessed(f, "DUAL_CRIMINALITY");
            case CONSENT_10_A -> f -> assessed(f, "DETAINED_PERSON_CONSENT");
            case AGREEMENT_10_B -> f -> assessed(f, "TRANSFER_AGREED_BY_BOTH_STATES");
            case CUSTODY_11, NO_PROSECUTION_12, USE_LIMITATION_19, SAFE_CONDUCT_27 -> f -> true;
            case CHANNEL_13 -> f -> (transmitted(f, TransmissionChannel.CENTRAL_AUTHORITY) && !declared(f, "UNTOC.18.13.DIPLOMATIC_CHANNEL"))
                    || transmitted(f, TransmissionChannel.DIPLOMATIC)
                    || (transmitted(f, TransmissionChannel.INTERPOL) && request(f).isUrgent() && declared(f, "UNTOC.18.13.INTERPOL"));
            case ORAL_14 -> f -> request(f).isUrgent() && (declared(f, "UNTOC.18.14.ORAL_REQUESTS") || assessed(f, "ORAL_REQUEST_AGREED"));
            case CONFIRMATION_14 -> f -> request(f).transmission().map(t -> t.form() != TransmissionForm.ORAL || t.writtenConfirmation().isPresent())
                    .orElse(true);
            case LANGUAGE_14 -> f -> inAcceptedLanguage(f) || assessed(f, "LANGUAGE_ACCEPTABLE");
            case AUTHENTICITY_14 -> f -> assessed(f, "AUTHENTICITY_ESTABLISHED");
            case AUTHORITY_15_A -> f -> request(f).requestingParty().authority().isPresent();
            case SUBJECT_15_B -> f -> request(f).proceedings().subjectMatter().isPresent()
                    && (request(f).proceedings().conductingAuthority().isPresent() || request(f).requestingParty().authority().isPresent());
            case FACTS_15_C -> f -> request(f).factsSummary().isPresent();
            case ASSISTANCE_15_D -> f -> !request(f).measures().isEmpty()
                    && request(f).measures().stream().allMatch(m -> m.description().isPresent() || !m.targets().isEmpty());
            case PERSONS_15_E -> f -> request(f).persons().stream().allMatch(p -> p.isIdentified()) || assessed(f, "PERSON_DETAILS_NOT_POSSIBLE");
            case PURPOSE_15_F -> f -> request(f).purpose().isPresent();
            case MORE_INFORMATION_16 -> f -> !assessed(f, "ADDITIONAL_INFORMATION_NEEDED");
            case VIDEOCONFERENCE_18 -> f -> assessed(f, "VIDEOCONFERENCE_NOT_POSSIBLE");
            case CONFIDENTIALITY_20 -> f -> request(f).confidentialityRequested();
            case NON_CONFORMITY_21_A -> f -> assessed(f, "REQUEST_NOT_IN_CONFORMITY");
            case ESSENTIAL_INTERESTS_21_B -> f -> assessed(f, "ESSENTIAL_INTERESTS");
            case DOMESTIC_PROHIBITION_21_C -> f -> assessed(f, "DOMESTIC_PROHIBITION");
            case LEGAL_SYSTEM_21_D -> f -> assessed(f, "CONTRARY_TO_MLA_LEGAL_SYSTEM");
            case FISCAL_22 -> f -> residual(f) && (request(f).offences().stream().anyMatch(o -> o.category().map(OffenceCategory::isFiscal)
                    .orElse(false)) || assessed(f, "FISCAL_OFFENCE"));
            case POSTPONEMENT_25 -> f -> assessed(f, "INTERFERES_WITH_PROCEEDINGS");
            case CONSULTATION_26 -> f -> (assessed(f, "REQUEST_NOT_IN_CONFORMITY") || assessed(f, "ESSENTIAL_INTERESTS")
                    || assessed(f, "DOMESTIC_PROHIBITION") || assessed(f, "CONTRARY_TO_MLA_LEGAL_SYSTEM") || assessed(f, "INTERFERES_WITH_PROCEEDINGS"))
                    && !chosen(f, "CONSULTATION_HELD");
            case CONSULTATION_TERMS_26 -> f -> chosen(f, "CONSULTATION_CONDITIONS_ACCEPTED");
            case COSTS_28 -> f -> assessed(f, "SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES");
            case RECORDS_29_B -> f -> assessed(f, "RECORDS_NOT_PUBLICLY_AVAILABLE");
            case RECORDS_29_A -> f -> residual(f) && measure(f).type() == MeasureType.PUBLIC_RECORDS && !assessed(f, "RECORDS_NOT_PUBLICLY_AVAILABLE");
            case SPONTANEOUS_4 -> f -> assessed(f, "INFORMATION_ON_CRIMINAL_MATTERS");
            case CONFIDENTIALITY_5 -> f -> request(f).confidentialityRequested();
            case USE_5 -> f -> request(f).useRestrictions().isPresent();
            case EXCULPATORY_5 -> f -> chosen(f, "EXCULPATORY_DISCLOSURE");
        };
    }

    private static boolean inAcceptedLanguage(Facts f) {
        MlaRequest r = request(f);
        StateProfile p = f.get("requestedState");
        if (r.language().isEmpty() || p.acceptedLanguages().isEmpty()) {
            throw new IllegalStateException("incomplete: the language or the accepted languages are not known");
        }
        return p.acceptedLanguages().contains(r.language().get());
    }

    static boolean serious(MlaRequest r) {
        if (r.offences().isEmpty()) {
            throw new IllegalStateException("incomplete: no offence");
        }
        for (Offence o : r.offences()) {
            if (o.maxPenalty().isEmpty()) {
                throw new IllegalStateException("incomplete: an offence without its penalty");
            }
            if (o.maxPenalty().get().custodyAtLeast(SERIOUS) || o.maxPenalty().get().deathPenalty()) {
                return true;
            }
        }
        return false;
    }

    static boolean listedOffence(MlaRequest r) {
        return r.offences().stream().anyMatch(o -> o.category().map(c -> c == OffenceCategory.PARTICIPATION_IN_CRIMINAL_ORGANISATION
                || c == OffenceCategory.LAUNDERING || c == OffenceCategory.OBSTRUCTION_OF_JUSTICE).orElse(false));
    }
}
