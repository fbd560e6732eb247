package org.openmla.bench.peers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.StateProfile;

/**
 * Complete UNTOC evaluations, generated from a seed: every assessment the pack asks for is given, and the request
 * states what the rules read (language, penalties), so that every finding is determined. They vary what the rules
 * look at: offences and penalties, measure types (transfer, video conference, public records, bank, service,
 * surrender, unlisted), channel and form, urgency, declarations, missing contents, every assessment, the options of
 * art. 18(26) and answers given for one measure only.
 */
public final class UntocEvaluations {
    private UntocEvaluations() {}

    /** The law date of every generated evaluation. */
    public static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Jurisdiction NL = Jurisdiction.of("NL");
    private static final Jurisdiction CH = Jurisdiction.of("CH");
    /** Every assessment the UNTOC pack asks for (it also declares the {@link #OPTIONS}). */
    public static final List<String> ASSESSMENTS = List.of("TRANSNATIONAL_ORGANISED_CRIME", "UNTOC_CONVENTION_OFFENCE", "MLA_TREATY_BINDS",
            "AGREED_TO_APPLY_CONVENTION_PROVISIONS", "OTHER_ASSISTANCE_CONTRARY_TO_LAW", "DUAL_CRIMINALITY", "DETAINED_PERSON_CONSENT",
            "TRANSFER_AGREED_BY_BOTH_STATES", "ORAL_REQUEST_AGREED", "LANGUAGE_ACCEPTABLE", "AUTHENTICITY_ESTABLISHED",
            "PERSON_DETAILS_NOT_POSSIBLE", "ADDITIONAL_INFORMATION_NEEDED", "VIDEOCONFERENCE_NOT_POSSIBLE", "REQUEST_NOT_IN_CONFORMITY",
            "ESSENTIAL_INTERESTS", "DOMESTIC_PROHIBITION", "CONTRARY_TO_MLA_LEGAL_SYSTEM", "FISCAL_OFFENCE", "INTERFERES_WITH_PROCEEDINGS",
            "SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES", "RECORDS_NOT_PUBLICLY_AVAILABLE");
    /** The options the pack reads as "no" unless given (a consultation held, conditions accepted in it). */
    public static final List<String> OPTIONS = List.of("CONSULTATION_HELD", "CONSULTATION_CONDITIONS_ACCEPTED");
    /** The assessments of per-measure rules, which an officer may also answer for one measure. */
    private static final List<String> PER_MEASURE = List.of("DOMESTIC_PROHIBITION", "OTHER_ASSISTANCE_CONTRARY_TO_LAW",
            "RECORDS_NOT_PUBLICLY_AVAILABLE", "VIDEOCONFERENCE_NOT_POSSIBLE", "DETAINED_PERSON_CONSENT");
    private static final MeasureType[] MEASURES = {MeasureType.TAKING_EVIDENCE, MeasureType.BANK_AND_BUSINESS_RECORDS,
        MeasureType.BANK_ACCOUNT_INFORMATION, MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, MeasureType.VIDEOCONFERENCE_HEARING,
        MeasureType.PUBLIC_RECORDS, MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, MeasureType.SERVICE_OF_DOCUMENTS,
        MeasureType.MONITORING_OF_BANKING_TRANSACTIONS, MeasureType.CONTROLLED_DELIVERY, MeasureType.SURRENDER, MeasureType.SEARCH_AND_SEIZURE};
    private static final OffenceCategory[] CATEGORIES = {OffenceCategory.LAUNDERING, OffenceCategory.PARTICIPATION_IN_CRIMINAL_ORGANISATION,
        OffenceCategory.OBSTRUCTION_OF_JUSTICE, OffenceCategory.DRUG_TRAFFICKING, OffenceCategory.FRAUD, OffenceCategory.TAX_OFFENCE,
        OffenceCategory.CUSTOMS_OFFENCE};
    private static final List<String> DECLARATIONS = List.of("UNTOC.18.13.DIPLOMATIC_CHANNEL", "UNTOC.18.13.INTERPOL",
            "UNTOC.18.14.ORAL_REQUESTS");

    /**
     * Every assessment the UNTOC pack asks for: the facts of a request an officer has fully assessed, with nothing that
     * stands in the way of assistance and no treaty of mutual legal assistance between the States (so that the whole
     * of art. 18 applies). The party data does not answer that question for every pair of States.
     *
     * @param at when they were made
     * @return the assessments
     */
    public static List<Assessment> completeAssessments(Instant at) {
        List<Assessment> out = new ArrayList<>();
        for (String key : ASSESSMENTS) {
            boolean value = switch (key) {
                case "TRANSNATIONAL_ORGANISED_CRIME", "DUAL_CRIMINALITY", "DETAINED_PERSON_CONSENT", "TRANSFER_AGREED_BY_BOTH_STATES",
                        "AUTHENTICITY_ESTABLISHED", "LANGUAGE_ACCEPTABLE" -> true;
                default -> false;
            };
            out.add(new Assessment(key, value, Optional.empty(), "officer-17", at, Optional.empty()));
        }
        return out;
    }

