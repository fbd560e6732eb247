package org.openmla.core.internal.rules;

import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.Authority;
import org.openmla.core.model.Contact;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.PackRef;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.engine.StateProfile;

/**
 * A SHA-256 digest of everything an evaluation depends on, in a fixed order, so that equal inputs give equal digests
 * and a decision can be matched to its input later. Written by hand over the model: no reflection.
 *
 * <p>The digested stream is a sequence of fields, each its name and its value text as UTF-8, each preceded by its
 * length as four bytes, big-endian; the value text is {@code "=" + value}, {@code "+" + value} for a present
 * {@link Optional} and {@code "-"} for an empty one. The request comes first, so the digest state after the request is
 * memoised per request instance (requests are immutable) and only the packs, the law date, the profiles, the
 * assessments and the proposals are digested per evaluation. Fields are encoded into one buffer and handed to the
 * digest in bulk. Thread-safe.
 */
public final class InputDigest {
    private static final String FORMAT = "openmla-evaluation-digest-1";
    private static final HexFormat HEX = HexFormat.of();
    /** Recently digested requests, by identity; a slot is overwritten on collision (a memo, not a cache of truth). */
    private static final int MEMO_SLOTS = 64;
    private static final AtomicReferenceArray<Memo> MEMO = new AtomicReferenceArray<>(MEMO_SLOTS);

    private record Memo(WeakReference<MlaRequest> request, MessageDigest afterRequest) {}

    /** @return the hexadecimal digest of the evaluation and the packs it resolved to */
    public static String of(Evaluation e, List<PackRef> packs) {
        MessageDigest sha = afterRequest(e.request());
        DigestFields d = new DigestFields();
        for (PackRef p : packs) {
            d.name("pack");
            d.open('=').text(p.id()).text("@").text(p.version()).close();
        }
        d.field("lawDate", e.lawDate());
        profile(d, "requestedState", e.requestedState());
        profile(d, "requestingState", e.requestingState());
        for (Assessment a : e.assessments()) {
            d.field("assessment", a.key());
            d.field("value", a.value() ? "true" : "false");
            d.field("measure", a.measureIndex());
            d.field("by", a.assessedBy());
            d.name("at");
            d.open('=').text(d.instant(a.assessedAt())).close();
            d.field("reasoning", a.reasoning());
        }
        for (ProposedRefusal p : e.proposedRefusals()) {
            d.field("proposal", p.groundId());
            d.field("measure", p.measureIndex());
        }
        d.drainTo(sha);
        return HEX.formatHex(sha.digest());
    }

