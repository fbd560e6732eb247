package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.RefusalCheck.Answer.FORBIDDEN;
import static org.openmla.core.rules.RefusalCheck.Answer.PERMITTED;
import static org.openmla.treaties.coe.CoeAssessments.*;
import static org.openmla.treaties.coe.CoeFixtures.*;
import static org.openmla.treaties.coe.Scenario.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Verdict;

/** Scenarios for the ETS30 pack, written from ETS 30, ETS 99, ETS 182 and the terrorism conventions. */
class Ets30ScenarioTest {

    static Scenario ets30(String name) {
        return scenario(name).pack("ETS30").request(ets30Request()).assessing(ets30Cleared());
    }

    static MlaRequest.Builder with(Measure... measures) {
        MlaRequest.Builder b = ets30Request().clearMeasures();
        for (Measure m : measures) {
            b.measure(m);
        }
        return b;
    }

    static MlaRequest.Builder between(Jurisdiction from, Jurisdiction to) {
        MlaRequest base = ets30Request().build();
        MlaRequest.Builder b = MlaRequest.builder("ETS30-2026-2", from, to).requestingAuthority(base.requestingParty().authority().orElseThrow())
                .legalBasis("ETS30").proceedings(base.proceedings()).factsSummary(base.factsSummary().orElseThrow())
                .purpose(base.purpose().orElseThrow()).transmission(base.transmission().orElseThrow());
        base.offences().forEach(b::offence);
        base.persons().forEach(b::person);
        base.measures().forEach(b::measure);
        return b;
    }

