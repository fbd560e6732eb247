package org.openmla.core.rules;

import java.util.Objects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.engine.RulePackRegistry;

/**
 * A rule pack as its author writes it: an id and version, the instruments it encodes, its effective period and its
 * rules; optionally the id of a pack it extends, with rules of that pack replaced or disabled.
 *
 * <p>A pack is checked when it is built (rule ids unique, every replaced or disabled id named once) and again when a
 * {@link RulePackRegistry} compiles it against its parent (replaced and disabled ids exist in the parent, exceptions
 * point at rules of the pack, no cycles of extension). Immutable and thread-safe.
 *
 * <pre>{@code
 * RulePack pack = RulePack.builder("NL-US", "1.0.0")
 *     .title("Treaty between the Netherlands and the United States on mutual legal assistance")
 *     .extending("UN_MODEL_TREATY")
 *     .replace(Rule.builder("mt.4.1.d", "NLUS art. 7(2)")...build())
 *     .disable("mt.4.1.f", "The treaty has no ne bis in idem ground.")
 *     .rule(Rule.builder("nlus.7.3", "NLUS art. 7(3)")...build())
 *     .build();
 * }</pre>
 */
public final class RulePack {

    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*(-[A-Za-z0-9.]+)?");

    private final String id;
    private final String version;
    private final String title;
    private final List<Instrument> instruments;
    private final Optional<LocalDate> effectiveFrom;
    private final Optional<LocalDate> effectiveUntil;
    private final Optional<String> parent;
    private final Optional<String> parentVersion;
    private final List<Rule> rules;
    private final Map<String, Rule> replacements;
    private final Map<String, String> disabled;
    private final List<AssessmentKey> assessments;
    private final List<RefusalGround> grounds;
    private final Set<CommunicationKind> communications;

    private RulePack(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = Checks.text(b.title == null ? b.id : b.title, "RulePack.title", 500);
        this.instruments = Checks.list(b.instruments, "RulePack.instruments");
        this.effectiveFrom = Optional.ofNullable(b.effectiveFrom);
        this.effectiveUntil = Optional.ofNullable(b.effectiveUntil);
        this.parent = Optional.ofNullable(b.parent);
        this.parentVersion = Optional.ofNullable(b.parentVersion);
        this.rules = Checks.list(b.rules, "RulePack.rules");
        this.replacements = Collections.unmodifiableMap(new LinkedHashMap<>(b.replacements));
        this.disabled = Collections.unmodifiableMap(new LinkedHashMap<>(b.disabled));
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(replacements.values());
        this.assessments = PackVocabulary.assessmentsOf(id, Checks.list(b.assessments, "RulePack.assessments"), all);
        this.grounds = PackVocabulary.groundsOf(id, Checks.list(b.grounds, "RulePack.grounds"), all);
        this.communications = Collections.unmodifiableSet(EnumSet.copyOf(b.communications));
        RulePackChecks.check(id, parent, effectiveFrom, effectiveUntil, rules, replacements, disabled);
    }

    /**
     * Starts a pack.
     *
     * @param id the pack id, same form as an instrument id (e.g. {@code UNTOC})
     * @param version the pack version, e.g. {@code 1.2.0}
     * @return the builder
     */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /** @return the pack id */
    public String id() {
        return id;
    }

