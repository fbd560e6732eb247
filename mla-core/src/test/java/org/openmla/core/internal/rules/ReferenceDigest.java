package org.openmla.core.internal.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.Authority;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.PackRef;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.engine.StateProfile;

/**
 * The input digest as first written (one field at a time, byte by byte), kept as the reference that
 * {@link InputDigest} must agree with on every input: the values of stored decision ids must never change.
 */
final class ReferenceDigest {
    private final MessageDigest sha;

    private ReferenceDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** @return the hexadecimal digest of the evaluation and the packs it resolved to */
    static String of(Evaluation e, List<PackRef> packs) {
        ReferenceDigest d = new ReferenceDigest();
        d.field("format", "openmla-evaluation-digest-1");
        d.request(e.request());
        for (PackRef p : packs) {
            d.field("pack", p.id() + "@" + p.version());
        }
        d.field("lawDate", e.lawDate());
        d.profile("requestedState", e.requestedState());
        d.profile("requestingState", e.requestingState());
        for (Assessment a : e.assessments()) {
            d.field("assessment", a.key());
            d.field("value", a.value());
            d.field("measure", a.measureIndex());
            d.field("by", a.assessedBy());
            d.field("at", a.assessedAt());
            d.field("reasoning", a.reasoning());
        }
        for (ProposedRefusal p : e.proposedRefusals()) {
            d.field("proposal", p.groundId());
            d.field("measure", p.measureIndex());
        }
        return HexFormat.of().formatHex(d.sha.digest());
    }

    private void request(MlaRequest r) {
        field("id", r.id().value());
        if (r.isSpontaneousInformation()) {
            field("kind", r.kind().name());
        }
        field("requestingState", r.requestingState().alpha2());
        authority("requestingAuthority", r.requestingParty().authority());
        authority("validatingAuthority", r.requestingParty().validatingAuthority());
        field("requestedState", r.requestedState().alpha2());
        r.legalBasis().forEach(b -> field("legalBasis", b.kind() + ":" + b.instrument().orElse("")));
        field("dateIssued", r.dateIssued());
        field("urgency", r.urgency().map(u -> u.level() + ":" + u.reason().orElse("")));
        field("confidentiality", r.confidentialityRequested());
        if (r.useRestrictions().isPresent()) {
            field("useRestrictions", r.useRestrictions());
        }
        field("stage", r.proceedings().stage());
        field("subjectMatter", r.proceedings().subjectMatter());
        authority("conductingAuthority", r.proceedings().conductingAuthority());
        field("caseReference", r.proceedings().caseReference());
        field("language", r.language().map(l -> l.code()));
        field("transmission", r.transmission().map(t -> t.channel() + ":" + t.form() + ":" + t.writtenConfirmation().map(Object::toString).orElse("")));
        field("facts", r.factsSummary());
        field("purpose", r.purpose());
        for (Offence o : r.offences()) {
            field("offence", o.description());
            field("provision", o.statutoryProvision());
            field("penalty", o.maxPenalty().map(p -> p.maxCustody().map(Object::toString).orElse("") + ":" + p.lifeImprisonment() + ":"
                    + p.deathPenalty() + ":" + String.join("|", p.otherSanctions())));
            field("category", o.category());
            field("legalPerson", o.legalPersonLiability());
        }
        for (Person p : r.persons()) {
            field("person", p.ref());
            field("role", p.role());
            field("legalPerson", p.legalPerson());
            field("name", p.name());
            field("dateOfBirth", p.dateOfBirth());
            field("placeOfBirth", p.placeOfBirth());
            for (PersonIdentifier i : p.identifiers()) {
                field("identifier", i.kind() + ":" + i.value() + ":" + i.issuer().map(Object::toString).orElse(""));
            }
            p.nationalities().forEach(n -> field("nationality", n.alpha2()));
            field("location", p.location());
        }
        for (Measure m : r.measures()) {
            field("measure", m.type());
            field("description", m.description());
            field("dataCategory", m.dataCategory());
            for (MeasureTarget t : m.targets()) {
                field("target", t.kind() + ":" + t.value());
            }
            m.requestedProcedures().forEach(p -> field("procedure", p));
            field("desiredBy", m.desiredBy());
        }
        for (Attachment a : r.attachments()) {
            field("attachment", a.title());
            field("kind", a.kind());
            field("checksum", a.checksum().map(c -> c.algorithm() + ":" + c.hex()));
        }
    }

    private void authority(String name, Optional<Authority> a) {
        field(name, a.map(x -> x.kind() + ":" + x.name() + ":" + x.contact().map(c -> c.officerName().orElse("") + ":"
                + c.email().orElse("") + ":" + c.phone().orElse("")).orElse("")));
    }

    private void profile(String name, StateProfile p) {
        field(name, p.state().alpha2());
        p.declarations().stream().sorted().forEach(d -> field("declaration", d));
        p.acceptedLanguages().stream().map(l -> l.code()).sorted().forEach(l -> field("language", l));
    }

    private void field(String name, Object value) {
        String text;
        if (value instanceof Optional<?> o) {
            text = o.map(v -> "+" + v).orElse("-");
        } else {
            text = "=" + value;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = text.getBytes(StandardCharsets.UTF_8);
        length(n.length);
        sha.update(n);
        length(v.length);
        sha.update(v);
    }

    private void length(int n) {
        sha.update((byte) (n >>> 24));
        sha.update((byte) (n >>> 16));
        sha.update((byte) (n >>> 8));
        sha.update((byte) n);
    }
}
