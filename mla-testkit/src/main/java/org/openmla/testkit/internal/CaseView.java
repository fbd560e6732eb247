package org.openmla.testkit.internal;

import java.time.Instant;
import java.util.Optional;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.TransitionResult;

/**
 * A case as a test sees it: the result of the command under test (if one was given), the case after it, the instant
 * at which deadlines are judged and the calendar that counts them.
 */
public record CaseView(Optional<TransitionResult> result, RequestCase requestCase, Instant at, DeadlineCalendar calendar) {}