    /** @return {@code count} evaluations generated from the seed; the same seed gives the same evaluations */
    public static List<Evaluation> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Evaluation> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(random, i));
        }
        return out;
    }

    private static Evaluation one(Random random, int n) {
        Authority prosecutor = Authority.of("Public Prosecutor's Office", AuthorityKind.PROSECUTOR);
        MlaRequest.Builder b = MlaRequest.builder("GEN-" + n, NL, CH)
                .legalBasis("UNTOC")
                .dateIssued(LocalDate.of(2026, 2, 1))
                .language(LanguageCode.of(random.nextInt(4) == 0 ? "nl" : "en"));
        if (chance(random, 0.9)) {
            b.requestingAuthority(prosecutor);
        }
        b.proceedings(new Proceedings(Optional.of(ProceedingsStage.INVESTIGATION),
                chance(random, 0.9) ? Optional.of("Investigation into an organised criminal group.") : Optional.empty(),
                chance(random, 0.7) ? Optional.of(prosecutor) : Optional.empty(), Optional.empty()));
        if (chance(random, 0.9)) {
            b.factsSummary("A group imported goods and moved the proceeds abroad.");
        }
        if (chance(random, 0.9)) {
            b.purpose("Evidence for trial.");
        }
        if (chance(random, 0.3)) {
            b.urgency(Urgency.of(random.nextBoolean() ? UrgencyLevel.URGENT : UrgencyLevel.EMERGENCY, "A hearing is set."));
        }
        b.confidentialityRequested(random.nextBoolean());
        if (chance(random, 0.9)) {
            TransmissionChannel channel = pick(random, TransmissionChannel.CENTRAL_AUTHORITY, TransmissionChannel.CENTRAL_AUTHORITY,
                    TransmissionChannel.DIPLOMATIC, TransmissionChannel.INTERPOL, TransmissionChannel.DIRECT_JUDICIAL);
            TransmissionForm form = chance(random, 0.2) ? TransmissionForm.ORAL : TransmissionForm.WRITTEN;
            b.transmission(new Transmission(channel, form, form == TransmissionForm.ORAL && random.nextBoolean()
                    ? Optional.of(LocalDate.of(2026, 2, 3)) : Optional.empty()));
        }
        int offences = 1 + random.nextInt(2);
        for (int i = 0; i < offences; i++) {
            Offence.Builder o = Offence.builder().description("Offence " + i).maxPenalty(Penalty.imprisonmentYears(1 + random.nextInt(8)));
            if (chance(random, 0.7)) {
                o.category(pick(random, CATEGORIES));
            }
            b.offence(o.build());
        }
        b.person(Person.builder("p1", PersonRole.SUSPECT).name("Suspect Example").build());
        if (chance(random, 0.3)) {
            b.person(Person.builder("w1", PersonRole.WITNESS).location("Zurich").build());
        }
        int measures = 1 + random.nextInt(3);
        for (int i = 0; i < measures; i++) {
            Measure.Builder m = Measure.builder(pick(random, MEASURES));
            if (chance(random, 0.8)) {
                m.description("What is asked for.");
            } else if (random.nextBoolean()) {
                m.target(MeasureTarget.person("p1"));
            }
            b.measure(m.build());
        }
        MlaRequest request = b.build();
        Set<String> declarations = new HashSet<>();
        for (String d : DECLARATIONS) {
            if (chance(random, 0.3)) {
                declarations.add(d);
            }
        }
        List<Assessment> assessments = new ArrayList<>(ASSESSMENTS.size());
        for (String key : ASSESSMENTS) {
            boolean usual = switch (key) {
                case "TRANSNATIONAL_ORGANISED_CRIME", "DUAL_CRIMINALITY", "DETAINED_PERSON_CONSENT", "TRANSFER_AGREED_BY_BOTH_STATES",
                        "AUTHENTICITY_ESTABLISHED", "LANGUAGE_ACCEPTABLE" -> true;
                default -> false;
            };
            boolean value = chance(random, 0.85) == usual;
            assessments.add(new Assessment(key, value, Optional.empty(), "officer-17", AT, Optional.empty()));
        }
        for (String key : OPTIONS) {
            if (chance(random, 0.4)) {
                assessments.add(new Assessment(key, random.nextBoolean(), Optional.empty(), "officer-17", AT, Optional.empty()));
            }
        }
        for (int m = 0; m < measures; m++) {
            if (chance(random, 0.25)) {
                assessments.add(new Assessment(pick(random, PER_MEASURE.toArray(String[]::new)), random.nextBoolean(), Optional.of(m),
                        "officer-17", AT, Optional.empty()));
            }
        }
        return Evaluation.of(request)
                .pack("UNTOC")
                .lawDate(LAW_DATE)
                .requestedState(new StateProfile(CH, declarations, Set.of(LanguageCode.of("en"), LanguageCode.of("fr"))))
                .requestingState(StateProfile.empty(NL))
                .assessments(assessments)
                .build();
    }

    private static boolean chance(Random random, double p) {
        return random.nextDouble() < p;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