    static Person detained() {
        return Person.builder("d1", PersonRole.DETAINED_PERSON).name("Test Detainee").nationality(NO).location("Oslo prison").build();
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();

        // ---- a plain case ----
        s.add(ets30("a complete request to hear a witness, between Parties to both Protocols, is granted subject to ETS 182 data protection")
                .expect(Outcome.GRANT_WITH_CONDITIONS)
                .condition("ETS182 art. 26(1)").duty("ETS30 art. 19").duty("ETS182 art. 7(2)").duty("ETS182 art. 7(3)")
                .finding("ets30.1.1", Verdict.TRUE).finding("ets182.4.15", Verdict.TRUE)
                .then(d -> assertThat(d.openQuestions()).isEmpty()));
        s.add(ets30("between Parties to ETS 30 alone nothing is conditioned and the ETS 182 postponement ground does not exist")
                .assess(BOUND_BY_ETS182, false).assess(BOUND_BY_ETS99, false)
                .assess(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true)
                .expect(Outcome.GRANT)
                .finding("ets182.7.1", Verdict.NOT_APPLICABLE).finding("ets30.15", Verdict.TRUE));

        // ---- art. 1: scope ----
        s.add(ets30("administrative proceedings are outside the Convention where ETS 182 does not bind both States")
                .request(ets30Request().requestingAuthority(Authority.of("Competition Authority", AuthorityKind.OTHER)))
                .assess(BOUND_BY_ETS182, false).assess(ADMINISTRATIVE_PROCEEDINGS, true)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS30 art. 1(1)")
                .then(d -> assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.packId()).isEqualTo("ETS30"))));
        s.add(ets30("between Parties to ETS 182, administrative proceedings that may reach a criminal court are covered (art. 1(3))")
                .request(ets30Request().requestingAuthority(Authority.of("Competition Authority", AuthorityKind.OTHER)))
                .assess(ADMINISTRATIVE_PROCEEDINGS, true).assess(ADMINISTRATIVE_DECISION_MAY_REACH_CRIMINAL_COURT, true)
                .expect(Outcome.GRANT_WITH_CONDITIONS)
                .finding("ets30.1.1", Verdict.TRUE).finding("ets30.1.3", Verdict.TRUE).finding("ets30.3.1", Verdict.TRUE));
        s.add(ets30("a military offence that is not an ordinary-law offence is outside the Convention")
                .request(ets30Request().clearOffences().offence(militaryDesertion()))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS30 art. 1(2)"));
        s.add(ets30("an arrest is outside the Convention; the witness hearing asked with it remains covered")
                .request(ets30Request().measure(measure(MeasureType.PROVISIONAL_ARREST, "p1")))
                .expect(Outcome.NOT_APPLICABLE).measures(Outcome.GRANT_WITH_CONDITIONS, Outcome.NOT_APPLICABLE)
                .then(d -> assertThat(d.partial()).isTrue()));
        s.add(ets30("the enforcement of a confiscation order is the enforcement of a verdict, outside the Convention")
                .request(with(Measure.builder(MeasureType.ASSET_RECOVERY).description("Enforce a confiscation order").build()))
                .assess(ENFORCES_VERDICT, true)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS30 art. 1(2)"));
        s.add(ets30("between Parties to ETS 182 the liability of a legal person is no ground for refusal")
                .request(ets30Request().clearOffences().offence(Offence.builder().description("Bribery by a company")
                        .statutoryProvision("Sr art. 177").legalPersonLiability(true).build()))
                .proposing(CoeGrounds.LEGAL_PERSON_LIABILITY)
                .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.1.4", Verdict.TRUE)
                .refusal(CoeGrounds.LEGAL_PERSON_LIABILITY, FORBIDDEN, "ETS30 art. 1(4)"));

        // ---- art. 2 ----
        s.add(ets30("an offence the requested State considers political may be refused")
                .assess(StandardAssessments.POLITICAL_OFFENCE, true).proposing(StandardGrounds.POLITICAL_OFFENCE)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)").duty("ETS30 art. 19")
                .refusal(StandardGrounds.POLITICAL_OFFENCE, PERMITTED, "ETS30 art. 2(a)")
                .then(d -> assertThat(d.refusalReasons()).anySatisfy(r -> assertThat(r).contains("ETS30 art. 2(a)"))));
        s.add(ets30("execution prejudicing the requested State's ordre public may be refused")
                .assess(StandardAssessments.ESSENTIAL_INTERESTS, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(b)"));
        s.add(ets30("a fiscal offence may be refused as fiscal where ETS 99 does not bind both States")
                .request(ets30Request().clearOffences().offence(taxFraud()))
                .assess(BOUND_BY_ETS99, false).assess(StandardAssessments.FISCAL_OFFENCE, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)"));
        Scenario fiscal99 = ets30("between Parties to ETS 99 the fiscal character of the offence is no ground for refusal")
                .request(ets30Request().clearOffences().offence(taxFraud()))
                .assess(StandardAssessments.FISCAL_OFFENCE, true)
                .proposing(StandardGrounds.FISCAL_OFFENCE).proposing(CoeGrounds.TAX_TYPE_MISMATCH);
        s.add(fiscal99.expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.2.a.fiscal", Verdict.NOT_APPLICABLE)
                .refusal(StandardGrounds.FISCAL_OFFENCE, FORBIDDEN, "ETS99 art. 1")
                .refusal(CoeGrounds.TAX_TYPE_MISMATCH, FORBIDDEN, "ETS99 art. 2(2)"));
        s.add(fiscal99.variant("a requesting State that reserved Chapter I of ETS 99 cannot claim it: its fiscal case may be refused",
                v -> v.requestingDeclared(CoeDeclarations.ETS99_ART8_2_A)
                        .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)").finding("ets99.1", Verdict.NOT_APPLICABLE)
                        .finding("ets99.8.2.a", Verdict.TRUE)));
        s.add(fiscal99.variant("a fiscal offence outside the part of Chapter I the requested State accepted may be refused as fiscal",
                v -> v.requestedDeclared(CoeDeclarations.ETS99_ART8_2_A_PARTIAL).assess(ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE, false)
                        .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)")));
        s.add(fiscal99.variant("until it is known whether the offence is within a partial acceptance of Chapter I, the decision waits",
                v -> v.requestedDeclared(CoeDeclarations.ETS99_ART8_2_A_PARTIAL)
                        .expect(Outcome.PENDING_ASSESSMENT).asks(ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE)));
        s.add(ets30("under an ETS 99 search reservation, a search in a fiscal case may be refused while the witness hearing is granted")
                .request(ets30Request().clearOffences().offence(taxFraud()).measure(search()))
                .requestedDeclared(CoeDeclarations.ETS99_ART8_2_A_SEARCH)
                .assess(StandardAssessments.FISCAL_OFFENCE, true)
                .proposing(StandardGrounds.FISCAL_OFFENCE, 1).proposing(StandardGrounds.FISCAL_OFFENCE, 0)
                .expect(Outcome.MAY_REFUSE).measures(Outcome.GRANT_WITH_CONDITIONS, Outcome.MAY_REFUSE)
                .finding("ets99.1", 1, Verdict.NOT_APPLICABLE).finding("ets30.2.a.fiscal", 1, Verdict.TRUE)
                .then(d -> assertThat(d.refusalChecks()).extracting(c -> c.answer()).containsExactly(PERMITTED, FORBIDDEN)));

        // ---- terrorism conventions ----
        Scenario terrorism = ets30("between Parties to ETS 90 the political character of a terrorist offence is no ground for refusal")
                .request(ets30Request().clearOffences().offence(terroristFinancing()))
                .assess(BOUND_BY_ETS90, true).assess(ETS90_OFFENCE, true).assess(ETS90_DISCRIMINATORY_PURPOSE, false)
                .assess(StandardAssessments.POLITICAL_OFFENCE, true).proposing(StandardGrounds.POLITICAL_OFFENCE);
        s.add(terrorism.expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.2.a.political", Verdict.NOT_APPLICABLE)
                .then(d -> assertThat(d.finding("ets30.2.a.political").orElseThrow().exceptedBy()).contains("ets90.8.1"))
                .refusal(StandardGrounds.POLITICAL_OFFENCE, FORBIDDEN, "ETS90 art. 8(1)"));
        s.add(terrorism.variant("ETS 90 keeps the right to refuse a request made to persecute a person for political opinion",
                v -> v.assess(ETS90_DISCRIMINATORY_PURPOSE, true).expect(Outcome.MAY_REFUSE).determinedBy("ETS90 art. 8(2)")));
        s.add(terrorism.variant("while it is unknown whether ETS 90 binds both States, a political refusal of a terrorist case waits",
                v -> v.unassessed(BOUND_BY_ETS90).expect(Outcome.PENDING_ASSESSMENT).asks(BOUND_BY_ETS90)));
        s.add(terrorism.variant("ETS 90 does not reach an offence outside its arts. 1 and 2: the political ground stays",
                v -> v.assess(ETS90_OFFENCE, false).expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)")));
        Scenario financing = ets30("between Parties to the 1999 Convention, terrorist financing is neither political nor fiscal, and bank "
                + "secrecy is no ground")
                .request(ets30Request().clearOffences().offence(terroristFinancing()))
                .assess(BOUND_BY_ETS99, false).assess(BOUND_BY_ICSFT, true).assess(ICSFT_OFFENCE, true)
                .assess(ICSFT_DISCRIMINATORY_PURPOSE, false)
                .assess(StandardAssessments.POLITICAL_OFFENCE, true).assess(StandardAssessments.FISCAL_OFFENCE, true)
                .proposing(StandardGrounds.POLITICAL_OFFENCE).proposing(StandardGrounds.FISCAL_OFFENCE).proposing(StandardGrounds.BANK_SECRECY);
        s.add(financing.expect(Outcome.GRANT_WITH_CONDITIONS)
                .refusal(StandardGrounds.POLITICAL_OFFENCE, FORBIDDEN, "ICSFT art. 14")
                .refusal(StandardGrounds.FISCAL_OFFENCE, FORBIDDEN, "ICSFT art. 13")
                .refusal(StandardGrounds.BANK_SECRECY, FORBIDDEN, "ICSFT art. 12(2)"));
        s.add(financing.variant("where both terrorism conventions remove the political ground, their agreeing exceptions do not conflict",
                v -> v.assess(BOUND_BY_ETS90, true).assess(ETS90_OFFENCE, true).assess(ETS90_DISCRIMINATORY_PURPOSE, false)
                        .expect(Outcome.GRANT_WITH_CONDITIONS).then(d -> assertThat(d.errors()).isEmpty())));
        s.add(financing.variant("the 1999 Convention keeps the right to refuse a request made to punish a person for ethnic origin",
                v -> v.assess(ICSFT_DISCRIMINATORY_PURPOSE, true).expect(Outcome.MAY_REFUSE).determinedBy("ICSFT art. 15")));

        s.add(ets30("between Parties to the Budapest Convention its offences are not refused as fiscal, even where ETS 30 governs")
                .request(ets30Request().clearOffences().offence(Offence.builder().description("Computer fraud against the tax authority")
                        .statutoryProvision("Sr art. 326").category(org.openmla.core.model.OffenceCategory.COMPUTER_RELATED_CRIME).build()))
                .assess(BOUND_BY_ETS99, false).assess(BOUND_BY_ETS185, true).assess(BUDAPEST_OFFENCE, true)
                .assess(StandardAssessments.FISCAL_OFFENCE, true).proposing(StandardGrounds.FISCAL_OFFENCE)
                .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.2.a.fiscal", Verdict.NOT_APPLICABLE)
                .refusal(StandardGrounds.FISCAL_OFFENCE, FORBIDDEN, "ETS185 art. 25(4)"));

        // ---- art. 5 and ETS 99 art. 2: search and seizure ----
        Scenario searchCase = ets30("the requested State declared under art. 5(1)(a): a search for conduct not punishable there may be refused")
                .request(with(search())).requestedDeclared(CoeDeclarations.ETS30_ART5_1_A)
                .assess(StandardAssessments.DUAL_CRIMINALITY, false);
        s.add(searchCase.expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 5(1)(a)"));
        s.add(searchCase.variant("reciprocity: the requesting State's own art. 5(1)(a) declaration is applied against it (art. 5(2))",
                v -> reciprocal(v, CoeDeclarations.ETS30_ART5_1_A).expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 5(2)")));
        s.add(searchCase.variant("an art. 5(1)(a) declaration does not stand in the way where the conduct is punishable in both States",
                v -> v.assess(StandardAssessments.DUAL_CRIMINALITY, true).expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS30 art. 6(2)")
                        .finding("ets30.5.1.a", Verdict.FALSE)));
        s.add(ets30("art. 5 conditions concern search and seizure only: a witness hearing is unaffected by them")
                .requestedDeclared(CoeDeclarations.ETS30_ART5_1_A).assess(StandardAssessments.DUAL_CRIMINALITY, false)
                .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.5.1.a", Verdict.NOT_APPLICABLE));
        s.add(ets30("the requested State declared under art. 5(1)(b): a search for a non-extraditable offence may be refused")
                .request(with(search())).requestedDeclared(CoeDeclarations.ETS30_ART5_1_B).assess(EXTRADITABLE_OFFENCE, false)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 5(1)(b)"));
        s.add(reciprocal(ets30("reciprocity on art. 5(1)(b): the requesting State's declaration is applied against it")
                .request(with(search())).assess(EXTRADITABLE_OFFENCE, false), CoeDeclarations.ETS30_ART5_1_B)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 5(2)"));
        s.add(ets30("the requested State declared under art. 5(1)(c): a freezing inconsistent with its law may be refused")
                .request(with(Measure.builder(MeasureType.FREEZING).description("Freeze an account").build()))
                .requestedDeclared(CoeDeclarations.ETS30_ART5_1_C).assess(CONSISTENT_WITH_REQUESTED_LAW, false)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 5(1)(c)"));
        s.add(reciprocal(ets30("reciprocity on art. 5(1)(c): the requesting State's declaration is applied against it")
                .request(with(search())).assess(CONSISTENT_WITH_REQUESTED_LAW, false), CoeDeclarations.ETS30_ART5_1_C)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 5(2)"));
        Scenario fiscalSearch = ets30("between Parties to ETS 99, a fiscal offence of the same nature meets a declared dual-criminality condition")
                .request(ets30Request().clearOffences().offence(taxFraud()).clearMeasures().measure(search()))
                .requestedDeclared(CoeDeclarations.ETS30_ART5_1_A)
                .assess(StandardAssessments.FISCAL_OFFENCE, true).assess(StandardAssessments.DUAL_CRIMINALITY, false)
                .assess(FISCAL_OFFENCE_OF_SAME_NATURE, true).proposing(StandardGrounds.DUAL_CRIMINALITY);
        s.add(fiscalSearch.expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.5.1.a", Verdict.FALSE)
                .refusal(StandardGrounds.DUAL_CRIMINALITY, FORBIDDEN, "ETS99 art. 2(1)"));
        s.add(fiscalSearch.variant("a requested State that reserved Chapter I of ETS 99 keeps the fiscal ground and its declared "
                + "dual-criminality condition", v -> v.requestedDeclared(CoeDeclarations.ETS99_ART8_2_A).proposing(CoeGrounds.TAX_TYPE_MISMATCH)
                        .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)", "ETS30 art. 5(1)(a)")
                        .finding("ets99.8.2.a.dc", Verdict.TRUE).finding("ets99.8.2.a.tax", Verdict.TRUE)
                        .refusal(StandardGrounds.DUAL_CRIMINALITY, PERMITTED, "ETS30 art. 5(1)(a)")));
        s.add(reciprocal(fiscalSearch.variant("a requesting State that reserved Chapter I cannot claim the conduct test against a condition "
                + "applied to it reciprocally", v -> v), CoeDeclarations.ETS30_ART5_1_A).requestingDeclared(CoeDeclarations.ETS99_ART8_2_A)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 2(a)", "ETS30 art. 5(2)").finding("ets99.8.2.a.dc-reciprocity", Verdict.TRUE));
        s.add(reciprocal(fiscalSearch.variant("the ETS 99 conduct test also meets a condition applied reciprocally", v -> v),
                CoeDeclarations.ETS30_ART5_1_A)
                .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.5.2.a", Verdict.FALSE)
                .refusal(StandardGrounds.DUAL_CRIMINALITY, FORBIDDEN, "ETS99 art. 2(1)"));

        // ---- arts. 3, 6, 7, 11, 12 and ETS 182 art. 13 ----
        s.add(ets30("letters rogatory from the police are not from a judicial authority: the request is deficient")
                .request(ets30Request().requestingAuthority(Authority.of("National Police", AuthorityKind.INVESTIGATING_AUTHORITY)))
                .assess(ADMINISTRATIVE_PROCEEDINGS, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 3(1)"));
        s.add(ets30("an authority the requesting State declared judicial under art. 24 may issue letters rogatory")
                .request(ets30Request().requestingAuthority(Authority.of("National Police", AuthorityKind.INVESTIGATING_AUTHORITY)))
                .requestingDeclared(CoeDeclarations.ETS30_ART24).assess(ISSUER_DECLARED_JUDICIAL_AUTHORITY, true)
                .assess(ADMINISTRATIVE_PROCEEDINGS, false)
                .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets30.3.1", Verdict.TRUE).finding("ets30.24", Verdict.TRUE));
        s.add(ets30("the requested State may delay handing over seized property it needs for its own pending proceedings")
                .request(with(search())).assess(PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS, true)
                .expect(Outcome.POSTPONE).determinedBy("ETS30 art. 6(1)").condition("ETS30 art. 6(2)"));
        s.add(scenario("a summons on an accused in Chile must respect Chile's art. 7(3) lead time")
                .pack("ETS30").request(between(NL, CL).clearMeasures().measure(measure(MeasureType.SERVICE_OF_DOCUMENTS, "p1")))
                .assessing(ets30Cleared()).assess(BOUND_BY_ETS182, false)
                .requestedDeclared(CoeDeclarations.ETS30_ART7_3).assess(SUMMONS_LEAD_TIME_RESPECTED, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 7(3)").finding("ets30.14.1.d", Verdict.TRUE));
        s.add(ets30("a witness invited to appear in the requesting State enjoys the safe conduct of art. 12")
                .request(with(measure(MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, "w1")))
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS30 art. 12"));
        Scenario transfer = ets30("a person in custody who does not consent need not be transferred to the requesting State")
                .request(ets30Request().person(detained()).clearMeasures()
                        .measure(measure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, "d1")))
                .assess(TRANSFER_FROM_REQUESTING_STATE, false).assess(StandardAssessments.DETAINED_PERSON_CONSENT, false)
                .assess(PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS, false).assess(TRANSFER_PROLONGS_DETENTION, false)
                .assess(OVERRIDING_GROUNDS_AGAINST_TRANSFER, false);
        s.add(transfer.expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 11(1)(a)").condition("ETS30 art. 12")
                .then(d -> assertThat(d.finding("ets30.11.1.a").orElseThrow().caveat()).hasValueSatisfying(c -> assertThat(c).startsWith("unverified"))));
        s.add(transfer.variant("a transfer needed at home, prolonging detention or against overriding grounds may be refused",
                v -> v.assess(StandardAssessments.DETAINED_PERSON_CONSENT, true).assess(PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS, true)
                        .assess(TRANSFER_PROLONGS_DETENTION, true).assess(OVERRIDING_GROUNDS_AGAINST_TRANSFER, true)
                        .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 11(1)(b)", "ETS30 art. 11(1)(c)", "ETS30 art. 11(1)(d)")));
        Scenario toLatvia = scenario("Latvia declared under ETS 182 art. 13(7): a prisoner is not sent to it without consent")
                .pack("ETS30").request(between(NL, LV).person(detained()).clearMeasures()
                        .measure(measure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, "d1")))
                .assessing(ets30Cleared()).requestedDeclared(CoeDeclarations.ETS182_ART13_7)
                .assess(TRANSFER_FROM_REQUESTING_STATE, true).assess(StandardAssessments.DETAINED_PERSON_CONSENT, false);
        s.add(toLatvia.expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 13(7)"));
        s.add(toLatvia.variant("with consent, a transfer to the requested State still rests on the two States' agreement",
                v -> v.assess(StandardAssessments.DETAINED_PERSON_CONSENT, true).expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 13(1)")));
        s.add(toLatvia.variant("a transfer to the requested State is an ETS 182 tool, not available between Parties to ETS 30 alone",
                v -> v.assess(BOUND_BY_ETS182, false).assess(StandardAssessments.DETAINED_PERSON_CONSENT, true)
                        .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 13(1)")));

        // ---- art. 14 ----
        s.add(ets30("letters rogatory without a summary of the facts are deficient")
                .request(ets30Request().factsSummary(null)).expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 14(2)"));
        s.add(ets30("a request that names no authority is deficient")
                .request(MlaRequest.builder("ETS30-2026-3", NL, NO).legalBasis("ETS30").factsSummary("Facts.").purpose("Purpose.")
                        .offence(drugTrafficking()).transmission(Transmission.written(TransmissionChannel.CENTRAL_AUTHORITY))
                        .measure(MeasureType.TAKING_EVIDENCE))
                .assess(ADMINISTRATIVE_PROCEEDINGS, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 14(1)(a)", "ETS30 art. 3(1)"));
        s.add(ets30("a request that states neither its purpose nor the subject of the proceedings is deficient")
                .request(ets30Request().purpose(null).proceedings(Proceedings.unknown()))
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 14(1)(b)"));
        Scenario nationality = ets30("the nationality of the person concerned is to be given where possible")
                .request(ets30Request().person(Person.builder("p2", PersonRole.SUSPECT).name("Unknown Accomplice").build()));
        s.add(nationality.expect(Outcome.PENDING_ASSESSMENT).asks(IDENTITY_NOT_ASCERTAINABLE));
        s.add(nationality.variant("where the nationality cannot be ascertained, its absence is no deficiency",
                v -> v.assess(IDENTITY_NOT_ASCERTAINABLE, true).expect(Outcome.GRANT_WITH_CONDITIONS)));
        s.add(nationality.variant("where the nationality could have been given, the request is deficient",
                v -> v.assess(IDENTITY_NOT_ASCERTAINABLE, false).expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 14(1)(c)")));
        s.add(ets30("a request for service that gives no address for the person to be served is deficient")
                .request(ets30Request().person(Person.builder("w2", PersonRole.WITNESS).name("Second Witness").nationality(NO).build())
                        .clearMeasures().measure(measure(MeasureType.SERVICE_OF_DOCUMENTS, "w2")))
                .assess(SERVICE_SUMMARY_TRANSLATED, true)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 14(1)(d)"));

        // ---- art. 15 ----
        Scenario direct = ets30("between Parties to ETS 30 alone, non-urgent letters rogatory go from ministry to ministry")
                .request(ets30Request().transmission(Transmission.written(TransmissionChannel.DIRECT_JUDICIAL)))
                .assess(BOUND_BY_ETS182, false);
        s.add(direct.expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 15(1)"));
        s.add(direct.variant("in urgency, letters rogatory may go directly between judicial authorities (art. 15(2))",
                v -> v.request(ets30Request().transmission(Transmission.written(TransmissionChannel.DIRECT_JUDICIAL)).urgent("Trial imminent"))
                        .expect(Outcome.GRANT).finding("ets30.15", Verdict.TRUE)));
        s.add(direct.variant("between Parties to ETS 182 requests may go directly between judicial authorities",
                v -> v.assess(BOUND_BY_ETS182, true).expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets182.4.15", Verdict.TRUE)));
        s.add(ets30("between Parties to ETS 182 a transfer application still goes from ministry to ministry")
                .request(ets30Request().person(detained()).clearMeasures()
                        .measure(measure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, "d1"))
                        .transmission(Transmission.written(TransmissionChannel.DIRECT_JUDICIAL)))
                .assess(TRANSFER_FROM_REQUESTING_STATE, false).assess(StandardAssessments.DETAINED_PERSON_CONSENT, true)
                .assess(PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS, false).assess(TRANSFER_PROLONGS_DETENTION, false)
                .assess(OVERRIDING_GROUNDS_AGAINST_TRANSFER, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 15(1)"));
        Scenario interpol = ets30("between Parties to ETS 182 an urgent request may go through Interpol")
                .request(ets30Request().transmission(Transmission.written(TransmissionChannel.INTERPOL)).urgent("Suspect about to flee"));
        s.add(interpol.expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets182.4.15.7", Verdict.TRUE)
                .then(d -> assertThat(d.finding("ets182.4.15.7").orElseThrow().caveat()).isPresent()));
        s.add(interpol.variant("a request that is not urgent may not go through Interpol",
                v -> v.request(ets30Request().transmission(Transmission.written(TransmissionChannel.INTERPOL)))
                        .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 15(7)")));
        s.add(scenario("Chile declared under art. 15(6) that requests go through other channels: the declared channel is checked")
                .pack("ETS30").request(between(NL, CL)).assessing(ets30Cleared()).assess(BOUND_BY_ETS182, false)
                .requestedDeclared(CoeDeclarations.ETS30_ART15_6).assess(SENT_THROUGH_DECLARED_CHANNEL, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 15(6)").finding("ets30.15", Verdict.NOT_APPLICABLE));
        s.add(ets30("a channel declaration under art. 15(8) as replaced by ETS 182 is checked")
                .requestedDeclared(CoeDeclarations.ETS30_ART15_8).assess(SENT_THROUGH_DECLARED_CHANNEL, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 15(8)"));

        // ---- arts. 16, 17 ----
        s.add(ets30("where neither State declared under art. 16(2), a missing translation is no ground, nor is a missing authentication")
                .proposing(CoeGrounds.LACK_OF_TRANSLATION).proposing(CoeGrounds.LACK_OF_AUTHENTICATION)
                .expect(Outcome.GRANT_WITH_CONDITIONS)
                .refusal(CoeGrounds.LACK_OF_TRANSLATION, FORBIDDEN, "ETS30 art. 16(1)")
                .refusal(CoeGrounds.LACK_OF_AUTHENTICATION, FORBIDDEN, "ETS30 art. 17"));
        Scenario toLatvian = scenario("Latvia declared under art. 16(2) that it requires an English translation")
                .pack("ETS30").request(between(NL, LV).language(LanguageCode.of("nl"))).assessing(ets30Cleared())
                .requestedDeclared(CoeDeclarations.ETS30_ART16_2).requestedAccepts("lv", "en");
        s.add(toLatvian.variant("a Dutch request to Latvia without a translation is deficient",
                v -> v.assess(TRANSLATION_PROVIDED, false).expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 16(2)")));
        s.add(toLatvian.variant("a request to Latvia written in English needs no translation",
                v -> v.request(between(NL, LV).language(LanguageCode.of("en"))).expect(Outcome.GRANT_WITH_CONDITIONS)
                        .finding("ets30.16.2", Verdict.TRUE)));
        Scenario fromLatvia = scenario("reciprocity on art. 16(2): a request from Latvia may be required to come with a translation")
                .pack("ETS30").request(between(LV, NO).language(LanguageCode.of("lv"))).assessing(ets30Cleared())
                .requestingDeclared(CoeDeclarations.ETS30_ART16_2);
        s.add(fromLatvia.variant("Norway invokes reciprocity against Latvia's art. 16(2) declaration and no translation came",
                v -> v.assess(LANGUAGE_RECIPROCITY_INVOKED, true).assess(TRANSLATION_PROVIDED, false)
                        .expect(Outcome.DEFICIENT).determinedBy("ETS30 art. 16(2)").finding("ets30.16.2.reciprocity", Verdict.FALSE)));
        s.add(fromLatvia.variant("Norway does not invoke reciprocity: Latvia's request needs no translation",
                v -> v.assess(LANGUAGE_RECIPROCITY_INVOKED, false).expect(Outcome.GRANT_WITH_CONDITIONS)));

        // ---- art. 23 reservations ----
        s.add(ets30("the requested State reserved a ne bis in idem ground under art. 23")
                .requestedDeclared(CoeDeclarations.ETS30_ART23_NE_BIS_IN_IDEM).assess(StandardAssessments.NE_BIS_IN_IDEM, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 23(1)"));
        s.add(ets30("reciprocity on reservations: a requesting State that reserved a ne bis in idem ground cannot claim assistance in such a case")
                .requestingDeclared(CoeDeclarations.ETS30_ART23_NE_BIS_IN_IDEM).assess(StandardAssessments.NE_BIS_IN_IDEM, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 23(3)"));
        s.add(scenario("the requested State reserved a death-penalty ground and the requesting State gives no assurance")
                .pack("ETS30").request(between(Jurisdiction.of("KR"), NO).clearOffences().offence(Offence.builder()
                        .description("Murder").statutoryProvision("Criminal Act art. 250").maxPenalty(Penalty.life().withDeathPenalty()).build()))
                .assessing(ets30Cleared()).requestedDeclared(CoeDeclarations.ETS30_ART23_DEATH_PENALTY)
                .assess(StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS30 art. 23(1)"));
        s.add(ets30("a use limitation reserved by either State attaches to the assistance")
                .requestedDeclared(CoeDeclarations.ETS30_ART23_SPECIALITY)
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS30 art. 23(1)").noCondition("ETS30 art. 23(3)"));
        s.add(ets30("reciprocity: the requested State may hold the requesting State to its own reserved use limitation")
                .requestingDeclared(CoeDeclarations.ETS30_ART23_SPECIALITY)
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS30 art. 23(3)"));

        // ---- ETS 182: postponement, confidentiality, data ----
        s.add(ets30("between Parties to ETS 182, execution prejudicing a domestic investigation may be postponed, with reasons")
                .assess(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true)
                .expect(Outcome.POSTPONE).determinedBy("ETS182 art. 7(1)").duty("ETS182 art. 7(2)").duty("ETS182 art. 7(3)"));
        s.add(ets30("the requesting State may require confidentiality of the fact and substance of the request")
                .request(ets30Request().confidentialityRequested(true))
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS182 art. 25"));
        s.add(ets30("personal data may be withheld from a State that does not ensure the protection required")
                .assess(PERSONAL_DATA_PROTECTION_NOT_ENSURED, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 26(3)"));
        s.add(scenario("Latvia declared under art. 26(5): its data may not be used without its prior consent")
                .pack("ETS30").request(between(NL, LV)).assessing(ets30Cleared()).requestedDeclared(CoeDeclarations.ETS182_ART26_5)
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS182 art. 26(5)").condition("ETS182 art. 26(1)"));

        // ---- ETS 182: hearings ----
        Scenario video = ets30("the requested State shall agree to hear a witness by video conference")
                .request(with(measure(MeasureType.VIDEOCONFERENCE_HEARING, "w1")))
                .assess(VIDEOCONFERENCE_PARTICULARS_STATED, true).assess(CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, false)
                .assess(TECHNICAL_MEANS_AVAILABLE, true);
        s.add(video.expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets182.9.2", Verdict.TRUE));
        s.add(video.variant("without the technical means, a video conference with a witness cannot take place",
                v -> v.assess(TECHNICAL_MEANS_AVAILABLE, false).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 9(2)")));
        s.add(video.variant("a video conference request that does not say why the witness cannot attend is deficient",
                v -> v.assess(VIDEOCONFERENCE_PARTICULARS_STATED, false).expect(Outcome.DEFICIENT).determinedBy("ETS182 art. 9(3)")));
        s.add(video.variant("video conference is an ETS 182 tool, unavailable between Parties to ETS 30 alone",
                v -> v.assess(BOUND_BY_ETS182, false).expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 9(1)")));
        s.add(video.variant("while it is unknown whether ETS 182 binds, a video conference request waits",
                v -> v.unassessed(BOUND_BY_ETS182).expect(Outcome.PENDING_ASSESSMENT).asks(BOUND_BY_ETS182)));
        Scenario accused = ets30("hearing an accused by video conference is at the States' discretion and needs the accused's consent")
                .request(with(measure(MeasureType.VIDEOCONFERENCE_HEARING, "p1")))
                .assess(VIDEOCONFERENCE_PARTICULARS_STATED, true).assess(ACCUSED_CONSENTS_TO_VIDEOCONFERENCE, true);
        s.add(accused.expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 9(8)").finding("ets182.9.2", Verdict.NOT_APPLICABLE));
        s.add(accused.variant("a suspect who does not consent is not heard by video conference",
                v -> v.assess(ACCUSED_CONSENTS_TO_VIDEOCONFERENCE, false).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 9(8)")
                        .finding("ets182.9.8.consent", Verdict.FALSE)));
        s.add(accused.variant("a requested State that declared under art. 9(9) does not hear accused persons by video conference",
                v -> v.requestedDeclared(CoeDeclarations.ETS182_ART9_9).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 9(9)")));
        s.add(ets30("where the measure names no person, whether the person heard is accused is asked")
                .request(with(Measure.of(MeasureType.VIDEOCONFERENCE_HEARING)))
                .assess(VIDEOCONFERENCE_PARTICULARS_STATED, true)
                .expect(Outcome.PENDING_ASSESSMENT).asks(PERSON_IS_ACCUSED));
        Scenario phone = ets30("a willing witness may be heard by telephone conference")
                .request(with(measure(MeasureType.TELEPHONE_HEARING, "w1")))
                .assess(WITNESS_AGREES_TO_TELEPHONE_HEARING, true).assess(TELEPHONE_PARTICULARS_STATED, true)
                .assess(CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, false);
        s.add(phone.expect(Outcome.GRANT_WITH_CONDITIONS));
        s.add(phone.variant("a witness who does not agree is not heard by telephone",
                v -> v.assess(WITNESS_AGREES_TO_TELEPHONE_HEARING, false).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 10(2)")));
        s.add(phone.variant("a telephone hearing contrary to fundamental principles of the requested State's law cannot take place",
                v -> v.assess(CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, true).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 10(3)")));
        s.add(phone.variant("a telephone request that does not show the witness's willingness is deficient",
                v -> v.assess(TELEPHONE_PARTICULARS_STATED, false).expect(Outcome.DEFICIENT).determinedBy("ETS182 art. 10(4)")));
        s.add(phone.variant("telephone hearings are for witnesses and experts, not suspects",
                v -> v.request(with(measure(MeasureType.TELEPHONE_HEARING, "p1"))).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 10(1)")));
        s.add(phone.variant("telephone hearing is an ETS 182 tool",
                v -> v.assess(BOUND_BY_ETS182, false).expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 10(1)")));
        s.add(ets30("between Parties to ETS 182, documents to be served come with a translated summary")
                .request(with(measure(MeasureType.SERVICE_OF_DOCUMENTS, "w1")))
                .assess(SERVICE_SUMMARY_TRANSLATED, false)
                .expect(Outcome.DEFICIENT).determinedBy("ETS182 art. 15(4)"));

        // ---- ETS 182: observation, controlled delivery, covert investigation, JIT ----
        Scenario observation = ets30("cross-border observation needs the requested State's authorisation, under conditions")
                .request(with(measure(MeasureType.CROSS_BORDER_OBSERVATION, "p1")))
                .assess(OBSERVATION_WITHOUT_PRIOR_AUTHORISATION, false);
        s.add(observation.expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 17(1)").condition("ETS182 art. 17(3)"));
        s.add(observation.variant("observation concerns offences to which extradition may apply",
                v -> v.assess(EXTRADITABLE_OFFENCE, false).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 17(1)")));
        s.add(observation.variant("an urgent observation without prior authorisation runs against a five-hour limit",
                v -> v.assess(OBSERVATION_WITHOUT_PRIOR_AUTHORISATION, true).assess(OBSERVATION_LISTED_OFFENCE, true)
                        .expect(Outcome.MAY_REFUSE).deadline("ETS182 art. 17(2)")
                        .then(d -> assertThat(d.deadlines()).singleElement().satisfies(r -> assertThat(r.limit())
                                .isEqualTo(org.openmla.core.rules.TimeLimit.hours(5))))));
        s.add(observation.variant("an urgent observation without authorisation is allowed only for the offences of art. 17(6)",
                v -> v.assess(OBSERVATION_WITHOUT_PRIOR_AUTHORISATION, true).assess(OBSERVATION_LISTED_OFFENCE, false)
                        .expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 17(6)")));
        s.add(scenario("Latvia is not bound by art. 17: no cross-border observation into Latvia under ETS 182")
                .pack("ETS30").request(between(NL, LV).clearMeasures().measure(measure(MeasureType.CROSS_BORDER_OBSERVATION, "p1")))
                .assessing(ets30Cleared()).requestedDeclared(CoeDeclarations.ETS182_ART33_2_ART17)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 17(1)").finding("ets182.33.2.art17", Verdict.TRUE));
        s.add(scenario("reciprocity on ETS 182 reservations: Latvia, not bound by art. 17, cannot claim observation from others (art. 33(4))")
                .pack("ETS30").request(between(LV, NO).clearMeasures().measure(measure(MeasureType.CROSS_BORDER_OBSERVATION, "p1")))
                .assessing(ets30Cleared()).requestingDeclared(CoeDeclarations.ETS182_ART33_2_ART17)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 17(1)"));
        Scenario delivery = ets30("controlled deliveries are decided case by case by the requested State, under its control")
                .request(with(Measure.of(MeasureType.CONTROLLED_DELIVERY)));
        s.add(delivery.expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 18(2)").condition("ETS182 art. 18(3)"));
        s.add(delivery.variant("controlled deliveries are for extraditable offences",
                v -> v.assess(EXTRADITABLE_OFFENCE, false).expect(Outcome.MUST_REFUSE).determinedBy("ETS182 art. 18(1)")));
        s.add(delivery.variant("a partial reservation to art. 18 excludes a delivery outside what both States accepted",
                v -> v.requestedDeclared(CoeDeclarations.ETS182_ART33_2_ART18 + CoeDeclarations.PARTIAL)
                        .assess(RESERVED_ARTICLE_PART_ACCEPTED, false).expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 18(1)")));
        s.add(ets30("covert investigations are agreed case by case and follow the law of the territory")
                .request(with(Measure.of(MeasureType.COVERT_INVESTIGATION)))
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 19(2)").condition("ETS182 art. 19(3)"));
        s.add(ets30("a State that reserved art. 19 takes no part in covert investigations under ETS 182")
                .request(with(Measure.of(MeasureType.COVERT_INVESTIGATION))).requestedDeclared(CoeDeclarations.ETS182_ART33_2_ART19)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 19(1)"));
        Scenario jit = ets30("a joint investigation team is set up by agreement, and its information is used as art. 20(10) allows")
                .request(with(Measure.of(MeasureType.JOINT_INVESTIGATION_TEAM))).assess(JIT_COMPOSITION_PROPOSED, true);
        s.add(jit.expect(Outcome.MAY_REFUSE).determinedBy("ETS182 art. 20(1)").condition("ETS182 art. 20(10)"));
        s.add(jit.variant("a request for a joint investigation team without proposals for its composition is deficient",
                v -> v.assess(JIT_COMPOSITION_PROPOSED, false).expect(Outcome.DEFICIENT).determinedBy("ETS182 art. 20(2)")));
        s.add(jit.variant("a State that reserved art. 20 takes no part in joint investigation teams under ETS 182",
                v -> v.requestingDeclared(CoeDeclarations.ETS182_ART33_2_ART20).expect(Outcome.NOT_APPLICABLE).determinedBy("ETS182 art. 20(1)")));
        return s.stream();
    }

    /** Moves the declaration to the requesting State only, for a reciprocity case. */
    static Scenario reciprocal(Scenario s, String declaration) {
        return s.noDeclarations().requestingDeclared(declaration);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario_holds(Scenario scenario) {
        scenario.verify(ENGINE);
    }

    @Test
    void every_rule_of_the_pack_fires_in_some_scenario() {
        PackCoverage.assertEveryRuleFires("ETS30", scenarios().toList());
    }
}