    /** @return a digest that has consumed the format and the request, from the memo when the request was digested before */
    private static MessageDigest afterRequest(MlaRequest r) {
        int slot = (System.identityHashCode(r) * 0x9E3779B9 >>> 26) & (MEMO_SLOTS - 1);
        Memo memo = MEMO.get(slot);
        if (memo != null && memo.request().get() == r) {
            MessageDigest copy = copy(memo.afterRequest());
            if (copy != null) {
                return copy;
            }
        }
        MessageDigest sha = sha256();
        DigestFields d = new DigestFields();
        d.field("format", FORMAT);
        request(d, r);
        d.drainTo(sha);
        MessageDigest kept = copy(sha);
        if (kept != null) {
            MEMO.set(slot, new Memo(new WeakReference<>(r), kept));
        }
        return sha;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static MessageDigest copy(MessageDigest sha) {
        try {
            return (MessageDigest) sha.clone();
        } catch (CloneNotSupportedException e) {
            return null; // a provider whose digest cannot be copied: digest the request each time
        }
    }

    private static void request(DigestFields d, MlaRequest r) {
        d.field("id", r.id().value());
        if (r.isSpontaneousInformation()) { // absent for requests, so that a request's digest is what it was before kinds existed
            d.field("kind", r.kind().name());
        }
        d.field("requestingState", r.requestingState().alpha2());
        authority(d, "requestingAuthority", r.requestingParty().authority());
        authority(d, "validatingAuthority", r.requestingParty().validatingAuthority());
        d.field("requestedState", r.requestedState().alpha2());
        for (LegalBasis b : r.legalBasis()) {
            d.name("legalBasis");
            d.open('=').text(b.kind()).text(":").text(b.instrument().orElse("")).close();
        }
        d.field("dateIssued", r.dateIssued());
        d.name("urgency");
        r.urgency().ifPresentOrElse(u -> d.open('+').text(u.level()).text(":").text(u.reason().orElse("")).close(), d::absent);
        d.field("confidentiality", r.confidentialityRequested() ? "true" : "false");
        if (r.useRestrictions().isPresent()) {
            d.field("useRestrictions", r.useRestrictions());
        }
        d.field("stage", r.proceedings().stage());
        d.field("subjectMatter", r.proceedings().subjectMatter());
        authority(d, "conductingAuthority", r.proceedings().conductingAuthority());
        d.field("caseReference", r.proceedings().caseReference());
        d.name("language");
        r.language().ifPresentOrElse(l -> d.open('+').text(l.code()).close(), d::absent);
        d.name("transmission");
        r.transmission().ifPresentOrElse(t -> d.open('+').text(t.channel()).text(":").text(t.form()).text(":")
                .text(t.writtenConfirmation().map(Object::toString).orElse("")).close(), d::absent);
        d.field("facts", r.factsSummary());
        d.field("purpose", r.purpose());
        for (Offence o : r.offences()) {
            d.field("offence", o.description());
            d.field("provision", o.statutoryProvision());
            d.name("penalty");
            if (o.maxPenalty().isPresent()) {
                Penalty p = o.maxPenalty().get();
                d.open('+').text(p.maxCustody().map(Object::toString).orElse("")).text(":").text(p.lifeImprisonment() ? "true" : "false")
                        .text(":").text(p.deathPenalty() ? "true" : "false").text(":");
                List<String> other = p.otherSanctions();
                for (int i = 0; i < other.size(); i++) {
                    if (i > 0) {
                        d.text("|");
                    }
                    d.text(other.get(i));
                }
                d.close();
            } else {
                d.absent();
            }
            d.field("category", o.category());
            d.field("legalPerson", o.legalPersonLiability() ? "true" : "false");
        }
        for (Person p : r.persons()) {
            d.field("person", p.ref());
            d.field("role", p.role());
            d.field("legalPerson", p.legalPerson() ? "true" : "false");
            d.field("name", p.name());
            d.field("dateOfBirth", p.dateOfBirth());
            d.field("placeOfBirth", p.placeOfBirth());
            for (PersonIdentifier i : p.identifiers()) {
                d.name("identifier");
                d.open('=').text(i.kind()).text(":").text(i.value()).text(":").text(i.issuer().map(Object::toString).orElse("")).close();
            }
            p.nationalities().forEach(n -> d.field("nationality", n.alpha2()));
            d.field("location", p.location());
        }
        for (Measure m : r.measures()) {
            d.field("measure", m.type());
            d.field("description", m.description());
            d.field("dataCategory", m.dataCategory());
            for (MeasureTarget t : m.targets()) {
                d.name("target");
                d.open('=').text(t.kind()).text(":").text(t.value()).close();
            }
            m.requestedProcedures().forEach(p -> d.field("procedure", p));
            d.field("desiredBy", m.desiredBy());
        }
        for (Attachment a : r.attachments()) {
            d.field("attachment", a.title());
            d.field("kind", a.kind());
            d.name("checksum");
            a.checksum().ifPresentOrElse(c -> d.open('+').text(c.algorithm()).text(":").text(c.hex()).close(), d::absent);
        }
    }

    private static void authority(DigestFields d, String fieldName, Optional<Authority> authority) {
        d.name(fieldName);
        if (authority.isEmpty()) {
            d.absent();
            return;
        }
        Authority a = authority.get();
        d.open('+').text(a.kind()).text(":").text(a.name()).text(":");
        if (a.contact().isPresent()) {
            Contact c = a.contact().get();
            d.text(c.officerName().orElse("")).text(":").text(c.email().orElse("")).text(":").text(c.phone().orElse(""));
        }
        d.close();
    }

    private static void profile(DigestFields d, String fieldName, StateProfile p) {
        d.field(fieldName, p.state().alpha2());
        for (String declaration : sorted(p.declarations())) {
            d.field("declaration", declaration);
        }
        Set<LanguageCode> languages = p.acceptedLanguages();
        String[] codes = new String[languages.size()];
        int i = 0;
        for (LanguageCode l : languages) {
            codes[i++] = l.code();
        }
        Arrays.sort(codes);
        for (String code : codes) {
            d.field("language", code);
        }
    }

    private static String[] sorted(Set<String> values) {
        String[] out = values.toArray(new String[0]);
        Arrays.sort(out);
        return out;
    }
}