    /** @return the pack version */
    public String version() {
        return version;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the instruments the pack encodes */
    public List<Instrument> instruments() {
        return instruments;
    }

    /** @return the first day the pack is in force, if limited */
    public Optional<LocalDate> effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the last day the pack is in force, if limited */
    public Optional<LocalDate> effectiveUntil() {
        return effectiveUntil;
    }

    /** @return the id of the pack this one extends */
    public Optional<String> parent() {
        return parent;
    }

    /** @return the rules this pack adds, in order */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the version of the parent this pack extends, if it names one; otherwise the parent's latest */
    public Optional<String> parentVersion() {
        return parentVersion;
    }

    /** @return rules of the parent replaced by this pack, by replaced id */
    public Map<String, Rule> replacements() {
        return replacements;
    }

    /** @return ids of the parent's rules this pack disables, with the reason */
    public Map<String, String> disabled() {
        return disabled;
    }

    /**
     * The assessment keys the pack's rules ask: those its conditions built from {@link Conditions} ask, found when the
     * pack is built, and those declared with {@link Builder#assessment(AssessmentKey)} for hand-written conditions.
     *
     * @return the keys, declared first, one per id
     */
    public List<AssessmentKey> assessments() {
        return assessments;
    }

    /** @return the refusal grounds the pack declares and its rules name, declared first, one per id */
    public List<RefusalGround> grounds() {
        return grounds;
    }

    /**
     * The kinds of communication the pack's rules are written for: {@link CommunicationKind#REQUEST} unless the pack
     * says otherwise with {@link Builder#covers}. The engine does not evaluate a pack for a communication of another
     * kind (e.g. spontaneous information under a pack written for requests): the decision says why in a
     * {@link LegalBasisNote}, and no rule of the pack speaks.
     *
     * @return the kinds, never empty
     */
    public Set<CommunicationKind> communications() {
        return communications;
    }

    /** @return whether the pack is in force on the date */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom.isEmpty() || !date.isBefore(effectiveFrom.get())) && (effectiveUntil.isEmpty() || !date.isAfter(effectiveUntil.get()));
    }

    @Override
    public String toString() {
        return "RulePack[" + id + "@" + version + "]";
    }

    /** Builds a {@link RulePack}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String version;
        private String title;
        private final List<Instrument> instruments = new ArrayList<>();
        private LocalDate effectiveFrom;
        private LocalDate effectiveUntil;
        private String parent;
        private String parentVersion;
        private final List<Rule> rules = new ArrayList<>();
        private final Map<String, Rule> replacements = new LinkedHashMap<>();
        private final Map<String, String> disabled = new LinkedHashMap<>();
        private final List<AssessmentKey> assessments = new ArrayList<>();
        private final List<RefusalGround> grounds = new ArrayList<>();
        private final Set<CommunicationKind> communications = EnumSet.of(CommunicationKind.REQUEST);

        private Builder(String id, String version) {
            this.id = LegalBasis.checkInstrumentId(id);
            Checks.required(version, "RulePack.version");
            if (!VERSION.matcher(version).matches()) {
                throw new InvalidValueException("RulePack.version", "must look like 1.2.0 (was '" + version + "')");
            }
            this.version = version;
        }

        /** @return this builder */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** @return this builder */
        public Builder instrument(Instrument instrument) {
            instruments.add(Objects.requireNonNull(instrument, "instrument"));
            return this;
        }

        /** @return this builder */
        public Builder effectiveFrom(LocalDate from) {
            this.effectiveFrom = from;
            return this;
        }

        /** @return this builder */
        public Builder effectiveUntil(LocalDate until) {
            this.effectiveUntil = until;
            return this;
        }

        /** Extends the pack with this id (its latest version in the registry). @return this builder */
        public Builder extending(String parentId) {
            this.parent = LegalBasis.checkInstrumentId(parentId);
            this.parentVersion = null;
            return this;
        }

        /**
         * Extends one version of a pack, so that this pack keeps the same rules when a newer version of the parent is
         * registered (decisions made under it can then be replayed exactly).
         *
         * @param parentId the parent's id
         * @param version the parent's version
         * @return this builder
         */
        public Builder extending(String parentId, String version) {
            this.parent = LegalBasis.checkInstrumentId(parentId);
            Objects.requireNonNull(version, "parentVersion");
            if (!VERSION.matcher(version).matches()) {
                throw new InvalidValueException("RulePack.parentVersion", "must look like 1.2.0 (was '" + version + "')");
            }
            this.parentVersion = version;
            return this;
        }

        /** Adds a rule. @return this builder */
        public Builder rule(Rule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds rules. @return this builder */
        public Builder rules(List<Rule> more) {
            Checks.list(more, "rules").forEach(this::rule);
            return this;
        }

        /**
         * Replaces the parent's rule that has the same id as {@code rule}.
         *
         * @param rule the new rule
         * @return this builder
         */
        public Builder replace(Rule rule) {
            Objects.requireNonNull(rule, "rule");
            if (replacements.put(rule.id(), rule) != null) {
                throw new InvalidValueException("RulePack " + id, "rule '" + rule.id() + "' is replaced twice");
            }
            return this;
        }

        /**
         * Disables a rule of the parent.
         *
         * @param ruleId the rule
         * @param reason why, shown in decisions
         * @return this builder
         */
        public Builder disable(String ruleId, String reason) {
            Objects.requireNonNull(ruleId, "ruleId");
            if (disabled.put(ruleId, Checks.text(reason, "reason", 1000)) != null) {
                throw new InvalidValueException("RulePack " + id, "rule '" + ruleId + "' is disabled twice");
            }
            return this;
        }

        /**
         * Declares an assessment key the rules use. Keys asked through {@link Conditions#assessed(AssessmentKey)} are found
         * without it; declare those a hand-written condition asks, or to fix the order in listings.
         *
         * @return this builder
         */
        public Builder assessment(AssessmentKey key) {
            assessments.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Says which kinds of communication the rules are written for (requests only, unless this is called). A pack
         * that covers {@link CommunicationKind#SPONTANEOUS_INFORMATION} must make each of its rules apply to the kinds it
         * was written for ({@link Conditions#spontaneousInformation()}).
         *
         * @param kinds at least one kind
         * @return this builder
         */
        public Builder covers(CommunicationKind... kinds) {
            List<CommunicationKind> list = Checks.list(List.of(kinds), "kinds");
            if (list.isEmpty()) {
                throw new InvalidValueException("RulePack " + id, "must cover at least one kind of communication");
            }
            communications.clear();
            communications.addAll(list);
            return this;
        }

        /** Declares a refusal ground; grounds the rules name are found without it. @return this builder */
        public Builder ground(RefusalGround ground) {
            grounds.add(Objects.requireNonNull(ground, "ground"));
            return this;
        }

        /**
         * Builds the pack.
         *
         * @return the pack
         * @throws InvalidValueException if it is inconsistent
         */
        public RulePack build() {
            return new RulePack(this);
        }
    }
}
