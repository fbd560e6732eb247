package org.openmla.bench.peers;

import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Person;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.decision.Verdict;

/**
 * The UNTOC art. 18 rules as a hand-written {@code if}/{@code else} evaluator: what a careful developer would write
 * for this one instrument, with the same findings as the pack (a verdict per rule and scope) and the same outcome.
 * The floor our engine is measured against. Complete requests only: a missing assessment is an error.
 */
public final class HandWrittenUntoc {
    private HandWrittenUntoc() {}

    private static final Period SERIOUS = Period.ofYears(4);
    private static final int TOC = 0, CONVENTION_OFFENCE = 1, TREATY_BINDS = 2, AGREED_TO_APPLY = 3, CONTRARY_TO_LAW = 4, DUAL_CRIMINALITY = 5,
            CONSENT = 6, TRANSFER_AGREED = 7, ORAL_AGREED = 8, LANGUAGE_ACCEPTABLE = 9, AUTHENTIC = 10, PERSON_DETAILS_NOT_POSSIBLE = 11,
            MORE_INFORMATION = 12, VIDEOCONFERENCE = 13, NON_CONFORMITY = 14, ESSENTIAL_INTERESTS = 15, DOMESTIC_PROHIBITION = 16,
            LEGAL_SYSTEM = 17, FISCAL = 18, INTERFERES = 19, EXPENSES = 20, NOT_PUBLIC = 21, REQUIRED = 22,
            // options (Conditions.chosen): absent means no, so they are not required
            CONSULTATION_HELD = 22, CONDITIONS_ACCEPTED = 23, KEYS = 24;

    private static int index(String key) {
        return switch (key) {
            case "TRANSNATIONAL_ORGANISED_CRIME" -> TOC;
            case "UNTOC_CONVENTION_OFFENCE" -> CONVENTION_OFFENCE;
            case "MLA_TREATY_BINDS" -> TREATY_BINDS;
            case "AGREED_TO_APPLY_CONVENTION_PROVISIONS" -> AGREED_TO_APPLY;
            case "OTHER_ASSISTANCE_CONTRARY_TO_LAW" -> CONTRARY_TO_LAW;
            case "DUAL_CRIMINALITY" -> DUAL_CRIMINALITY;
            case "DETAINED_PERSON_CONSENT" -> CONSENT;
            case "TRANSFER_AGREED_BY_BOTH_STATES" -> TRANSFER_AGREED;
            case "ORAL_REQUEST_AGREED" -> ORAL_AGREED;
            case "LANGUAGE_ACCEPTABLE" -> LANGUAGE_ACCEPTABLE;
            case "AUTHENTICITY_ESTABLISHED" -> AUTHENTIC;
            case "PERSON_DETAILS_NOT_POSSIBLE" -> PERSON_DETAILS_NOT_POSSIBLE;
            case "ADDITIONAL_INFORMATION_NEEDED" -> MORE_INFORMATION;
            case "VIDEOCONFERENCE_NOT_POSSIBLE" -> VIDEOCONFERENCE;
            case "REQUEST_NOT_IN_CONFORMITY" -> NON_CONFORMITY;
            case "ESSENTIAL_INTERESTS" -> ESSENTIAL_INTERESTS;
            case "DOMESTIC_PROHIBITION" -> DOMESTIC_PROHIBITION;
            case "CONTRARY_TO_MLA_LEGAL_SYSTEM" -> LEGAL_SYSTEM;
            case "FISCAL_OFFENCE" -> FISCAL;
            case "INTERFERES_WITH_PROCEEDINGS" -> INTERFERES;
            case "SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES" -> EXPENSES;
            case "RECORDS_NOT_PUBLICLY_AVAILABLE" -> NOT_PUBLIC;
            case "CONSULTATION_HELD" -> CONSULTATION_HELD;
            case "CONSULTATION_CONDITIONS_ACCEPTED" -> CONDITIONS_ACCEPTED;
            default -> -1;
        };
    }

    /** The answers: the request's, and a measure's own where the host gave one (it wins for that measure's rules). */
    private static final class Answers {
        final boolean[] request = new boolean[KEYS];
        int given;
        boolean[][] measure;
        int[] measureGiven;

        /** @return the answer for a per-measure rule: the measure's own, else the request's */
        boolean at(int m, int key) {
            return measureGiven != null && (measureGiven[m] & (1 << key)) != 0 ? measure[m][key] : request[key];
        }
    }

    /** The findings and outcomes being built for one request. */
    private static final class Findings {
        final List<PeerDecision.Finding> list;
        final boolean outOfScope;
        Outcome request = Outcome.GRANT;
        final Outcome[] measures;

