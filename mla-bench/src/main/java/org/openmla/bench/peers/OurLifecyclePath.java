package org.openmla.bench.peers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.engine.StateProfile;
import org.openmla.testkit.fixtures.Requests;
import org.openmla.treaties.BuiltInPacks;

/** The path walked with our lifecycle, on the test kit's UNTOC request and the engine's decision on it. */
public final class OurLifecyclePath {
    /** The officer of every step. */
    public static final Actor OFFICER = Actor.of("officer-17", "CENTRAL_AUTHORITY");
    /** The clock of every step. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final RequestLifecycle lifecycle = RequestLifecycle.standard();
    private final MlaRequest request;
    private final Decision decision;

    /**
     * Decides the test kit's complete UNTOC request under the UNTOC pack, as the decision the path records and accepts.
     * (Through the resolver the request between two Council of Europe members is also decided under ETS 30 and its
     * protocols, whose questions the UNTOC assessments do not answer.)
     */
    public OurLifecyclePath() {
        request = Requests.untoc().build();
        List<Assessment> assessments = UntocEvaluations.completeAssessments(CLOCK.instant());
        decision = RulesEngine.of(BuiltInPacks.registry()).evaluate(Evaluation.of(request)
                .pack("UNTOC")
                .lawDate(LocalDate.of(2026, 3, 1))
                .requestedState(new StateProfile(request.requestedState(), Set.of(), Set.of(LanguageCode.of("en"), LanguageCode.of("fr"))))
                .requestingState(StateProfile.empty(request.requestingParty().state()))
                .assessments(assessments)
                .build());
        if (!decision.isGrant()) {
            throw new IllegalStateException("the path needs a decision that grants, not " + decision.outcome() + "; open: "
                    + decision.openQuestions().stream().map(q -> q.key() + q.ruleIds()).toList());
        }
    }

    /** @return the decision the path records and accepts */
    public Decision decision() {
        return decision;
    }

    /** @return a new case for the request */
    public RequestCase newCase() {
        return RequestCase.create(request.id());
    }

    /**
     * @return the result of one command of the path on the case, given by its parts (type, actor, expected version and,
     *     for the two that carry one, the decision), as the peers are given them
     */
    public TransitionResult step(RequestCase c, CommandType type) {
        return type.carriesDecision() ? lifecycle.apply(c, type, OFFICER, c.version(), decision, CLOCK) : lifecycle.apply(c, type, OFFICER, c.version(), CLOCK);
    }

    /** @return the result of one command of the path on the case, every command built as a {@link Command} */
    public TransitionResult stepWithCommand(RequestCase c, CommandType type) {
        Command command = switch (type) {
            case RECORD_DECISION -> Command.recordDecision(OFFICER, c.version(), decision);
            case ACCEPT -> Command.accept(OFFICER, c.version(), decision);
            default -> Command.of(type, OFFICER, c.version());
        };
        return lifecycle.apply(c, command, CLOCK);
    }

    /** @return the case after the whole path */
    public RequestCase walk() {
        return walk(false);
    }

    /** @return the case after the whole path, every command built as a {@link Command} */
    public RequestCase walkWithCommands() {
        return walk(true);
    }

    private RequestCase walk(boolean commands) {
        RequestCase c = newCase();
        for (CommandType type : LifecyclePath.COMMANDS) {
            TransitionResult r = commands ? stepWithCommand(c, type) : step(c, type);
            if (!(r instanceof TransitionResult.Applied applied)) {
                throw new IllegalStateException(type + " was rejected: " + r);
            }
            c = applied.requestCase();
        }
        return c;
    }
}
