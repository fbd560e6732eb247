package org.openmla.treaties.un;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
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
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StateProfile;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.scenario.ScenarioRunner;

/**
 * The baselines the UN scenario tables start from: a request each pack grants (Belgium asks the Netherlands for bank
 * records and a witness hearing), the assessments that clear it, and named edits of the request. Names in the requests
 * are fictional test data.
 */
public final class UnFixtures {
    private UnFixtures() {}

    public static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    public static final Jurisdiction BE = Jurisdiction.of("BE");
    public static final Jurisdiction NL = Jurisdiction.of("NL");

    /** The citation and rule-id scheme of a convention's assistance article, to write one table for UNTOC 18 and UNCAC 46. */
    public record Art(String instrument, String article) {
        public String id(String... parts) {
            return instrument.toLowerCase(java.util.Locale.ROOT) + "." + article + "." + String.join(".", parts);
        }

        public String cite(String... points) {
            StringBuilder sb = new StringBuilder(instrument).append(" art. ").append(article);
            for (String p : points) {
                sb.append('(').append(p).append(')');
            }
            return sb.toString();
        }

        public String declaration(String paragraph, String name) {
            return instrument + "." + article + "." + paragraph + "." + name;
        }
    }

    public static final Art UNTOC = new Art("UNTOC", "18");
    public static final Art UNCAC = new Art("UNCAC", "46");

    static MlaRequest.Builder request(String id, String legalBasis, Offence offence) {
        return MlaRequest.builder(id, BE, NL)
                .requestingAuthority(Authority.of("Federal Prosecutor's Office", AuthorityKind.PROSECUTOR))
                .legalBasis(legalBasis)
                .dateIssued(LocalDate.of(2026, 2, 20))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Investigation into a criminal network active in several States"))
                .language(LanguageCode.of("en"))
                .transmission(Transmission.written(TransmissionChannel.CENTRAL_AUTHORITY))
                .factsSummary("Proceeds of the offences were paid into accounts held at a bank in the requested State.")
                .purpose("To trace the proceeds and to hear the bank's compliance officer as a witness.")
                .offence(offence)
                .person(Person.builder("p1", PersonRole.SUSPECT).name("Test Suspect").build())
                .measure(Measure.builder(MeasureType.BANK_AND_BUSINESS_RECORDS).target(MeasureTarget.person("p1"))
                        .description("Account statements 2024-2025").build())
                .measure(Measure.builder(MeasureType.TAKING_EVIDENCE).description("Hear the compliance officer as a witness").build());
    }

    /** @return a UNTOC request: drug trafficking punishable by 20 years */
    public static MlaRequest.Builder untocRequest() {
        return request("UNTOC-2026-1", "UNTOC", Offence.builder().description("Trafficking in narcotic drugs").statutoryProvision("Drugs Act art. 2")
                .maxPenalty(Penalty.imprisonmentYears(20)).category(OffenceCategory.DRUG_TRAFFICKING).build());
    }

    /** @return a UNCAC request: bribery of a public official punishable by 10 years */
    public static MlaRequest.Builder uncacRequest() {
        return request("UNCAC-2026-1", "UNCAC", Offence.builder().description("Bribery of a public official").statutoryProvision("Criminal Code art. 246")
                .maxPenalty(Penalty.imprisonmentYears(10)).category(OffenceCategory.CORRUPTION).build());
    }

    /** @return the requested State's profile: the Netherlands accepting requests in English */
    public static StateProfile requestedProfile() {
        return new StateProfile(NL, Set.of(), Set.of(LanguageCode.of("en")));
    }

