package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A request for mutual legal assistance in a criminal matter, as issued by the requesting State, or information one
 * State transmits to another without a prior request ({@link CommunicationKind#SPONTANEOUS_INFORMATION}).
 *
 * <p><b>Incomplete is not invalid.</b> A request as received may lack what a treaty requires (a summary of the facts,
 * a statutory provision, the requesting authority): the model holds it, and the rules engine says what is missing,
 * with the article. Construction rejects only what is malformed: a missing id or State, a person reference used twice,
 * a measure aimed at a person the request does not contain, a request addressed by a State to itself, a spontaneous
 * transmission that asks for a measure, restrictions on use stated in a request.
 *
 * <p>Immutable and thread-safe; collections are unmodifiable and contain no nulls; value equality.
 * {@link #toString()} shows the id, the States and counts, never personal data or free text.
 *
 * @param id the request's identifier in the host's case system
 * @param kind whether this is a request or spontaneously transmitted information
 * @param requestingParty the requesting State and authority
 * @param requestedState the State asked to assist
 * @param legalBasis the legal bases the request claims, in the order given
 * @param dateIssued the date the request was issued
 * @param urgency the urgency claimed, if any
 * @param confidentialityRequested whether the requesting State asks that the request and its contents be kept confidential
 *        (for spontaneous information: whether the sending State asks that the information stay confidential)
 * @param useRestrictions for spontaneous information, the restrictions the sending State places on the use of the
 *        information; never for a request
 * @param proceedings the proceedings in the requesting State
 * @param language the language the request is written in
 * @param transmission how the request was sent
 * @param factsSummary a summary of the relevant facts
 * @param purpose the purpose for which the evidence, information or action is sought
 * @param offences the offences concerned
 * @param persons the persons concerned
 * @param measures the measures asked for, identified by their position
 * @param attachments references to accompanying documents
 */
public record MlaRequest(
        @NotNull @Valid RequestId id,
        @NotNull CommunicationKind kind,
        @NotNull @Valid RequestingParty requestingParty,
        @NotNull Jurisdiction requestedState,
        @NotNull List<@NotNull @Valid LegalBasis> legalBasis,
        @NotNull Optional<LocalDate> dateIssued,
        @NotNull Optional<@Valid Urgency> urgency,
        boolean confidentialityRequested,
        @NotNull Optional<@Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> useRestrictions,
        @NotNull @Valid Proceedings proceedings,
        @NotNull Optional<LanguageCode> language,
        @NotNull Optional<@Valid Transmission> transmission,
        @NotNull Optional<@Size(max = 50000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> factsSummary,
        @NotNull Optional<@Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> purpose,
        @NotNull List<@NotNull @Valid Offence> offences,
        @NotNull List<@NotNull @Valid Person> persons,
        @NotNull List<@NotNull @Valid Measure> measures,
        @NotNull List<@NotNull @Valid Attachment> attachments) {

    /** @throws InvalidValueException if the request is malformed; the message names the field */
    public MlaRequest {
        Checks.required(id, "MlaRequest.id");
        Checks.required(kind, "MlaRequest.kind");
        Checks.required(requestingParty, "MlaRequest.requestingParty");
        Checks.required(requestedState, "MlaRequest.requestedState");
        if (requestedState.equals(requestingParty.state())) {
            throw new InvalidValueException("MlaRequest.requestedState", "must differ from the requesting State (" + requestedState + ")");
        }
        legalBasis = Checks.list(legalBasis, "MlaRequest.legalBasis");
        if (new HashSet<>(legalBasis).size() != legalBasis.size()) {
            throw new InvalidValueException("MlaRequest.legalBasis", "names the same legal basis twice");
        }
        Checks.optional(dateIssued, "MlaRequest.dateIssued");
        Checks.optional(urgency, "MlaRequest.urgency");
        Checks.optionalText(useRestrictions, "MlaRequest.useRestrictions", 4000);
        Checks.required(proceedings, "MlaRequest.proceedings");
        Checks.optional(language, "MlaRequest.language");
        Checks.optional(transmission, "MlaRequest.transmission");
        Checks.optionalText(factsSummary, "MlaRequest.factsSummary", 50000);
        Checks.optionalText(purpose, "MlaRequest.purpose", 4000);
        offences = Checks.list(offences, "MlaRequest.offences");
        persons = Checks.list(persons, "MlaRequest.persons");
        measures = Checks.list(measures, "MlaRequest.measures");
        attachments = Checks.list(attachments, "MlaRequest.attachments");
        RequestConsistency.check(kind, useRestrictions, persons, measures);
    }

    /** @return a builder for a request with this id between these States */
    public static Builder builder(String id, Jurisdiction requestingState, Jurisdiction requestedState) {
        return new Builder(RequestId.of(id), requestingState, requestedState);
    }

    /** @return a builder initialised with this request's values */
    public Builder toBuilder() {
        Builder b = new Builder(id, requestingParty.state(), requestedState);
        b.kind = kind;
        b.useRestrictions = useRestrictions.orElse(null);
        b.requestingParty = requestingParty;
        b.legalBasis.addAll(legalBasis);
        b.dateIssued = dateIssued.orElse(null);
        b.urgency = urgency.orElse(null);
        b.confidentialityRequested = confidentialityRequested;
        b.proceedings = proceedings;
        b.language = language.orElse(null);
        b.transmission = transmission.orElse(null);
        b.factsSummary = factsSummary.orElse(null);
        b.purpose = purpose.orElse(null);
        b.offences.addAll(offences);
        b.persons.addAll(persons);
        b.measures.addAll(measures);
        b.attachments.addAll(attachments);
        return b;
    }

    /** @return the requesting State */
    public Jurisdiction requestingState() {
        return requestingParty.state();
    }

    /** @return whether this is information transmitted without a prior request */
    public boolean isSpontaneousInformation() {
        return kind == CommunicationKind.SPONTANEOUS_INFORMATION;
    }

    /** @return whether the request claims any urgency */
    public boolean isUrgent() {
        return urgency.isPresent();
    }

    /**
     * Finds a person by reference.
     *
     * @param ref the person's {@link Person#ref()}
     * @return the person, or empty
     */
    public Optional<Person> person(String ref) {
        for (Person p : persons) {
            if (p.ref().equals(ref)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "MlaRequest[id=" + id + (kind == CommunicationKind.REQUEST ? "" : ", " + kind) + ", " + requestingParty.state() + " -> " + requestedState + ", legalBasis=" + legalBasis
                + ", offences=" + offences.size() + ", persons=" + persons.size() + ", measures=" + measures.size()
                + ", attachments=" + attachments.size() + "]";
    }

    /** Builds an {@link MlaRequest}; {@link #build()} checks the whole request. Not thread-safe. */
    public static final class Builder {
        private final RequestId id;
        private final Jurisdiction requestedState;
        private CommunicationKind kind = CommunicationKind.REQUEST;
        private String useRestrictions;
        private RequestingParty requestingParty;
        private final List<LegalBasis> legalBasis = new ArrayList<>();
        private LocalDate dateIssued;
        private Urgency urgency;
        private boolean confidentialityRequested;
        private Proceedings proceedings = Proceedings.unknown();
        private LanguageCode language;
        private Transmission transmission;
        private String factsSummary;
        private String purpose;
        private final List<Offence> offences = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();

        private Builder(RequestId id, Jurisdiction requestingState, Jurisdiction requestedState) {
            this.id = id;
            this.requestedState = requestedState;
            this.requestingParty = new RequestingParty(Checks.required(requestingState, "MlaRequest.requestingParty.state"),
                    Optional.empty(), Optional.empty());
        }

        /** Sets what the communication is; a request unless set. @return this builder */
        public Builder kind(CommunicationKind kind) {
            this.kind = Checks.required(kind, "MlaRequest.kind");
            return this;
        }

        /**
         * Makes this spontaneously transmitted information (UNTOC art. 18(4)): the requesting State is the sending State.
         *
         * @return this builder
         */
        public Builder spontaneousInformation() {
            return kind(CommunicationKind.SPONTANEOUS_INFORMATION);
        }

        /** Sets the restrictions the sending State places on the use of spontaneous information. @return this builder */
        public Builder useRestrictions(String useRestrictions) {
            this.useRestrictions = useRestrictions;
            return this;
        }

        /** Sets the requesting authority. @return this builder */
        public Builder requestingAuthority(Authority authority) {
            requestingParty = new RequestingParty(requestingParty.state(), Optional.of(authority), requestingParty.validatingAuthority());
            return this;
        }

        /** Sets the authority that validated the request. @return this builder */
        public Builder validatingAuthority(Authority authority) {
            requestingParty = new RequestingParty(requestingParty.state(), requestingParty.authority(), Optional.of(authority));
            return this;
        }

        /** Adds a claimed legal basis. @return this builder */
        public Builder legalBasis(LegalBasis basis) {
            legalBasis.add(Checks.required(basis, "MlaRequest.legalBasis"));
            return this;
        }

        /** Adds a treaty as claimed legal basis, by instrument id. @return this builder */
        public Builder legalBasis(String instrumentId) {
            return legalBasis(LegalBasis.treaty(instrumentId));
        }

        /** @return this builder */
        public Builder dateIssued(LocalDate dateIssued) {
            this.dateIssued = dateIssued;
            return this;
        }

        /** @return this builder */
        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        /** Marks the request urgent with a reason. @return this builder */
        public Builder urgent(String reason) {
            return urgency(Urgency.of(UrgencyLevel.URGENT, reason));
        }

        /** @return this builder */
        public Builder confidentialityRequested(boolean confidentialityRequested) {
            this.confidentialityRequested = confidentialityRequested;
            return this;
        }

        /** @return this builder */
        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = Checks.required(proceedings, "MlaRequest.proceedings");
            return this;
        }

        /** @return this builder */
        public Builder language(LanguageCode language) {
            this.language = language;
            return this;
        }

        /** @return this builder */
        public Builder transmission(Transmission transmission) {
            this.transmission = transmission;
            return this;
        }

        /** @return this builder */
        public Builder factsSummary(String factsSummary) {
            this.factsSummary = factsSummary;
            return this;
        }

        /** @return this builder */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /** @return this builder */
        public Builder offence(Offence offence) {
            offences.add(Checks.required(offence, "MlaRequest.offences"));
            return this;
        }

        /** @return this builder */
        public Builder person(Person person) {
            persons.add(Checks.required(person, "MlaRequest.persons"));
            return this;
        }

        /** @return this builder */
        public Builder measure(Measure measure) {
            measures.add(Checks.required(measure, "MlaRequest.measures"));
            return this;
        }

        /** @return this builder */
        public Builder measure(MeasureType type) {
            return measure(Measure.of(type));
        }

        /** Removes every measure. @return this builder */
        public Builder clearMeasures() {
            measures.clear();
            return this;
        }

        /** Removes every offence. @return this builder */
        public Builder clearOffences() {
            offences.clear();
            return this;
        }

        /** @return this builder */
        public Builder attachment(Attachment attachment) {
            attachments.add(Checks.required(attachment, "MlaRequest.attachments"));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws InvalidValueException if it is malformed
         */
        public MlaRequest build() {
            return new MlaRequest(id, kind, requestingParty, requestedState, legalBasis, Optional.ofNullable(dateIssued),
                    Optional.ofNullable(urgency), confidentialityRequested, Optional.ofNullable(useRestrictions), proceedings,
                    Optional.ofNullable(language),
                    Optional.ofNullable(transmission), Optional.ofNullable(factsSummary), Optional.ofNullable(purpose),
                    offences, persons, measures, attachments);
        }
    }
}
