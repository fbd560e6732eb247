package org.openmla.core.lifecycle;

import static org.openmla.core.rules.Conditions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
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
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;

/**
 * A fictional bilateral treaty, "LCX", written against the public API to give the lifecycle tests real engine
 * decisions: one rule of each kind the guards look at, and the three deadlines of an EIO-like procedure
 * (acknowledge within a week of receipt; decide within 30 days, 5 if urgent, extendable by 30; execute within 90 days
 * of the decision, 30 if urgent, extendable by 60). Citations point at the fictional treaty, not at real law.
 */
final class LifecyclePack {
    private LifecyclePack() {}

    static final RequestId CASE_ID = RequestId.of("LC-2026-1");
    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    static final Instant ASSESSED_AT = Instant.parse("2026-03-02T09:00:00Z");
    static final AssessmentKey NOT_VALIDATED = AssessmentKey.of("ORDER_NOT_VALIDATED", "Does the order lack the validation the treaty requires?");

    static final String ACK = "lcx.9.1";
    static final String DECIDE = "lcx.9.2";
    static final String EXECUTE = "lcx.9.3";

    static final Actor OFFICER = Actor.of("off-0017", "CASE_OFFICER");
    static final Actor SUPERVISOR = Actor.of("off-0002", "HEAD_OF_UNIT");

    static RulePack pack() {
        return RulePack.builder("LCX", "1.0.0")
                .title("Fictional treaty for lifecycle tests")
                .instrument(Instrument.of("LCX", "Fictional lifecycle treaty", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)))
                .effectiveFrom(LocalDate.of(2011, 1, 1))
                .rule(Rule.builder("lcx.2.1", "LCX art. 2(1)").formalRequirement()
                        .statement("The request shall contain a summary of the facts.").when(hasFactsSummary()).build())
                .rule(Rule.builder("lcx.2.2", "LCX art. 2(2)").returnToIssuer()
                        .statement("An order that lacks validation goes back to its issuer.").when(assessed(NOT_VALIDATED)).build())
                .rule(Rule.builder("lcx.3.1", "LCX art. 3(1)").mandatoryRefusal(StandardGrounds.DISCRIMINATION)
                        .statement("Assistance shall be refused where the request aims at prosecution on discriminatory grounds.")
                        .when(assessed(StandardAssessments.DISCRIMINATORY_PURPOSE)).build())
                .rule(Rule.builder("lcx.3.2.a", "LCX art. 3(2)(a)").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused where execution would prejudice essential interests.")
                        .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .rule(Rule.builder("lcx.3.2.b", "LCX art. 3(2)(b)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused for a political offence.")
                        .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
                .rule(Rule.exception("lcx.3.3", "LCX art. 3(3)")
                        .statement("Terrorist offences are not political offences.")
                        .to("lcx.3.2.b", ExceptionEffect.DISAPPLY).when(offenceInCategory(OffenceCategory.TERRORISM)).build())
                .rule(Rule.builder("lcx.3.4", "LCX art. 3(4)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .statement("Coercive measures may be refused where the conduct is not an offence in the requested State.")
                        .perMeasure().appliesWhen(coerciveMeasure()).when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
                .rule(Rule.builder("lcx.4", "LCX art. 4").notAGround(StandardGrounds.BANK_SECRECY)
                        .statement("Assistance shall not be refused on the ground of bank secrecy.")
                        .when(measureOfType(MeasureType.BANK_AND_BUSINESS_RECORDS)).build())
                .rule(Rule.builder("lcx.5", "LCX art. 5").postponement()
                        .statement("Execution may be postponed where it would interfere with ongoing proceedings.")
                        .when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build())
                .rule(Rule.builder("lcx.6", "LCX art. 6").consultation()
                        .statement("Before refusing or postponing, the requested State shall consult the requesting State.").when(always()).build())
                .rule(Rule.builder("lcx.7", "LCX art. 7").precondition()
                        .statement("A detained person may be transferred only with his or her consent.")
                        .perMeasure().appliesWhen(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(assessed(StandardAssessments.DETAINED_PERSON_CONSENT)).build())
                .rule(Rule.builder("lcx.8", "LCX art. 8").condition()
                        .statement("Evidence shall not be used for other proceedings without consent.").when(always()).build())
                .rule(Rule.builder(ACK, "LCX art. 9(1)")
                        .deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.ACKNOWLEDGEMENT, TimeLimit.weeks(1)))
                        .statement("Receipt shall be acknowledged within one week.").when(always()).build())
                .rule(Rule.builder(DECIDE, "LCX art. 9(2)")
                        .deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.days(30))
                                .urgent(TimeLimit.days(5)).extendableBy(TimeLimit.days(30)))
                        .statement("The decision shall be taken within 30 days of receipt, 5 if urgent; extendable by 30 days.")
                        .when(always()).build())
                .rule(Rule.builder(EXECUTE, "LCX art. 9(3)")
                        .deadline(DeadlineSpec.of(DeadlineEvent.DECISION, DeadlineEvent.EXECUTION, TimeLimit.days(90))
                                .urgent(TimeLimit.days(30)).extendableBy(TimeLimit.days(60)))
                        .statement("The measures shall be carried out within 90 days of the decision, 30 if urgent.")
                        .when(always()).build())
                .build();
    }