        Findings(int measureCount, boolean outOfScope) {
            list = new ArrayList<>(34 + 8 * measureCount);
            measures = new Outcome[measureCount];
            Arrays.fill(measures, Outcome.GRANT);
            this.outOfScope = outOfScope;
        }

        /** A rule that is inapplicable when the request is out of scope; {@code effect} applies when the verdict is {@code adverse}. */
        void add(String id, int scope, boolean applies, boolean value, boolean adverse, Outcome effect) {
            Verdict v = outOfScope || !applies ? Verdict.NOT_APPLICABLE : value ? Verdict.TRUE : Verdict.FALSE;
            list.add(new PeerDecision.Finding(id, scope, v));
            if (v != Verdict.NOT_APPLICABLE && value == adverse && effect != null) {
                if (scope == PeerDecision.REQUEST) {
                    request = Outcome.strongest(request, effect);
                } else {
                    measures[scope] = Outcome.strongest(measures[scope], effect);
                }
            }
        }
    }

    /** @return the decision on a complete evaluation under UNTOC */
    public static PeerDecision decide(Evaluation e) {
        MlaRequest r = e.request();
        int n = r.measures().size();
        Answers ans = new Answers();
        boolean[] a = ans.request;
        for (Assessment x : e.assessments()) {
            int i = index(x.key());
            if (i < 0) {
                continue;
            }
            if (x.measureIndex().isPresent()) {
                int m = x.measureIndex().get();
                if (ans.measure == null) {
                    ans.measure = new boolean[n][KEYS];
                    ans.measureGiven = new int[n];
                }
                ans.measure[m][i] = x.value();
                ans.measureGiven[m] |= 1 << i;
            } else {
                a[i] = x.value();
                ans.given |= 1 << i;
            }
        }
        if ((ans.given & ((1 << REQUIRED) - 1)) != (1 << REQUIRED) - 1) {
            throw new IllegalArgumentException("incomplete evaluation: assessments missing");
        }
        StateProfile requested = e.requestedState();
        List<Measure> measures = r.measures();

        boolean inScope = (serious(r) || listedOffence(r) || a[CONVENTION_OFFENCE]) && a[TOC];
        boolean residual = !a[TREATY_BINDS] || a[AGREED_TO_APPLY];
        Findings f = new Findings(n, !inScope);
        // scope findings keep their verdict out of scope
        f.list.add(new PeerDecision.Finding("untoc.18.1", PeerDecision.REQUEST, inScope ? Verdict.TRUE : Verdict.FALSE));
        for (int m = 0; m < n; m++) {
            boolean surrender = measures.get(m).type().family() == MeasureFamily.SURRENDER;
            f.list.add(new PeerDecision.Finding("untoc.18.3", m, surrender ? Verdict.FALSE : Verdict.TRUE));
            if (surrender && inScope) {
                f.measures[m] = Outcome.NOT_APPLICABLE;
            }
        }
        for (int m = 0; m < n; m++) {
            MeasureType t = measures.get(m).type();
            boolean applies = !listed(t) && t.family() != MeasureFamily.SURRENDER;
            boolean contrary = ans.at(m, CONTRARY_TO_LAW);
            f.list.add(new PeerDecision.Finding("untoc.18.3.i", m, !applies ? Verdict.NOT_APPLICABLE : contrary ? Verdict.FALSE : Verdict.TRUE));
            if (applies && contrary && inScope) {
                f.measures[m] = Outcome.NOT_APPLICABLE;
            }
        }
        boolean bank = false;
        boolean onlyService = n > 0;
        boolean described = n > 0;
        for (Measure m : measures) {
            MeasureType t = m.type();
            bank |= t == MeasureType.BANK_AND_BUSINESS_RECORDS || t == MeasureType.BANK_ACCOUNT_INFORMATION
                    || t == MeasureType.BANKING_TRANSACTION_INFORMATION || t == MeasureType.MONITORING_OF_BANKING_TRANSACTIONS;
            onlyService &= t == MeasureType.SERVICE_OF_DOCUMENTS;
            described &= m.description().isPresent() || !m.targets().isEmpty();
        }
        f.add("untoc.18.8", PeerDecision.REQUEST, true, bank, true, null);
        f.add("untoc.18.9", PeerDecision.REQUEST, residual, !a[DUAL_CRIMINALITY], true, Outcome.MAY_REFUSE);
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.10.a", m, residual && isTransfer(measures.get(m)), ans.at(m, CONSENT), false, Outcome.MUST_REFUSE);
        }
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.10.b", m, residual && isTransfer(measures.get(m)), ans.at(m, TRANSFER_AGREED), false, Outcome.MUST_REFUSE);
        }
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.11", m, residual && isTransfer(measures.get(m)), true, true, Outcome.GRANT_WITH_CONDITIONS);
        }
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.12", m, residual && isTransfer(measures.get(m)), true, true, Outcome.GRANT_WITH_CONDITIONS);
        }
        Transmission tr = r.transmission().orElse(null);
        boolean channelOk = false;
        if (tr != null) {
            channelOk = (tr.channel() == TransmissionChannel.CENTRAL_AUTHORITY && !requested.hasDeclared("UNTOC.18.13.DIPLOMATIC_CHANNEL"))
                    || tr.channel() == TransmissionChannel.DIPLOMATIC
                    || (tr.channel() == TransmissionChannel.INTERPOL && r.isUrgent() && requested.hasDeclared("UNTOC.18.13.INTERPOL"));
        }
        f.add("untoc.18.13", PeerDecision.REQUEST, residual && tr != null, channelOk, false, Outcome.DEFICIENT);
        boolean oral = tr != null && tr.form() == TransmissionForm.ORAL;
        f.add("untoc.18.14.oral", PeerDecision.REQUEST, residual && oral,
                r.isUrgent() && (requested.hasDeclared("UNTOC.18.14.ORAL_REQUESTS") || a[ORAL_AGREED]), false, Outcome.DEFICIENT);
        f.add("untoc.18.14.confirmation", PeerDecision.REQUEST, residual && oral, tr == null || tr.form() != TransmissionForm.ORAL
                || tr.writtenConfirmation().isPresent(), false, Outcome.DEFICIENT);
        if (r.language().isEmpty() || requested.acceptedLanguages().isEmpty()) {
            throw new IllegalArgumentException("incomplete evaluation: the language or the accepted languages are not known");
        }
        f.add("untoc.18.14.language", PeerDecision.REQUEST, residual, requested.acceptedLanguages().contains(r.language().get())
                || a[LANGUAGE_ACCEPTABLE], false, Outcome.DEFICIENT);
        f.add("untoc.18.14.authenticity", PeerDecision.REQUEST, residual, a[AUTHENTIC], false, Outcome.DEFICIENT);
        boolean authority = r.requestingParty().authority().isPresent();
        f.add("untoc.18.15.a", PeerDecision.REQUEST, residual, authority, false, Outcome.DEFICIENT);
        f.add("untoc.18.15.b", PeerDecision.REQUEST, residual, r.proceedings().subjectMatter().isPresent()
                && (r.proceedings().conductingAuthority().isPresent() || authority), false, Outcome.DEFICIENT);
        f.add("untoc.18.15.c", PeerDecision.REQUEST, residual && !onlyService, r.factsSummary().isPresent(), false, Outcome.DEFICIENT);
        f.add("untoc.18.15.d", PeerDecision.REQUEST, residual, described, false, Outcome.DEFICIENT);
        boolean identified = true;
        for (Person p : r.persons()) {
            identified &= p.isIdentified();
        }
        f.add("untoc.18.15.e", PeerDecision.REQUEST, residual, identified || a[PERSON_DETAILS_NOT_POSSIBLE], false, Outcome.DEFICIENT);
        f.add("untoc.18.15.f", PeerDecision.REQUEST, residual, r.purpose().isPresent(), false, Outcome.DEFICIENT);
        f.add("untoc.18.16", PeerDecision.REQUEST, residual, !a[MORE_INFORMATION], false, Outcome.DEFICIENT);
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.18", m, residual && measures.get(m).type() == MeasureType.VIDEOCONFERENCE_HEARING, ans.at(m, VIDEOCONFERENCE), true,
                    Outcome.MAY_REFUSE);
        }
        f.add("untoc.18.19", PeerDecision.REQUEST, residual, true, true, Outcome.GRANT_WITH_CONDITIONS);
        f.add("untoc.18.20", PeerDecision.REQUEST, residual, r.confidentialityRequested(), true, Outcome.GRANT_WITH_CONDITIONS);
        f.add("untoc.18.21.a", PeerDecision.REQUEST, residual, a[NON_CONFORMITY], true, Outcome.MAY_REFUSE);
        f.add("untoc.18.21.b", PeerDecision.REQUEST, residual, a[ESSENTIAL_INTERESTS], true, Outcome.MAY_REFUSE);
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.21.c", m, residual, ans.at(m, DOMESTIC_PROHIBITION), true, Outcome.MAY_REFUSE);
        }
        f.add("untoc.18.21.d", PeerDecision.REQUEST, residual, a[LEGAL_SYSTEM], true, Outcome.MAY_REFUSE);
        boolean fiscal = a[FISCAL];
        for (Offence o : r.offences()) {
            fiscal |= o.category().isPresent() && o.category().get().isFiscal();
        }
        f.add("untoc.18.22", PeerDecision.REQUEST, true, residual && fiscal, true, null);
        f.add("untoc.18.25", PeerDecision.REQUEST, residual, a[INTERFERES], true, Outcome.POSTPONE);
        f.add("untoc.18.26", PeerDecision.REQUEST, residual, (a[NON_CONFORMITY] || a[ESSENTIAL_INTERESTS] || a[DOMESTIC_PROHIBITION]
                || a[LEGAL_SYSTEM] || a[INTERFERES]) && !a[CONSULTATION_HELD], true, null);
        f.add("untoc.18.26.terms", PeerDecision.REQUEST, residual, a[CONDITIONS_ACCEPTED], true,
                Outcome.GRANT_WITH_CONDITIONS);
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.27", m, residual && measures.get(m).type() == MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, true, true,
                    Outcome.GRANT_WITH_CONDITIONS);
        }
        f.add("untoc.18.28", PeerDecision.REQUEST, residual, a[EXPENSES], true, null);
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.29.a", m, true, residual && measures.get(m).type() == MeasureType.PUBLIC_RECORDS && !ans.at(m, NOT_PUBLIC), true, null);
        }
        for (int m = 0; m < n; m++) {
            f.add("untoc.18.29.b", m, residual && measures.get(m).type() == MeasureType.PUBLIC_RECORDS, ans.at(m, NOT_PUBLIC), true, Outcome.MAY_REFUSE);
        }
        // paragraphs 4 and 5 concern information sent without a request; the generated communications are all requests
        f.add("untoc.18.4", PeerDecision.REQUEST, r.isSpontaneousInformation(), true, false, Outcome.NOT_APPLICABLE);
        f.add("untoc.18.5.confidentiality", PeerDecision.REQUEST, r.isSpontaneousInformation(), r.confidentialityRequested(), true,
                Outcome.GRANT_WITH_CONDITIONS);
        f.add("untoc.18.5.use", PeerDecision.REQUEST, r.isSpontaneousInformation(), r.useRestrictions().isPresent(), true,
                Outcome.GRANT_WITH_CONDITIONS);
        f.add("untoc.18.5.exculpatory", PeerDecision.REQUEST, false, false, true, Outcome.GRANT_WITH_CONDITIONS);

        Outcome outcome;
        if (!inScope) {
            outcome = Outcome.NOT_APPLICABLE;
        } else if (n == 0) {
            outcome = f.request;
        } else {
            outcome = Outcome.GRANT;
            for (Outcome o : f.measures) {
                outcome = Outcome.strongest(outcome, Outcome.strongest(f.request, o));
            }
        }
        return new PeerDecision(outcome, f.list);
    }

    private static boolean isTransfer(Measure m) {
        return m.type() == MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON;
    }

    private static boolean listed(MeasureType t) {
        return switch (t) {
            case TAKING_EVIDENCE, SERVICE_OF_DOCUMENTS, SEARCH_AND_SEIZURE, FREEZING, EXAMINATION_OF_OBJECTS_AND_SITES, PROVISION_OF_INFORMATION,
                    INFORMATION_ALREADY_HELD, DATABASE_INFORMATION, PUBLIC_RECORDS, JUDICIAL_RECORDS, BANK_AND_BUSINESS_RECORDS,
                    BANK_ACCOUNT_INFORMATION, BANKING_TRANSACTION_INFORMATION, TRACING_PROCEEDS, FACILITATING_VOLUNTARY_APPEARANCE,
                    TEMPORARY_TRANSFER_OF_DETAINED_PERSON, VIDEOCONFERENCE_HEARING -> true;
            default -> false;
        };
    }

    private static boolean serious(MlaRequest r) {
        if (r.offences().isEmpty()) {
            throw new IllegalArgumentException("incomplete evaluation: no offence");
        }
        boolean serious = false;
        for (Offence o : r.offences()) {
            if (o.maxPenalty().isEmpty()) {
                throw new IllegalArgumentException("incomplete evaluation: an offence without its penalty");
            }
            serious |= o.maxPenalty().get().custodyAtLeast(SERIOUS) || o.maxPenalty().get().deathPenalty();
        }
        return serious;
    }

    private static boolean listedOffence(MlaRequest r) {
        for (Offence o : r.offences()) {
            if (o.category().isPresent()) {
                OffenceCategory c = o.category().get();
                if (c == OffenceCategory.PARTICIPATION_IN_CRIMINAL_ORGANISATION || c == OffenceCategory.LAUNDERING
                        || c == OffenceCategory.OBSTRUCTION_OF_JUSTICE) {
                    return true;
                }
            }
        }
        return false;
    }
}
