package org.openmla.treaties.un;

import static org.openmla.treaties.docs.ProvisionCoverage.encoded;
import static org.openmla.treaties.docs.ProvisionCoverage.notEncoded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openmla.treaties.DualCriminalityVariant;
import org.openmla.treaties.docs.DualCriminalityRegime;
import org.openmla.treaties.docs.PackDocumentation;
import org.openmla.treaties.docs.ProvisionCoverage;

/** The documentation of the UN packs: what {@code docs/packs/untoc.md}, {@code uncac.md} and {@code un-model-treaty.md} say beyond the rules. */
final class UnDocumentation {
    private UnDocumentation() {}

    /** @return the UNTOC pack's documentation */
    static PackDocumentation untoc() {
        return new PackDocumentation("UNTOC", "untoc.md", "UNTOC art. 18 — mutual legal assistance (pack `UNTOC`)",
                "Encodes article 18 of the United Nations Convention against Transnational Organized Crime (Palermo, 2000), with the articles "
                        + "it relies on for scope (arts. 2(a), 2(b), 3). Source: the project's legal reference, section 2, checked against the "
                        + "English text (SG-UNTOC). Every item encoded is marked verified [V] in the legal reference, so no rule carries a caveat. "
                        + "Facts that need judgement are assessments: the pack's own keys are in `org.openmla.treaties.un.UnAssessments`.",
                layering("UNTOC", "18", "UNTOC.18.7")
                        .and("Matters the article does not list — political offence, ne bis in idem, discrimination (art. 16(14) is for extradition "
                                + "only), the death penalty — are not grounds under this pack; a proposal to refuse on them is answered NOT_PROVIDED. "
                                + "A State can reach them only through 18(21)(b)/(d) or a governing treaty (legal reference 2.14).")
                        .and("The three Protocols (trafficking in persons, smuggling of migrants, firearms) make their offences Convention "
                                + "offences (Protocol art. 1(3)) [GK]: not encoded. A Protocol offence that is not a serious crime is not brought "
                                + "within the scope rule by this pack.")
                        .list(),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.DISCRETIONARY), List.of("untoc.18.9"),
                        "UNTOC art. 18(9): the requested State may decline for absence of dual criminality (a discretionary ground, within paragraphs "
                                + "9 to 29, so it gives way to a governing treaty's own rule) and may assist anyway. There is no distinction between "
                                + "coercive and other measures (an earlier draft had one; the adopted text is permissive only). The test is the requested "
                                + "State's own; the pack asks the standard assessment DUAL_CRIMINALITY (is the underlying conduct an offence in the "
                                + "requested State?)."),
                coverage("UNTOC", "18", List.of(
                        encoded("UNTOC art. 18(1)", "With arts. 2(a), 2(b), 3(1) and 3(2): offences covered, serious crime of at least four years, "
                                + "transnational nature and organized criminal group (or reasonable grounds to suspect them)."),
                        notEncoded("UNTOC art. 18(2)", LEGAL_PERSONS),
                        encoded("UNTOC art. 18(3)", "(a)-(h) listed purposes; (i) any other assistance not contrary to the requested State's law.")),
                        "UNTOC art. 18(24)", PROGRESS));
    }

    /** @return the UNCAC pack's documentation */
    static PackDocumentation uncac() {
        return new PackDocumentation("UNCAC", "uncac.md", "UNCAC art. 46 — mutual legal assistance (pack `UNCAC`)",
                "Encodes article 46 of the United Nations Convention against Corruption (Merida, 2003) and the conduct-based dual criminality "
                        + "test of art. 43(2). Article 46 mirrors UNTOC art. 18 paragraph by paragraph (legal reference section 3): the common "
                        + "rules are built once, parameterised by instrument and article, and shared with the UNTOC pack; this pack adds what "
                        + "differs — scope without a transnational or organized-crime element, the asset-recovery purposes (3)(j)-(k), and the "
                        + "dual criminality regime of 46(9) with 43(2). Every item encoded is marked verified [V] in the legal reference.",
                layering("UNCAC", "46", "UNCAC.46.7")
                        .and("Where both UNTOC and UNCAC bind the States and the offence falls under both, each pack is evaluated on its own; the "
                                + "request's claimed legal basis decides which packs the resolver puts in the evaluation.")
                        .list(),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.DISCRETIONARY_FOR_COERCIVE_ONLY, DualCriminalityVariant.CONDUCT_BASED_TEST),
                        List.of("uncac.46.9.b", "uncac.46.9.b.non-coercive", "uncac.46.9.b.de-minimis", "uncac.46.9.b.other-provisions", "uncac.43.2"),
                        "UNCAC art. 46(9)(b), measure by measure: absent dual criminality the requested State may decline (uncac.46.9.b), but it "
                                + "shall render assistance involving no coercive action where consistent with the basic concepts of its legal system "
                                + "(uncac.46.9.b.non-coercive, an exception that disapplies the ground) — unless the matter is de minimis or the "
                                + "cooperation is available under other provisions of the Convention, which are then grounds of their own "
                                + "(uncac.46.9.b.de-minimis, uncac.46.9.b.other-provisions). Decision table (legal reference section 3): "
                                + "non-coercive, not de minimis, consistent → GRANT; non-coercive and de minimis or available elsewhere → MAY_REFUSE; "
                                + "non-coercive but inconsistent with basic concepts → MAY_REFUSE; coercive → MAY_REFUSE. The test is the conduct "
                                + "(art. 43(2), uncac.43.2): where the conduct is criminal in both States, a refusal because the offence is classified "
                                + "or named differently is not permitted (ground OFFENCE_CATEGORY_OR_NAME_DIFFERS). Whether a measure is coercive "
                                + "comes from the measure catalogue (MeasureType.isCoercive(), which marks unsettled types coercive)."),
                coverage("UNCAC", "46", List.of(
                        encoded("UNCAC art. 46(1)", "With art. 3(1): offences established in accordance with the Convention; no transnational "
                                + "or organized-crime element."),
                        notEncoded("UNCAC art. 46(2)", LEGAL_PERSONS.replace("art. 10", "art. 26")),
                        encoded("UNCAC art. 46(3)", "(a)-(h) as UNTOC; (j) identifying, freezing and tracing proceeds and (k) recovery of assets "
                                + "under chapter V; (i) any other assistance not contrary to the requested State's law.")),
                        "UNCAC art. 46(24)", PROGRESS + " UNCAC adds that the requesting State may make reasonable requests for information on the "
                                + "status and progress of the measures taken, and the requested State shall respond on status and progress: still no "
                                + "period to encode.", encoded("UNCAC art. 43(2)", "Conduct-based dual criminality; applies to all international "
                                + "cooperation, so outside the layering of art. 46(7).")));
    }

    /** @return the UN Model Treaty pack's documentation */
    static PackDocumentation modelTreaty() {
        return new PackDocumentation("UN_MODEL_TREATY", "un-model-treaty.md",
                "UN Model Treaty on Mutual Assistance in Criminal Matters, 1990 (pack `UN_MODEL_TREATY`)",
                "Encodes the UN Model Treaty (GA res. 45/117, 14 December 1990) as the template for bilateral treaty packs: a bilateral pack "
                        + "extends it (`RulePack.builder(\"NL-XX\", \"1.0.0\").extending(\"UN_MODEL_TREATY\")`), replaces the rules its treaty "
                        + "words differently, disables the grounds it lacks and adds its own (e.g. dual criminality, which the Model Treaty does "
                        + "not address). The Model Treaty binds no State; party data lists it as non-binding, so a request citing it is reported "
                        + "as citing a non-binding instrument. Only art. 1 and art. 4(1)(a)-(b) and the opening of 4(1)(c) are verified in the "
                        + "legal reference [V: UMN-MT]; everything else is reported there from general knowledge [GK] and carries a caveat here. "
                        + "Amendments by GA res. 53/112 (1998) [GK] are not encoded.",
                List.of("The pack has no layering of its own: a bilateral treaty built on it is recorded in party data (bilateralTreaties) and, as "
                                + "a treaty of mutual legal assistance, switches off UNTOC art. 18(9)-(29) and UNCAC art. 46(9)-(29) between its two "
                                + "States (UNTOC art. 18(7), UNCAC art. 46(7)).",
                        "The Model Treaty's footnotes invite negotiators to add grounds (dual criminality, fiscal offences, capital punishment) or "
                                + "to narrow the political-offence exception (e.g. for terrorist violence) [GK?]: not encoded; a bilateral pack adds "
                                + "what its treaty says."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.NOT_ADDRESSED), List.of(),
                        "The Model Treaty has no dual criminality ground (legal reference section 10: '-', see 4(1)(e), which lets the requested "
                                + "State refuse compulsory measures inconsistent with its law and practice). A bilateral treaty that requires dual "
                                + "criminality adds a rule in its own pack."),
                List.of(
                        encoded("UN_MODEL_TREATY art. 1", "Scope, forms of assistance and exclusions [V: UMN-MT]. The reference gives art. 1 "
                                + "without paragraph numbers, so the rules cite the article."),
                        notEncoded("UN_MODEL_TREATY art. 3", "Designation of competent authorities: data about the Parties, not a condition a "
                                + "request can fail."),
                        encoded("UN_MODEL_TREATY art. 4(1)", "(a), (b) [V]; (c) opening words [V], rest [GK]; (d)-(f) [GK]."),
                        encoded("UN_MODEL_TREATY art. 4(2)", "[GK]"),
                        encoded("UN_MODEL_TREATY art. 4(3)", "[GK]"),
                        encoded("UN_MODEL_TREATY art. 4(4)", "[GK]"),
                        notEncoded("UN_MODEL_TREATY art. 4(5)", "Reasons for refusal or postponement [GK]: the engine gives reasons for every "
                                + "refusal outcome (Decision.refusalReasons()); postponement reasons are the postponement rule's statement."),
                        encoded("UN_MODEL_TREATY art. 5", "Contents [GK]; the reference gives no point numbering, so the rules cite the article. "
                                + "Reasons for a special procedure, the time limit desired and other information matter only when the requesting "
                                + "State wants them and are not checked."),
                        encoded("UN_MODEL_TREATY art. 5(3)", "[GK]"),
                        notEncoded("UN_MODEL_TREATY art. 6", "Execution promptly, under the requested State's law, in the manner requested where "
                                + "not prohibited [GK]: how to execute, not whether."),
                        encoded("UN_MODEL_TREATY art. 7", "[GK]"),
                        encoded("UN_MODEL_TREATY art. 8", "[GK]"),
                        encoded("UN_MODEL_TREATY art. 9", "[GK]"),
                        notEncoded("UN_MODEL_TREATY art. 14", "Safe conduct (arts. 14-15): the legal reference gives only the heading [GK]; not "
                                + "encoded rather than guessed. A bilateral pack adds its treaty's provision."),
                        notEncoded("UN_MODEL_TREATY art. 15", "See art. 14."),
                        notEncoded("UN_MODEL_TREATY art. 20", "Costs (ordinary costs borne by the requested State) [GK]: no effect on whether the "
                                + "request is granted.")));
    }

    // ---- shared text ----

    static final String LEGAL_PERSONS = "Assistance is to be afforded 'to the fullest extent possible' in proceedings in which a legal person may "
            + "be held liable (art. 10). Those proceedings concern the same offences, so the scope rule of paragraph 1 already covers them; the "
            + "paragraph sets a standard of effort, not a condition a request can fail. Offence.legalPersonLiability marks such proceedings.";

    static final String PROGRESS = "Execute as soon as possible, taking as full account as possible of reasoned deadlines suggested by the "
            + "requesting State; answer reasonable progress inquiries; the requesting State reports when assistance is no longer required. There is "
            + "no fixed period to encode as a deadline (legal reference 11.1); progress and NO_LONGER_REQUIRED belong to the request lifecycle.";

    private static Lines layering(String instrument, String article, String relationship) {
        String a = instrument + " art. " + article;
        return new Lines()
                .and("Paragraphs 1 to 8 and 30 apply whenever both States are bound by " + instrument + "; paragraphs 9 to 29 only if no treaty "
                        + "of mutual legal assistance binds them, or if they agree to apply these paragraphs instead (" + a + "(7)). Every rule for "
                        + "paragraphs 9 to 29 carries the applicability condition \"paragraphs 9 to 29 are in play: no treaty of mutual legal "
                        + "assistance binds the two States, or they agreed to apply these paragraphs instead (" + a + "(7))\", so a decision "
                        + "lists those rules as not applicable, with that reason, when a treaty governs.")
                .and("The LegalBasisResolver's relationship `" + relationship + "` (a ResidualProvisionsRule) supplies the answers as system "
                        + "assessments by `system:resolver`: MLA_TREATY_BINDS from party data (a bilateral MLA treaty, or a multilateral instrument "
                        + "flagged mlaTreaty, in force for both States on the date) and, when one binds, AGREED_TO_APPLY_CONVENTION_PROVISIONS "
                        + "(true only if the bilateral treaty's record says the States agreed). A host may assess either itself, e.g. for an ad "
                        + "hoc agreement; its assessment wins.")
                .and("Bank secrecy (" + a + "(8)) lies outside paragraphs 9 to 29: its rule has no applicability condition and applies even "
                        + "where a bilateral treaty governs.")
                .and("Other treaties' obligations are unaffected (" + a + "(6)): the resolver offers every instrument that binds both States, "
                        + "strongest first (bilateral treaty, multilateral MLA treaty, convention).");
    }

    private static List<ProvisionCoverage> coverage(String instrument, String article, List<ProvisionCoverage> specific, String progressCite,
            String progressText, ProvisionCoverage... extra) {
        String a = instrument + " art. " + article;
        List<ProvisionCoverage> all = new ArrayList<>(specific);
        all.add(encoded(a + "(4)", "Information transmitted without a prior request is a communication of its own kind "
                + "(CommunicationKind.SPONTANEOUS_INFORMATION, which the pack covers): paragraphs 9 to 29 do not apply to it; whether it "
                + "relates to criminal matters is asked (INFORMATION_ON_CRIMINAL_MATTERS)."));
        all.add(encoded(a + "(5)", "The confidentiality and restrictions on use the sending State asks for are conditions the receiving "
                + "State keeps to; disclosing exculpatory information (EXCULPATORY_DISCLOSURE) is a condition of its own, with the notice "
                + "owed to the sending State. 'Without prejudice to the sending State's proceedings' is in the statement of paragraph 4."));
        all.add(notEncoded(a + "(6)", "Obligations under other treaties are unaffected: the LegalBasisResolver offers every instrument that "
                + "binds both States; this article displaces none."));
        all.add(notEncoded(a + "(7)", "Encoded as the applicability condition of every rule for paragraphs 9 to 29 (shown in decisions as "
                + "'paragraphs 9 to 29 are in play: ... (" + a + "(7))') and by the resolver's ResidualProvisionsRule, which supplies MLA_TREATY_BINDS and "
                + "AGREED_TO_APPLY_CONVENTION_PROVISIONS; it decides which rules are in play, so it is not a rule of its own."));
        all.add(encoded(a + "(8)"));
        all.add(encoded(a + "(9)"));
        all.add(encoded(a + "(10)", "Preconditions: consent (a) and agreement of both States (b)."));
        all.add(encoded(a + "(11)"));
        all.add(encoded(a + "(12)"));
        all.add(encoded(a + "(13)", "The channel; declarations " + instrument + "." + article + ".13.DIPLOMATIC_CHANNEL and ."
                + "13.INTERPOL in party data change it for a State."));
        all.add(encoded(a + "(14)", "Oral urgent requests (where agreed: declaration " + instrument + "." + article + ".14.ORAL_REQUESTS or "
                + "assessment ORAL_REQUEST_AGREED) and their written confirmation 'forthwith'; language; authenticity."));
        all.add(encoded(a + "(15)", "A missing element makes the request DEFICIENT (more information, paragraph 16), not refused."));
        all.add(encoded(a + "(16)"));
        all.add(notEncoded(a + "(17)", "Execution under the requested State's law, following requested procedures where not contrary to it: how "
                + "to execute, not whether; a procedure contrary to domestic law is weighed under paragraph 21(c) or (d)."));
        all.add(encoded(a + "(18)"));
        all.add(encoded(a + "(19)"));
        all.add(encoded(a + "(20)"));
        all.add(encoded(a + "(21)"));
        all.add(encoded(a + "(22)"));
        all.add(notEncoded(a + "(23)", "Reasons for any refusal: the engine gives them for every refusal outcome (Decision.refusalReasons(): each "
                + "determining ground with its citation and statement), so every decision meets the duty without a rule; a scenario checks it."));
        all.add(notEncoded(progressCite, progressText));
        all.add(encoded(a + "(25)"));
        all.add(encoded(a + "(26)", "Listed among the decision's consultations whenever a paragraph 21 ground or paragraph 25 postponement holds."));
        all.add(encoded(a + "(27)", "Safe conduct ends 15 consecutive days after official notice (or an agreed period); the engine has no event "
                + "for 'official notice', so the period is in the statement rather than a deadline."));
        all.add(encoded(a + "(28)"));
        all.add(encoded(a + "(29)", "(a) public records shall be provided: a not-a-ground rule forbids withholding them under (b) ("
                + instrument.toLowerCase(java.util.Locale.ROOT) + "." + article + ".29.a); (b) non-public records at discretion."));
        all.add(notEncoded(a + "(30)", "States consider further agreements: no effect on a request."));
        all.addAll(List.of(extra));
        return List.copyOf(all);
    }

    private static List<ProvisionCoverage> coverage(String instrument, String article, List<ProvisionCoverage> specific, String progressCite,
            String progressText) {
        return coverage(instrument, article, specific, progressCite, progressText, new ProvisionCoverage[0]);
    }

    private static final class Lines {
        private final List<String> lines = new ArrayList<>();

        Lines and(String line) {
            lines.add(line);
            return this;
        }

        List<String> list() {
            return List.copyOf(lines);
        }
    }
}