    /** A pack whose only rule throws: every decision under it is an ENGINE_ERROR. */
    static RulePack broken() {
        return RulePack.builder("LCXBROKEN", "1.0.0")
                .rule(Rule.builder("broken.1", "LCXBROKEN art. 1").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("A rule whose author made a mistake.")
                        .when(fact("a fact that cannot be computed", f -> { throw new IllegalStateException("boom"); })).build())
                .build();
    }

    static final RulesEngine ENGINE = RulesEngine.of(RulePackRegistry.of(pack(), broken()));

    /** Three measures: bank records (coercive), taking evidence, public records. */
    static MlaRequest.Builder request() {
        return request(CASE_ID.value());
    }

    static MlaRequest.Builder request(String id) {
        return MlaRequest.builder(id, Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                .requestingAuthority(Authority.of("Public Prosecutor's Office Rotterdam", AuthorityKind.PROSECUTOR))
                .legalBasis("LCX")
                .dateIssued(LocalDate.of(2026, 2, 20))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Investigation into cocaine imports"))
                .factsSummary("Containers of cocaine were imported through the port.")
                .purpose("To trace the proceeds.")
                .offence(Offence.builder().description("Drug trafficking").statutoryProvision("Opiumwet art. 2")
                        .maxPenalty(Penalty.imprisonmentYears(12)).category(OffenceCategory.DRUG_TRAFFICKING).build())
                .person(Person.builder("p1", PersonRole.SUSPECT).name("Jan Jansen").build())
                .measure(Measure.builder(MeasureType.BANK_AND_BUSINESS_RECORDS).target(MeasureTarget.person("p1")).build())
                .measure(Measure.of(MeasureType.TAKING_EVIDENCE))
                .measure(Measure.of(MeasureType.PUBLIC_RECORDS));
    }

    /** Two measures: taking evidence and the temporary transfer of a detained person. */
    static MlaRequest transferRequest() {
        return request().clearMeasures()
                .person(Person.builder("p2", PersonRole.DETAINED_PERSON).build())
                .measure(Measure.of(MeasureType.TAKING_EVIDENCE))
                .measure(Measure.builder(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON).target(MeasureTarget.person("p2")).build())
                .build();
    }

    static Assessment assess(AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "off-0017", ASSESSED_AT, null);
    }

    /** Every assessment answered so that nothing stands in the way. */
    static List<Assessment> clearedAssessments() {
        return List.of(assess(StandardAssessments.DISCRIMINATORY_PURPOSE, false), assess(StandardAssessments.ESSENTIAL_INTERESTS, false),
                assess(StandardAssessments.POLITICAL_OFFENCE, false), assess(StandardAssessments.DUAL_CRIMINALITY, true),
                assess(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false), assess(NOT_VALIDATED, false),
                assess(StandardAssessments.DETAINED_PERSON_CONSENT, true));
    }

    /** The cleared assessments with some replaced or removed (value null removes). */
    static Evaluation.Builder evaluation(MlaRequest request, Object... overrides) {
        List<Assessment> assessments = new ArrayList<>(clearedAssessments());
        for (int i = 0; i < overrides.length; i += 2) {
            AssessmentKey key = (AssessmentKey) overrides[i];
            Boolean value = (Boolean) overrides[i + 1];
            assessments.removeIf(a -> a.key().equals(key.id()));
            if (value != null) {
                assessments.add(assess(key, value));
            }
        }
        return Evaluation.of(request).pack("LCX").lawDate(LAW_DATE).assessments(assessments);
    }

    static Decision decide(Evaluation.Builder evaluation) {
        return ENGINE.evaluate(evaluation.build());
    }

    static Decision decide(Object... overrides) {
        return decide(evaluation(request().build(), overrides));
    }

