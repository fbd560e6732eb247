package org.openmla.core.internal.rules;

import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.time.Instant;
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

    /** A buffer per thread, reused while it stays small. */
    private static final int KEEP_BUFFER = 64 * 1024;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    private record Memo(WeakReference<MlaRequest> request, MessageDigest afterRequest) {}

    private byte[] buf;
    private int size;
    private int valueStart;
    private char pendingHigh;
    private Instant lastAt;
    private String lastAtText;

    private InputDigest() {
        buf = BUFFER.get();
    }

    /** Hands the encoded fields to the digest and keeps the buffer for the thread's next digest. */
    private void drainTo(MessageDigest sha) {
        sha.update(buf, 0, size);
        size = 0;
        if (buf.length <= KEEP_BUFFER) {
            BUFFER.set(buf);
        }
    }

    /** @return the hexadecimal digest of the evaluation and the packs it resolved to */
    public static String of(Evaluation e, List<PackRef> packs) {
        MessageDigest sha = afterRequest(e.request());
        InputDigest d = new InputDigest();
        for (PackRef p : packs) {
            d.name("pack");
            d.open('=').text(p.id()).text("@").text(p.version()).close();
        }
        d.field("lawDate", e.lawDate());
        d.profile("requestedState", e.requestedState());
        d.profile("requestingState", e.requestingState());
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
        InputDigest d = new InputDigest();
        d.field("format", FORMAT);
        d.request(r);
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

    private void request(MlaRequest r) {
        field("id", r.id().value());
        if (r.isSpontaneousInformation()) { // absent for requests, so that a request's digest is what it was before kinds existed
            field("kind", r.kind().name());
        }
        field("requestingState", r.requestingState().alpha2());
        authority("requestingAuthority", r.requestingParty().authority());
        authority("validatingAuthority", r.requestingParty().validatingAuthority());
        field("requestedState", r.requestedState().alpha2());
        for (LegalBasis b : r.legalBasis()) {
            name("legalBasis");
            open('=').text(b.kind()).text(":").text(b.instrument().orElse("")).close();
        }
        field("dateIssued", r.dateIssued());
        name("urgency");
        r.urgency().ifPresentOrElse(u -> open('+').text(u.level()).text(":").text(u.reason().orElse("")).close(), this::absent);
        field("confidentiality", r.confidentialityRequested() ? "true" : "false");
        if (r.useRestrictions().isPresent()) {
            field("useRestrictions", r.useRestrictions());
        }
        field("stage", r.proceedings().stage());
        field("subjectMatter", r.proceedings().subjectMatter());
        authority("conductingAuthority", r.proceedings().conductingAuthority());
        field("caseReference", r.proceedings().caseReference());
        name("language");
        r.language().ifPresentOrElse(l -> open('+').text(l.code()).close(), this::absent);
        name("transmission");
        r.transmission().ifPresentOrElse(t -> open('+').text(t.channel()).text(":").text(t.form()).text(":")
                .text(t.writtenConfirmation().map(Object::toString).orElse("")).close(), this::absent);
        field("facts", r.factsSummary());
        field("purpose", r.purpose());
        for (Offence o : r.offences()) {
            field("offence", o.description());
            field("provision", o.statutoryProvision());
            name("penalty");
            if (o.maxPenalty().isPresent()) {
                Penalty p = o.maxPenalty().get();
                open('+').text(p.maxCustody().map(Object::toString).orElse("")).text(":").text(p.lifeImprisonment() ? "true" : "false")
                        .text(":").text(p.deathPenalty() ? "true" : "false").text(":");
                List<String> other = p.otherSanctions();
                for (int i = 0; i < other.size(); i++) {
                    if (i > 0) {
                        text("|");
                    }
                    text(other.get(i));
                }
                close();
            } else {
                absent();
            }
            field("category", o.category());
            field("legalPerson", o.legalPersonLiability() ? "true" : "false");
        }
        for (Person p : r.persons()) {
            field("person", p.ref());
            field("role", p.role());
            field("legalPerson", p.legalPerson() ? "true" : "false");
            field("name", p.name());
            field("dateOfBirth", p.dateOfBirth());
            field("placeOfBirth", p.placeOfBirth());
            for (PersonIdentifier i : p.identifiers()) {
                name("identifier");
                open('=').text(i.kind()).text(":").text(i.value()).text(":").text(i.issuer().map(Object::toString).orElse("")).close();
            }
            p.nationalities().forEach(n -> field("nationality", n.alpha2()));
            field("location", p.location());
        }
        for (Measure m : r.measures()) {
            field("measure", m.type());
            field("description", m.description());
            field("dataCategory", m.dataCategory());
            for (MeasureTarget t : m.targets()) {
                name("target");
                open('=').text(t.kind()).text(":").text(t.value()).close();
            }
            m.requestedProcedures().forEach(p -> field("procedure", p));
            field("desiredBy", m.desiredBy());
        }
        for (Attachment a : r.attachments()) {
            field("attachment", a.title());
            field("kind", a.kind());
            name("checksum");
            a.checksum().ifPresentOrElse(c -> open('+').text(c.algorithm()).text(":").text(c.hex()).close(), this::absent);
        }
    }

    private void authority(String fieldName, Optional<Authority> authority) {
        name(fieldName);
        if (authority.isEmpty()) {
            absent();
            return;
        }
        Authority a = authority.get();
        open('+').text(a.kind()).text(":").text(a.name()).text(":");
        if (a.contact().isPresent()) {
            Contact c = a.contact().get();
            text(c.officerName().orElse("")).text(":").text(c.email().orElse("")).text(":").text(c.phone().orElse(""));
        }
        close();
    }

    private void profile(String fieldName, StateProfile p) {
        field(fieldName, p.state().alpha2());
        for (String declaration : sorted(p.declarations())) {
            field("declaration", declaration);
        }
        Set<LanguageCode> languages = p.acceptedLanguages();
        String[] codes = new String[languages.size()];
        int i = 0;
        for (LanguageCode l : languages) {
            codes[i++] = l.code();
        }
        Arrays.sort(codes);
        for (String code : codes) {
            field("language", code);
        }
    }

    /** @return the instant's text; assessments made together share an instant, so the last one is kept */
    private String instant(Instant at) {
        if (!at.equals(lastAt)) {
            lastAt = at;
            lastAtText = at.toString();
        }
        return lastAtText;
    }

    private static String[] sorted(Set<String> values) {
        String[] out = values.toArray(new String[0]);
        Arrays.sort(out);
        return out;
    }

    /** A field whose value text is {@code "=" + value}, or for an {@link Optional} {@code "+" + content} or {@code "-"}. */
    private void field(String fieldName, Object value) {
        name(fieldName);
        if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                open('+').text(o.get()).close();
            } else {
                absent();
            }
        } else {
            open('=').text(value).close();
        }
    }

    private void name(String fieldName) {
        int at = size;
        ensure(4);
        size += 4;
        text(fieldName);
        flushPending();
        putLength(at, size - at - 4);
    }

    private void absent() {
        open('-').close();
    }

    /** Starts a value text with its one-character marker. */
    private InputDigest open(char marker) {
        valueStart = size;
        ensure(5);
        size += 4;
        buf[size++] = (byte) marker;
        return this;
    }

    /** Ends the value text begun by {@link #open(char)}, writing its length in front of it. */
    private void close() {
        flushPending();
        putLength(valueStart, size - valueStart - 4);
    }

    private InputDigest text(Object value) {
        return text(String.valueOf(value));
    }

    /** Appends UTF-8 as {@link String#getBytes} encodes the whole value text: an unpaired surrogate becomes {@code '?'}. */
    private InputDigest text(String s) {
        int length = s.length();
        ensure(length * 3 + 4);
        byte[] b = buf;
        int n = size;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (pendingHigh != 0) {
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(pendingHigh, c);
                    pendingHigh = 0;
                    b[n++] = (byte) (0xF0 | (cp >> 18));
                    b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                pendingHigh = 0;
                b[n++] = '?';
            }
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = n;
        return this;
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
    }

    private void putLength(int at, int length) {
        buf[at] = (byte) (length >>> 24);
        buf[at + 1] = (byte) (length >>> 16);
        buf[at + 2] = (byte) (length >>> 8);
        buf[at + 3] = (byte) length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