    /** @return the assessments under which nothing in the article stands in the way */
    public static Map<AssessmentKey, Boolean> clearedConvention() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(StandardAssessments.MLA_TREATY_BINDS, false);
        m.put(UnAssessments.AUTHENTICITY_ESTABLISHED, true);
        m.put(UnAssessments.ADDITIONAL_INFORMATION_NEEDED, false);
        m.put(UnAssessments.REQUEST_NOT_IN_CONFORMITY, false);
        m.put(StandardAssessments.ESSENTIAL_INTERESTS, false);
        m.put(StandardAssessments.DOMESTIC_PROHIBITION, false);
        m.put(StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(StandardAssessments.FISCAL_OFFENCE, false);
        m.put(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false);
        m.put(UnAssessments.SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES, false);
        return m;
    }

    /** @return the runner for a convention pack */
    public static ScenarioRunner runner(Art art) {
        Map<AssessmentKey, Boolean> cleared = clearedConvention();
        if (art.equals(UNTOC)) {
            cleared.put(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME, true);
        }
        return new ScenarioRunner(BuiltInPacks.registry(), java.util.List.of(art.instrument()),
                art.equals(UNTOC) ? UnFixtures::untocRequest : UnFixtures::uncacRequest, cleared, requestedProfile(), LAW_DATE);
    }

    // ---- named edits ----

    /** @return an edit that replaces the measures with one of this type, aimed at a new person of this role */
    public static UnaryOperator<MlaRequest.Builder> onlyMeasure(MeasureType type, PersonRole role) {
        return b -> b.clearMeasures().person(Person.builder("p2", role).name("Test Person").build())
                .measure(Measure.builder(type).target(MeasureTarget.person("p2")).description("As described").build());
    }

    /** @return an edit that adds a described measure of this type */
    public static UnaryOperator<MlaRequest.Builder> addMeasure(MeasureType type) {
        return b -> b.measure(Measure.builder(type).description("As described").build());
    }

    /** @return an edit that sends the request through this channel */
    public static UnaryOperator<MlaRequest.Builder> sentVia(TransmissionChannel channel) {
        return b -> b.transmission(Transmission.written(channel));
    }

    /** @return an edit that makes the request oral, confirmed in writing on the date or not (null) */
    public static UnaryOperator<MlaRequest.Builder> madeOrally(LocalDate confirmed) {
        return b -> b.transmission(new Transmission(TransmissionChannel.CENTRAL_AUTHORITY, TransmissionForm.ORAL, java.util.Optional.ofNullable(confirmed)));
    }

    /** @return an edit that marks the request urgent */
    public static UnaryOperator<MlaRequest.Builder> urgent() {
        return b -> b.urgent("Funds are about to be moved");
    }

    /** @return an edit that adds an offence */
    public static UnaryOperator<MlaRequest.Builder> alsoOffence(OffenceCategory category, int years) {
        return b -> b.offence(Offence.builder().description("Further offence").statutoryProvision("Code art. 1").maxPenalty(Penalty.imprisonmentYears(years))
                .category(category).build());
    }

    /** @return an edit that replaces the offences with one */
    public static UnaryOperator<MlaRequest.Builder> onlyOffence(OffenceCategory category, Penalty penalty) {
        return b -> b.clearOffences().offence(Offence.builder().description("The offence").statutoryProvision("Code art. 1").maxPenalty(penalty)
                .category(category).build());
    }

    /** @return an edit that removes the requesting authority (rebuilding the request without it) */
    public static UnaryOperator<MlaRequest.Builder> withoutRequestingAuthority() {
        return b -> {
            MlaRequest r = b.build();
            MlaRequest.Builder n = MlaRequest.builder(r.id().value(), r.requestingState(), r.requestedState())
                    .dateIssued(r.dateIssued().orElse(null)).urgency(r.urgency().orElse(null)).confidentialityRequested(r.confidentialityRequested())
                    .proceedings(r.proceedings()).language(r.language().orElse(null)).transmission(r.transmission().orElse(null))
                    .factsSummary(r.factsSummary().orElse(null)).purpose(r.purpose().orElse(null));
            r.legalBasis().forEach(n::legalBasis);
            r.offences().forEach(n::offence);
            r.persons().forEach(n::person);
            r.measures().forEach(n::measure);
            r.attachments().forEach(n::attachment);
            return n;
        };
    }
}