    /** GRANT_WITH_CONDITIONS, with the duty to consult and the three deadlines. */
    static final Decision GRANTED = decide();
    /** The same grant, evaluated afresh a day later (a new decision), e.g. once a postponement ground has ceased. */
    static final Decision GRANTED_AGAIN = decide(evaluation(request().build()).lawDate(LAW_DATE.plusDays(1)));

    /** The grant to act on in a case: {@link #GRANTED}, or a fresh one where the case has since replaced it. */
    static Decision grantFor(RequestCase c) {
        boolean recorded = c.history().stream().anyMatch(t -> t.detail().decision().map(d -> d.decisionId().equals(GRANTED.decisionId())).orElse(false));
        boolean latest = c.latestDecision().map(d -> d.decisionId().equals(GRANTED.decisionId())).orElse(false);
        return recorded && !latest ? GRANTED_AGAIN : GRANTED;
    }
    /** MAY_REFUSE on essential interests, for the whole request. */
    static final Decision ESSENTIAL_INTERESTS = decide(StandardAssessments.ESSENTIAL_INTERESTS, true);
    /** MUST_REFUSE on discrimination. */
    static final Decision DISCRIMINATORY = decide(StandardAssessments.DISCRIMINATORY_PURPOSE, true);
    /** POSTPONE: execution would interfere with proceedings. */
    static final Decision INTERFERES = decide(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true);
    /** Partial: measure 0 (bank records) MAY_REFUSE for lack of dual criminality, measures 1 and 2 granted. */
    static final Decision NO_DUAL_CRIMINALITY = decide(StandardAssessments.DUAL_CRIMINALITY, false);
    /** DEFICIENT: no summary of the facts. */
    static final Decision DEFICIENT = decide(evaluation(request().factsSummary(null).build()));
    /** RETURN_TO_ISSUER: the order lacks validation. */
    static final Decision NOT_VALIDATED_ORDER = decide(NOT_VALIDATED, true);
    /** PENDING_ASSESSMENT with the mandatory discrimination question open. */
    static final Decision DISCRIMINATION_OPEN = decide(StandardAssessments.DISCRIMINATORY_PURPOSE, null);
    /** PENDING_ASSESSMENT with only the discretionary political-offence question open. */
    static final Decision POLITICAL_OPEN = decide(StandardAssessments.POLITICAL_OFFENCE, null);
    /** NOT_APPLICABLE: the treaty was not in force on the law date. */
    static final Decision NOT_IN_FORCE = decide(evaluation(request().build()).lawDate(LocalDate.of(2005, 1, 1)));
    /** ENGINE_ERROR under the broken pack. */
    static final Decision ENGINE_ERROR = ENGINE.evaluate(Evaluation.of(request().build()).pack("LCXBROKEN").lawDate(LAW_DATE).build());
    /** GRANT on another request. */
    static final Decision OTHER_REQUEST = decide(evaluation(request("LC-2026-999").build()));
    /** Granted, with the officer's proposed refusal on bank secrecy answered FORBIDDEN. */
    static final Decision BANK_SECRECY_PROPOSED = decide(evaluation(request().build()).proposeRefusal(StandardGrounds.BANK_SECRECY));
    /** Political offence found, but the offence is terrorism: the exception removes the ground. */
    static final Decision TERRORISM_POLITICAL = decide(evaluation(request().clearOffences()
            .offence(Offence.builder().description("Financing of terrorism").category(OffenceCategory.TERRORISM)
                    .maxPenalty(Penalty.imprisonmentYears(15)).build()).build(), StandardAssessments.POLITICAL_OFFENCE, true));
    /** Essential interests found and also proposed by the officer: the engine answers PERMITTED. */
    static final Decision ESSENTIAL_INTERESTS_PROPOSED = decide(evaluation(request().build(), StandardAssessments.ESSENTIAL_INTERESTS, true)
            .proposeRefusal(StandardGrounds.ESSENTIAL_INTERESTS));
    /** Transfer without consent: measure 1 MUST_REFUSE (precondition), measure 0 granted. */
    static final Decision TRANSFER_WITHOUT_CONSENT = decide(evaluation(transferRequest(), StandardAssessments.DETAINED_PERSON_CONSENT, false));
    /** Transfer with consent not yet asked: an open precondition question on measure 1. */
    static final Decision TRANSFER_CONSENT_OPEN = decide(evaluation(transferRequest(), StandardAssessments.DETAINED_PERSON_CONSENT, null));
    /** Granted, urgent request: the urgent limits apply. */
    static final Decision URGENT = decide(evaluation(request().urgent("Funds are about to be moved").build()));

    static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
