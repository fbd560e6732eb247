package org.openmla.treaties.coe;

import static org.openmla.treaties.docs.ProvisionCoverage.encoded;
import static org.openmla.treaties.docs.ProvisionCoverage.notEncoded;

import java.util.List;
import java.util.Set;
import org.openmla.treaties.DualCriminalityVariant;
import org.openmla.treaties.docs.DualCriminalityRegime;
import org.openmla.treaties.docs.PackDocumentation;

/**
 * What {@code docs/packs/ets30.md}, {@code ets185.md} and {@code cets224.md} say beyond the rules: the layering, the
 * treatment of dual criminality, and every article of the instruments with the rules that encode it or the reason none
 * does.
 */
final class CoeDocumentation {
    private CoeDocumentation() {}

    private static final String FINAL_CLAUSES = "Final clauses (signature, entry into force, accession, territories, denunciation, "
            + "notifications): they decide who is bound from when, which is party data (the resolver), not a rule of the pack.";

    static PackDocumentation ets30() {
        return new PackDocumentation("ETS30", "ets30.md",
                "ETS 30 with its First and Second Additional Protocols (pack `ETS30`)",
                "Encodes the European Convention on Mutual Assistance in Criminal Matters (ETS 30, 1959), its First Additional Protocol "
                        + "(ETS 99, 1978) and its Second Additional Protocol (ETS 182, 2001), with the terrorism conventions that remove "
                        + "grounds of art. 2(a) for their offences: the European Convention on the Suppression of Terrorism (ETS 90) art. 8 and "
                        + "the International Convention for the Suppression of the Financing of Terrorism (1999, `ICSFT`) arts. 12 to 15. "
                        + "Source: the project's legal reference, sections 4 and 10 to 11, checked against the English texts (SG-ETS30, "
                        + "SG-ETS99, SG-ETS182, SG-ETS90, SG-TF1999). One pack, not a chain of packs: a State may be bound by either protocol "
                        + "without the other, so each protocol rule applies where both States are bound by that protocol on the law date "
                        + "(assessments BOUND_BY_ETS99, BOUND_BY_ETS182, BOUND_BY_ETS90, BOUND_BY_ICSFT, answered from party data by the "
                        + "resolver or asked). Articles of the Convention that ETS 182 replaced or added are cited as articles of the "
                        + "Convention as amended (e.g. `ETS30 art. 1(4)`, `ETS30 art. 15(7)`) and say so. The pack's own assessment keys, "
                        + "grounds and declaration ids are in `org.openmla.treaties.coe.CoeAssessments`, `CoeGrounds` and `CoeDeclarations`.",
                List.of("ETS 30 is a treaty of mutual legal assistance: between two States bound by it, UNTOC art. 18(9)-(29), UNCAC art. "
                                + "46(9)-(29) and Budapest Convention arts. 27 and 28 give way to it (the resolver answers MLA_TREATY_BINDS), "
                                + "while the conventions' other provisions still apply side by side; the resolver puts the packs of the "
                                + "instruments the request validly claims in the evaluation and each decision names the packs applied.",
                        "The protocols, ETS 90 and the 1999 Terrorist Financing Convention apply only where both States are bound by "
                                + "them: their rules read BOUND_BY_* assessments, never a default. An unknown status leaves the affected "
                                + "findings open.",
                        "Terrorism carve-outs are exceptions in the engine's sense: ETS 90 art. 8(1) and ICSFT art. 14 disapply the "
                                + "political-offence ground of art. 2(a) for their offences, ETS 99 art. 1, ICSFT art. 13 and Budapest "
                                + "art. 25(4) (for its offences, between its Parties) the fiscal ground; exceptions that agree do not conflict. Proposals to refuse on a removed ground are answered FORBIDDEN "
                                + "with the carve-out's citation.",
                        "Declarations are read from both States' profiles. The requested State's own declaration applies to it; the "
                                + "requesting State's declaration is applied against it where the instrument allows reciprocity: ETS 30 "
                                + "art. 5(2) (search and seizure conditions), art. 16(2) (translations, when the requested State invokes it), "
                                + "art. 23(3) (reservations), ETS 99 art. 8(4) (Chapter I) and ETS 182 art. 33(4) (arts. 17 to 20).",
                        "Between EU Member States bound by Directive 2014/41/EU, the European Investigation Order replaces ETS 30 and "
                                + "its protocols for evidence gathering from 22 May 2017 (Directive art. 34(1)); that supersession belongs "
                                + "to the EU family and is not applied by this pack.",
                        "ETS 30 art. 26(1) supersedes earlier bilateral treaties between its Parties, and art. 26(3) lets later ones "
                                + "supplement it: party data do not record when a bilateral treaty was made or whether it supplements "
                                + "ETS 30, so the resolver does not apply art. 26 (see coverage)."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.NO_GROUND, DualCriminalityVariant.COERCIVE_BY_DECLARATION,
                        DualCriminalityVariant.CONDUCT_BASED_TEST),
                        List.of("ets30.5.1.a", "ets30.5.2.a", "ets99.2.1", "ets99.2.1.reciprocity", "ets99.2.2"),
                        "ETS 30 has no general dual criminality ground. A Party may declare under art. 5(1)(a) that letters rogatory for "
                                + "search or seizure of property depend on the offence being punishable in both States (ets30.5.1.a); any "
                                + "other Party may apply that condition reciprocally to the declaring State's requests (art. 5(2), "
                                + "ets30.5.2.a). Freezing and access to stored computer data are treated as seizure and search. Between "
                                + "Parties to ETS 99 the condition is met for a fiscal offence punishable in the requesting State that "
                                + "corresponds to an offence of the same nature in the requested State (art. 2(1), an exception forcing the "
                                + "condition false), and a request may not be refused because the requested State has no tax or duty of the "
                                + "same kind (art. 2(2))."),
                List.of(
                        encoded("ETS30 art. 1", "1(1) scope (criminal proceedings; a request from a court, judge or prosecutor is taken as "
                                + "such, otherwise ADMINISTRATIVE_PROCEEDINGS is asked); 1(2) arrests, enforcement of verdicts and military "
                                + "offences out of scope; 1(3) and 1(4) as added by ETS 182 art. 1, for Parties to ETS 182 only."),
                        encoded("ETS30 art. 2"),
                        encoded("ETS30 art. 3", "3(1): letters rogatory come from judicial authorities (with art. 24). Execution in the "
                                + "manner of the requested State's law, evidence on oath (3(2)) and certified copies (3(3)) concern how a "
                                + "granted request is executed, not whether, and are not rules."),
                        encoded("ETS30 art. 4", "4(1) (date and place on express request; presence with the requested Party's consent) "
                                + "is stated with 4(2). 4(2), added by ETS 182 art. 2 (wording read in BWBV0001009): a request for the presence "
                                + "of officials should not be refused where it is likely to make execution more responsive; encoded as a "
                                + "condition between Parties to ETS 182 (ets182.2), when the request asks for presence "
                                + "(PRESENCE_OF_OFFICIALS_REQUESTED, absent means not asked)."),
                        encoded("ETS30 art. 5", "The declarations are party data (ETS30.5.1.A/B/C.*); reciprocity under 5(2)."),
                        encoded("ETS30 art. 6"),
                        encoded("ETS30 art. 7", "7(3) lead time for a summons on an accused, where declared. Service by simple "
                                + "transmission or formal service (7(1)) and proof of service (7(2)) concern execution."),
                        notEncoded("ETS30 art. 8", "No penalty for a witness or expert who does not answer a summons: a protection owed by "
                                + "the requesting State after service, with no effect on the decision."),
                        notEncoded("ETS30 art. 9", "Allowances and travel expenses of witnesses and experts: a financial term, no effect on "
                                + "the decision."),
                        notEncoded("ETS30 art. 10", "Personal appearance of a witness or expert: the requested State invites and reports the "
                                + "reply; allowances and advances are financial terms. The measure itself (FACILITATING_VOLUNTARY_APPEARANCE) "
                                + "is covered by the general rules and the safe conduct of art. 12."),
                        encoded("ETS30 art. 11", "11(1)(a)-(d) as discretionary grounds for the transfer of a person in custody to the "
                                + "requesting State, in the wording of art. 11 as replaced by ETS 182 art. 3 (read in BWBV0001009): personal "
                                + "appearance for evidentiary purposes other than standing trial, the same four grounds. "
                                + "Transit (11(2)) and custody (11(3)) concern execution."),
                        encoded("ETS30 art. 12", "As a condition of the grant for appearances and transfers; the fifteen days of 12(3) are "
                                + "stated, not run as a deadline, because the engine has no event for 'presence no longer required'."),
                        notEncoded("ETS30 art. 13", "Extracts from judicial records are communicated to the extent the requested State's own "
                                + "law allows (13(1)-(2)): no ground to encode. The channels for such requests are in ets30.15."),
                        encoded("ETS30 art. 14"),
                        encoded("ETS30 art. 15", "The 1959 text for States not both bound by ETS 182 (ets30.15), the text as replaced by "
                                + "ETS 182 art. 4 for those that are (ets182.4.15, 15(7) and 15(8), wording read in BWBV0001009); declared channels are "
                                + "asked (SENT_THROUGH_DECLARED_CHANNEL). 15(7) of the 1959 text (bilateral direct transmission) is left to "
                                + "the host's bilateral data."),
                        encoded("ETS30 art. 16"),
                        encoded("ETS30 art. 17"),
                        notEncoded("ETS30 art. 18", "A non-competent receiving authority forwards the request ex officio: the receiving "
                                + "authority's workflow, not the decision; a request sent through a wrong channel is reported under art. 15."),
                        encoded("ETS30 art. 19", "As a duty listed with the consultations of the decision; the decision drafts the reasons "
                                + "for every refusal."),
                        notEncoded("ETS30 art. 20", "Refund of expenses: a financial term, in the 1959 text and as replaced by ETS 182 "
                                + "art. 5 (wording read in BWBV0001009: experts, transfers of persons in custody, substantial or "
                                + "extraordinary costs, video and telephone links)."),
                        notEncoded("ETS30 art. 21", "Laying of information with a view to proceedings in another State: not a request for "
                                + "assistance in the request model."),
                        notEncoded("ETS30 art. 22", "Periodic exchange of information on convictions between Ministries of Justice: not a "
                                + "request."),
                        encoded("ETS30 art. 23", "Reservations adding grounds or a use limitation, read from party data [GK: the kinds of "
                                + "reservation]; 23(3) applies a requesting State's reservation against it. Withdrawal (23(2)) is the "
                                + "'until' date of a declaration in party data."),
                        encoded("ETS30 art. 24", "An exception forcing art. 3(1) to hold where the requesting State declared the issuing authority "
                                + "judicial (declaration ETS30.24.JUDICIAL_AUTHORITIES, assessment ISSUER_DECLARED_JUDICIAL_AUTHORITY). As replaced "
                                + "by ETS 182 art. 6 (wording read in BWBV0001009) the declaration is made on signature or ratification and may "
                                + "be changed at any time; the rule reads whatever declaration the party data hold."),
                        notEncoded("ETS30 art. 25", "Territorial application: which territory a party entry covers is party data."),
                        notEncoded("ETS30 art. 26", "Relation to other agreements. 26(1) (ETS 30 supersedes earlier bilateral treaties) and "
                                + "26(3) (later agreements only supplement it) would need the date and nature of each bilateral treaty, which "
                                + "party data do not record; the resolver lists a bilateral treaty before ETS 30 without applying art. 26. "
                                + "26(2) (specialised conventions unaffected) is the side-by-side evaluation; 26(4) (uniform legislation) is "
                                + "not recorded."),
                        notEncoded("ETS30 art. 27", FINAL_CLAUSES + " The Convention entered into force on 1962-06-12, the pack's "
                                + "effective date."),
                        notEncoded("ETS30 art. 28", FINAL_CLAUSES),
                        notEncoded("ETS30 art. 29", FINAL_CLAUSES),
                        notEncoded("ETS30 art. 30", FINAL_CLAUSES),
                        encoded("ETS99 art. 1", "An exception disapplying the fiscal ground of ETS 30 art. 2(a), measure by measure, "
                                + "unless either State reserved Chapter I or, for search or seizure, the search reservation of art. 8(2)(a)."),
                        encoded("ETS99 art. 2"),
                        notEncoded("ETS99 art. 3", "Extends the Convention to service of documents on the enforcement of sentences, fines "
                                + "and costs, and to measures on suspension of sentence, conditional release and the like: the pack's scope "
                                + "rules do not exclude those measures, so no rule is needed."),
                        notEncoded("ETS99 art. 4", "Amends the Convention on the exchange of information on convictions (art. 22) [GK on "
                                + "its content]: not a request."),
                        notEncoded("ETS99 art. 5", FINAL_CLAUSES),
                        notEncoded("ETS99 art. 6", FINAL_CLAUSES),
                        notEncoded("ETS99 art. 7", FINAL_CLAUSES),
                        encoded("ETS99 art. 8", "8(2)(a) with 8(4): exceptions that take away art. 1, art. 2(1) and art. 2(2) where either State "
                                + "reserved Chapter I, accepted it only for other offences, or (art. 1, for search or seizure) reserved fiscal search "
                                + "and seizure. 8(1) (Convention reservations carry over) is for party data; 8(2)(b)-(c) (Chapters II and III) "
                                + "change no rule of the pack."),
                        notEncoded("ETS99 art. 9", "More extensive bilateral rules are unaffected: the side-by-side evaluation."),
                        notEncoded("ETS99 art. 10", "Friendly settlement of difficulties: no effect on a decision."),
                        notEncoded("ETS99 art. 11", FINAL_CLAUSES),
                        notEncoded("ETS99 art. 12", FINAL_CLAUSES),
                        notEncoded("ETS182 art. 1", "Amends art. 1 of the Convention: encoded as ETS30 art. 1(1), 1(3) and 1(4) "
                                + "(ets30.1.1, ets30.1.3, ets30.1.4)."),
                        notEncoded("ETS182 art. 2", "Replaces art. 4 of the Convention (presence of officials): encoded as ETS30 art. 4(2) "
                                + "(ets182.2)."),
                        notEncoded("ETS182 art. 3", "Replaces art. 11 of the Convention (personal appearance for evidentiary purposes other "
                                + "than standing trial; grounds (a)-(d) unchanged): encoded as ets30.11.1.a-d in the replaced wording."),
                        notEncoded("ETS182 art. 4", "Replaces art. 15 of the Convention: encoded as ets182.4.15, ets182.4.15.7 and "
                                + "ets182.4.15.8 (ETS30 art. 15(1), 15(7), 15(8))."),
                        notEncoded("ETS182 art. 5", "Replaces art. 20 of the Convention (costs; wording read in BWBV0001009): a financial "
                                + "term."),
                        notEncoded("ETS182 art. 6", "Replaces art. 24 of the Convention (judicial authorities; wording read in BWBV0001009): "
                                + "read through the "
                                + "declaration ETS30.24.JUDICIAL_AUTHORITIES in ets30.3.1."),
                        encoded("ETS182 art. 7"),
                        notEncoded("ETS182 art. 8", "Formalities and procedures the requesting State asks for are complied with unless "
                                + "contrary to fundamental principles: how a granted request is executed, not whether."),
                        encoded("ETS182 art. 9", "9(1)-(3) for witnesses and experts; 9(8)-(9) for accused persons and suspects. The "
                                + "conduct of the hearing (9(4)-(7)) concerns execution."),
                        encoded("ETS182 art. 10", "10(1)-(4); the practical arrangements of 10(5)-(6) concern execution."),
                        notEncoded("ETS182 art. 11", "Spontaneous information is not a request. Declarations under 11(4) are recorded in "
                                + "party-data notes; no rule reads them."),
                        notEncoded("ETS182 art. 12", "Restitution: the requested State may place articles at the requesting State's disposal "
                                + "for return to their owners; permissive, no ground or condition of a request."),
                        encoded("ETS182 art. 13", "Transfer to the requested State, by agreement (13(1)); consent where either State declared "
                                + "under 13(7); safe conduct (13(6), art. 12) as a condition. 13(2)-(5) concern execution."),
                        notEncoded("ETS182 art. 14", "Appearance of transferred sentenced persons for review of judgment: arts. 11 and 12 "
                                + "apply mutatis mutandis; the measure catalogue has no such measure, and a transfer request is evaluated "
                                + "under art. 11."),
                        encoded("ETS182 art. 15", "15(4): a translated summary of documents to be served. 15(2)-(3) bind the issuing "
                                + "authority."),
                        notEncoded("ETS182 art. 16", "Service by post is made directly to the addressee, not requested from the other State."),
                        encoded("ETS182 art. 17"),
                        encoded("ETS182 art. 18"),
                        encoded("ETS182 art. 19"),
                        encoded("ETS182 art. 20", "20(1)-(2) and 20(10); the team's operation (20(3)-(9), (11)-(12)) concerns execution."),
                        notEncoded("ETS182 art. 21", "Criminal liability regarding officials during operations: no effect on the decision."),
                        notEncoded("ETS182 art. 22", "Civil liability regarding officials: no effect on the decision."),
                        notEncoded("ETS182 art. 23", "The States endeavour to agree on the protection of witnesses: no ground or condition to "
                                + "encode."),
                        notEncoded("ETS182 art. 24", "Provisional measures may be taken and granted partially or with conditions: the "
                                + "requested State's discretion, which the engine's per-measure and conditional outcomes express; no ground."),
                        encoded("ETS182 art. 25"),
                        encoded("ETS182 art. 26"),
                        notEncoded("ETS182 art. 27", "Declarations on administrative authorities: read through the assessment "
                                + "ADMINISTRATIVE_PROCEEDINGS in ets30.1.3 (ETS30 art. 1(3))."),
                        notEncoded("ETS182 art. 28", "More extensive bilateral rules are unaffected: the side-by-side evaluation."),
                        notEncoded("ETS182 art. 29", "Friendly settlement: no effect on a decision."),
                        notEncoded("ETS182 art. 30", FINAL_CLAUSES + " The Protocol entered into force on 2004-02-01, the effective date of "
                                + "its rules."),
                        notEncoded("ETS182 art. 31", FINAL_CLAUSES),
                        notEncoded("ETS182 art. 32", FINAL_CLAUSES),
                        encoded("ETS182 art. 33", "33(2) with 33(4): exceptions forcing the scope of arts. 17 to 20 false where either State "
                                + "reserved the article, wholly or (unless the measure is within what both accepted) in part. No rule reads a "
                                + "reservation of art. 16. 33(1) (earlier reservations carry over) is for party data."),
                        notEncoded("ETS182 art. 34", FINAL_CLAUSES),
                        notEncoded("ETS182 art. 35", FINAL_CLAUSES),
                        encoded("ETS90 art. 8", "8(1) as an exception to the political-offence ground, 8(2) as a discretionary ground, for "
                                + "ETS 90 offences between its Parties; 8(3) is why they modify ETS 30."),
                        encoded("ETS185 art. 25", "25(4) only: between Parties to the Budapest Convention its offences (arts. 2-11) are "
                                + "not refused as fiscal even where ETS 30 governs (an exception to the fiscal ground of art. 2(a)). The rest of "
                                + "the Budapest Convention is the ETS185 pack, evaluated alongside."),
                        encoded("ETS185 art. 29", "29(5) only, across packs: between Parties to the Budapest Convention a request for "
                                + "expedited preservation may only be refused on the art. 29(5) grounds, whatever treaty also applies, so "
                                + "the fiscal ground of ETS 30 art. 2(a) does not reach it. The rest of art. 29 is the ETS185 pack."),
                        encoded("ICSFT art. 12", "12(2): bank secrecy is no ground. 12(3): use limitation without the requested "
                                + "Party's prior consent, a condition (wording read in BWBV0001518)."),
                        encoded("ICSFT art. 13"),
                        encoded("ICSFT art. 14"),
                        encoded("ICSFT art. 15")));
    }

    static PackDocumentation ets185() {
        return new PackDocumentation("ETS185", "ets185.md", "Budapest Convention on Cybercrime, chapter III (pack `ETS185`)",
                "Encodes chapter III (international co-operation) of the Council of Europe Convention on Cybercrime (ETS 185, Budapest, "
                        + "2001) as far as mutual assistance goes: the general principles (arts. 23, 25), the procedures absent an applicable "
                        + "treaty (arts. 27, 28), expedited preservation and disclosure (arts. 29, 30) and the investigative powers (arts. 33, "
                        + "34), with the reservation of art. 29(4) and the declaration of art. 27(9)(e). Source: the project's legal reference, "
                        + "section 6, checked against the English text (SG-ETS185). Every item encoded is marked verified [V]. The specific "
                        + "provisions are chosen by the measure's type and data category (`MeasureType`, `DataCategory`): real-time "
                        + "collection of traffic data falls under art. 33, of content data under art. 34, and an interception whose category "
                        + "is not stated is treated as one of content data.",
                List.of("Arts. 27 and 28 apply only where no treaty of mutual legal assistance or uniform or reciprocal legislation binds "
                                + "the two States, unless they agree to apply them (27(1), 28(1)): their rules read MLA_TREATY_BINDS and "
                                + "AGREED_TO_APPLY_CONVENTION_PROVISIONS, which the resolver answers from party data (ETS 30 and bilateral "
                                + "MLATs are such treaties).",
                        "Where a treaty applies, its own pack gives its grounds (e.g. ETS30 art. 2) and is evaluated side by side; the "
                                + "Convention's own rules still apply: 25(4) (fiscal), 25(5) (conduct-based dual criminality), 29, 30, 33, 34.",
                        "Preservation (29(5)) and expedited disclosure (30(2)) may only be refused on the grounds those paragraphs list; "
                                + "the art. 25(4) fallback to domestic-law grounds is not applied to them.",
                        "The Convention has no clause making reservations reciprocal, so a 29(4) reservation is applied only when the "
                                + "reserving State is the requested State."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.DISCRETIONARY, DualCriminalityVariant.DISAPPLIED_FOR_MEASURES,
                        DualCriminalityVariant.CONDUCT_BASED_TEST),
                        List.of("ets185.25.4.dc", "ets185.25.5", "ets185.29.3", "ets185.29.4"),
                        "Where no treaty applies, dual criminality is a ground only if the requested State's law requires it (art. "
                                + "25(4), ets185.25.4.dc). Wherever it is required, it is judged on the conduct, not the category or name of "
                                + "the offence (art. 25(5)): refusal because the offence is classified differently is not permitted. It is "
                                + "never a condition of preservation (art. 29(3)), save under a reservation under art. 29(4), for offences "
                                + "other than those of arts. 2 to 11, where it will fail at disclosure (ets185.29.4)."),
                List.of(
                        encoded("ETS185 art. 23", "As the pack's scope: offences related to computer systems and data, or electronic "
                                + "evidence of any offence; electronic measures and computer-related offences are taken as such, otherwise "
                                + "CYBERCRIME_OR_ELECTRONIC_EVIDENCE is asked."),
                        notEncoded("ETS185 art. 24", "Extradition: outside mutual assistance."),
                        encoded("ETS185 art. 25", "25(4) (fiscal for arts. 2-11 offences; domestic-law grounds and dual criminality where no "
                                + "treaty applies) and 25(5). 25(1)-(2) are undertakings; 25(3) (urgent requests by expedited means, to be "
                                + "accepted and answered likewise) concerns the means of communication, which no rule rejects."),
                        notEncoded("ETS185 art. 26", "Spontaneous information is not a request."),
                        encoded("ETS185 art. 27", "27(2) and 27(9) channels, 27(4) grounds, 27(5) postponement, 27(6)-(7) duties, 27(8) "
                                + "confidentiality; 27(1) as the applicability of each; 27(3) (procedures specified by the requesting State) "
                                + "concerns execution."),
                        encoded("ETS185 art. 28", "28(2)(a)-(b) are the requested Party's option ('may make the supply ... conditional'): "
                                + "each attaches only where the host says the requested Party takes it (SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY, "
                                + "SUPPLY_CONDITIONAL_ON_USE_LIMITATION, read with Conditions.chosen, so an absent answer means not taken); "
                                + "28(3)-(4) are stated with them."),
                        encoded("ETS185 art. 29"),
                        encoded("ETS185 art. 30"),
                        notEncoded("ETS185 art. 31", "Access to stored data is answered under the instruments, arrangements and laws of art. "
                                + "23: the general rules (art. 25(4), and art. 27 where no treaty applies) apply to ACCESS_TO_STORED_DATA. "
                                + "The expedited basis of 31(3) sets no time limit to encode."),
                        notEncoded("ETS185 art. 32", "Trans-border access to public or consented data needs no request."),
                        encoded("ETS185 art. 33"),
                        encoded("ETS185 art. 34"),
                        notEncoded("ETS185 art. 35", "The 24/7 network is a point of contact, not a channel of the request model; a "
                                + "preservation request received through it is evaluated like any other."),
                        notEncoded("ETS185 art. 40", "Declarations: art. 27(9)(e) is read as ETS185.27.9.E.CENTRAL_AUTHORITY in ets185.27.9; "
                                + "the others concern chapter II."),
                        notEncoded("ETS185 art. 42", "Reservations: art. 29(4) is read as ETS185.29.4.DUAL_CRIMINALITY in ets185.29.3 and "
                                + "ets185.29.4; the others concern chapter II or the federal clause.")));
    }

    static PackDocumentation cets224() {
        return new PackDocumentation("CETS224", "cets224.md",
                "Second Additional Protocol to the Budapest Convention (pack `CETS224`)",
                "Encodes the Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of "
                        + "electronic evidence (CETS 224, opened for signature 2022-05-12) as far as the project's legal reference is sure of "
                        + "it (section 6.10): that it governs nothing until in force between the two States, the data categories the titles of "
                        + "arts. 7 and 8 name, and the reservation to art. 7 of art. 7(9)(a). The Protocol was not in force in the reference's "
                        + "snapshot (three ratifications by 2026-02-05); its party data say so, so the resolver answers BOUND_BY_CETS224 "
                        + "false and the pack is not applicable until newer data are laid over it.",
                List.of("The Protocol supplements the Budapest Convention between its Parties; the pack is evaluated alongside `ETS185`.",
                        "Of its tools, only orders for stored computer data (arts. 7 and 8) are encoded: a direct order to a service provider "
                                + "(transmission channel SERVICE_PROVIDER) falls under art. 7, for subscriber information only; an order the "
                                + "requested State gives effect to falls under art. 8, for subscriber information and traffic data only. The "
                                + "other tools (domain name registration, emergency disclosure and assistance, video conferencing, joint "
                                + "teams) and the safeguards of arts. 13-14 are reported from general knowledge [GK] and not encoded; a "
                                + "measure outside arts. 7 and 8 is not applicable under this pack.",
                        "Timeframes of art. 8 (45/20/45 days) are reported with low confidence [GK?] and are not encoded as deadlines."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.NOT_ADDRESSED), List.of(),
                        "The legal reference records nothing on dual criminality under the Protocol; the Budapest Convention's own rules "
                                + "(pack `ETS185`) apply alongside."),
                List.of(
                        notEncoded("CETS224 art. 1", "Purpose (title verified only)."),
                        encoded("CETS224 art. 2", "Scope (title verified only): the pack limits itself to the orders of arts. 7 and 8."),
                        notEncoded("CETS224 art. 3", "Definitions, incl. 'emergency' [GK]."),
                        notEncoded("CETS224 art. 4", "Language (title verified only) [GK]."),
                        notEncoded("CETS224 art. 5", "General principles for chapter II (title verified only) [GK]."),
                        notEncoded("CETS224 art. 6", "Requests for domain name registration information [GK]."),
                        encoded("CETS224 art. 7", "Subscriber information only (title verified); the reservation of 7(9)(a) from party data. "
                                + "Notification and consultation requirements a Party may impose are [GK] and not encoded."),
                        encoded("CETS224 art. 8", "Subscriber information and traffic data only (title verified). Japan's declaration under "
                                + "art. 19(2) concerning art. 8 is recorded in party-data notes; its content is not in the reference."),
                        notEncoded("CETS224 art. 9", "Expedited disclosure in an emergency [GK]."),
                        notEncoded("CETS224 art. 10", "Emergency mutual assistance [GK]."),
                        notEncoded("CETS224 art. 11", "Video conferencing [GK]."),
                        notEncoded("CETS224 art. 12", "Joint investigation teams and joint investigations [GK]."),
                        notEncoded("CETS224 art. 13", "Conditions and safeguards [GK]."),
                        notEncoded("CETS224 art. 14", "Protection of personal data [GK]."),
                        encoded("CETS224 art. 16", "Entry into force (five ratifications [GK]) as the request-level scope rule, answered from "
                                + "party data."),
                        notEncoded("CETS224 art. 19", "Reservations and declarations: 19(1) with 7(9)(a) read as "
                                + "CETS224.7.9.A.NO_ARTICLE_7 in cets224.7.9.a; 19(2) declarations are recorded in party-data notes.")));
    }
}
