package org.openmla.core.engine;

import java.util.Objects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.RefusalGround;

/**
 * Everything one evaluation takes: the request, the packs to apply, the law date, both States' profiles, the host's
 * assessments and the refusal grounds an officer proposes. Immutable; build with {@link #of(MlaRequest)}.
 *
 * @param request the request
 * @param packs the packs to apply, by id and optional version (latest if empty), in order
 * @param lawDate the date whose law applies
 * @param requestedState the requested State's profile
 * @param requestingState the requesting State's profile
 * @param assessments the host's assessments; at most one per key and measure
 * @param proposedRefusals grounds proposed by an officer
 */
public record Evaluation(
        MlaRequest request,
        List<PackSelector> packs,
        LocalDate lawDate,
        StateProfile requestedState,
        StateProfile requestingState,
        List<Assessment> assessments,
        List<ProposedRefusal> proposedRefusals) {

    /**
     * A pack to apply.
     *
     * @param id the pack id
     * @param version a version, or empty for the latest
     */
    public record PackSelector(String id, Optional<String> version) {
        /** @throws InvalidValueException if a field is null */
        public PackSelector {
            Checks.required(id, "PackSelector.id");
            Checks.optional(version, "PackSelector.version");
        }
    }

    /** @throws InvalidValueException if a field is null, no pack is named, a profile is for the wrong State, or an assessment is given twice */
    public Evaluation {
        Checks.required(request, "Evaluation.request");
        packs = Checks.list(packs, "Evaluation.packs");
        if (packs.isEmpty()) {
            throw new InvalidValueException("Evaluation.packs", "at least one pack is required");
        }
        Checks.required(lawDate, "Evaluation.lawDate");
        Checks.required(requestedState, "Evaluation.requestedState");
        Checks.required(requestingState, "Evaluation.requestingState");
        if (!requestedState.state().equals(request.requestedState())) {
            throw new InvalidValueException("Evaluation.requestedState", "profile is for " + requestedState.state() + " but the request is addressed to " + request.requestedState());
        }
        if (!requestingState.state().equals(request.requestingState())) {
            throw new InvalidValueException("Evaluation.requestingState", "profile is for " + requestingState.state() + " but the request comes from " + request.requestingState());
        }
        assessments = Checks.list(assessments, "Evaluation.assessments");
        checkAssessments(assessments, request.measures().size());
        proposedRefusals = Checks.list(proposedRefusals, "Evaluation.proposedRefusals");
        for (int i = 0; i < proposedRefusals.size(); i++) {
            ProposedRefusal p = proposedRefusals.get(i);
            if (p.measureIndex().isPresent() && (p.measureIndex().get() < 0 || p.measureIndex().get() >= request.measures().size())) {
                throw new InvalidValueException("Evaluation.proposedRefusals", "proposal " + p.groundId() + " concerns measure " + p.measureIndex().get()
                        + " but the request has " + request.measures().size());
            }
        }
    }

    /** At most this many assessments are checked through the bit filter; more go through a hash set. */
    private static final int PAIRWISE_LIMIT = 128;

    /**
     * Rejects, at the first offending assessment in order, one given twice for the same key and measure, or one for a
     * measure the request does not have. Allocates nothing for up to {@value #PAIRWISE_LIMIT} assessments: each one's
     * key and measure set two of 256 bits, and only an assessment whose two bits are both set already is compared with
     * those before it. Builds no key strings unless it rejects one.
     */
    private static void checkAssessments(List<Assessment> assessments, int measures) {
        int n = assessments.size();
        java.util.Set<At> seen = n > PAIRWISE_LIMIT ? new java.util.HashSet<>() : null;
        long bits0 = 0;
        long bits1 = 0;
        long bits2 = 0;
        long bits3 = 0;
        for (int i = 0; i < n; i++) {
            Assessment a = assessments.get(i);
            boolean twice;
            if (seen != null) {
                twice = !seen.add(new At(a.key(), a.measureIndex()));
            } else {
                int h = hash(a);
                h ^= h >>> 16;
                int first = h & 255;
                int second = (h >>> 8) & 255;
                boolean maybe = (word(first, bits0, bits1, bits2, bits3) & 1L << first) != 0
                        && (word(second, bits0, bits1, bits2, bits3) & 1L << second) != 0;
                for (int k = 0; k < 2; k++) {
                    int bit = k == 0 ? first : second;
                    switch (bit >>> 6) {
                        case 0 -> bits0 |= 1L << bit;
                        case 1 -> bits1 |= 1L << bit;
                        case 2 -> bits2 |= 1L << bit;
                        default -> bits3 |= 1L << bit;
                    }
                }
                twice = maybe && givenBefore(assessments, i, a);
            }
            if (twice) {
                throw new InvalidValueException("Evaluation.assessments", "assessment " + label(a) + " is given twice");
            }
            if (a.measureIndex().isPresent() && a.measureIndex().get() >= measures) {
                throw new InvalidValueException("Evaluation.assessments", "assessment " + label(a) + " concerns measure " + a.measureIndex().get()
                        + " but the request has " + measures);
            }
        }
    }

    /** @return the one of the filter's four words that holds the bit */
    private static long word(int bit, long bits0, long bits1, long bits2, long bits3) {
        return switch (bit >>> 6) {
            case 0 -> bits0;
            case 1 -> bits1;
            case 2 -> bits2;
            default -> bits3;
        };
    }

    private static int hash(Assessment a) {
        return a.key().hashCode() * 31 + a.measureIndex().hashCode();
    }

    /** @return whether an assessment before index {@code i} has the key and measure of {@code a} */
    private static boolean givenBefore(List<Assessment> assessments, int i, Assessment a) {
        int h = hash(a);
        for (int j = 0; j < i; j++) {
            Assessment b = assessments.get(j);
            if (hash(b) == h && b.key().equals(a.key()) && b.measureIndex().equals(a.measureIndex())) {
                return true;
            }
        }
        return false;
    }

    private record At(String key, java.util.Optional<Integer> measureIndex) {}

    private static String label(Assessment a) {
        return a.key() + a.measureIndex().map(i -> "@" + i).orElse("");
    }

    /** @return a builder for evaluating the request */
    public static Builder of(MlaRequest request) {
        return new Builder(Objects.requireNonNull(request, "request"));
    }

    /** @return a builder initialised with this evaluation, to change one thing */
    public Builder toBuilder() {
        Builder b = new Builder(request);
        b.packs.addAll(packs);
        b.lawDate = lawDate;
        b.requestedState = requestedState;
        b.requestingState = requestingState;
        b.assessments.addAll(assessments);
        b.proposedRefusals.addAll(proposedRefusals);
        return b;
    }

    /** Builds an {@link Evaluation}. Not thread-safe. */
    public static final class Builder {
        private final MlaRequest request;
        private final List<PackSelector> packs = new ArrayList<>();
        private LocalDate lawDate;
        private StateProfile requestedState;
        private StateProfile requestingState;
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<ProposedRefusal> proposedRefusals = new ArrayList<>();

        private Builder(MlaRequest request) {
            this.request = request;
        }

        /** Applies the latest version of a pack. @return this builder */
        public Builder pack(String id) {
            packs.add(new PackSelector(id, Optional.empty()));
            return this;
        }

        /** Applies a given version of a pack, e.g. to replay an old decision. @return this builder */
        public Builder pack(String id, String version) {
            packs.add(new PackSelector(id, Optional.of(version)));
            return this;
        }

        /** Sets the date whose law applies. @return this builder */
        public Builder lawDate(LocalDate lawDate) {
            this.lawDate = lawDate;
            return this;
        }

        /** Sets the requested State's profile; by default an empty one. @return this builder */
        public Builder requestedState(StateProfile profile) {
            this.requestedState = profile;
            return this;
        }

        /** Sets the requesting State's profile; by default an empty one. @return this builder */
        public Builder requestingState(StateProfile profile) {
            this.requestingState = profile;
            return this;
        }

        /** Adds an assessment. @return this builder */
        public Builder assessment(Assessment assessment) {
            assessments.add(Objects.requireNonNull(assessment, "assessment"));
            return this;
        }

        /** Adds assessments. @return this builder */
        public Builder assessments(List<Assessment> more) {
            Checks.list(more, "assessments").forEach(this::assessment);
            return this;
        }

        /** Adds a proposed refusal ground. @return this builder */
        public Builder proposeRefusal(ProposedRefusal proposal) {
            proposedRefusals.add(Objects.requireNonNull(proposal, "proposal"));
            return this;
        }

        /** Proposes to refuse the whole request on a ground. @return this builder */
        public Builder proposeRefusal(RefusalGround ground) {
            return proposeRefusal(ProposedRefusal.of(ground));
        }

        /**
         * Builds the evaluation.
         *
         * @return the evaluation
         * @throws InvalidValueException if no pack or law date is given, or a value is inconsistent
         */
        public Evaluation build() {
            return new Evaluation(request, packs, Checks.required(lawDate, "Evaluation.lawDate"),
                    requestedState != null ? requestedState : StateProfile.empty(request.requestedState()),
                    requestingState != null ? requestingState : StateProfile.empty(request.requestingState()),
                    assessments, proposedRefusals);
        }
    }
}
