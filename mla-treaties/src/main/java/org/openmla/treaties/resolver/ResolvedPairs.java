package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MeasureType;

/**
 * What a {@link LegalBasisResolver} has worked out, kept so that it is worked out once: the resolution for a pair of
 * States on a date and, for that resolution, the check of the claims and the choice of packs for each shape of request
 * (its claimed bases and measure types, and whether the host keeps the paragraphs a treaty would displace). Every value
 * kept is immutable and a function of the resolver's immutable inputs (party data, relationships, registry) and of the
 * key, so a kept value equals one worked out again. Nothing of a request beyond its claims and measure types is kept.
 *
 * <p>Bounded: a map that reaches its limit is emptied and fills again. Thread-safe; two threads may work out the same
 * value at once, and either result is kept.
 */
final class ResolvedPairs {

    /** At most this many pairs of States and dates are kept. */
    static final int MAX_PAIRS = 128;
    /** At most this many shapes of request are kept per pair and date. */
    static final int MAX_SHAPES = 16;

    private final ConcurrentHashMap<Pair, Resolved> pairs = new ConcurrentHashMap<>();

    /** A pair of States and a date. */
    record Pair(Jurisdiction requesting, Jurisdiction requested, LocalDate date) {}

    /** What a request's check and evaluation depend on, besides the pair and date. */
    record Shape(List<LegalBasis> bases, List<MeasureType> types) {}

    /** @return how many pairs are kept */
    int size() {
        return pairs.size();
    }

    /** @return the resolution kept for the pair, or null */
    Resolved get(Pair pair) {
        return pairs.get(pair);
    }

    /** Keeps a resolution. @return the one kept for the pair (another thread's, if it was first) */
    Resolved put(Pair pair, LegalBasisResolution resolution) {
        if (pairs.size() >= MAX_PAIRS) {
            pairs.clear();
        }
        Resolved fresh = new Resolved(resolution);
        Resolved earlier = pairs.putIfAbsent(pair, fresh);
        return earlier != null ? earlier : fresh;
    }

    /** One resolution with the checks and pack choices worked out for it, by shape of request. */
    static final class Resolved {
        final LegalBasisResolution resolution;
        private final ConcurrentHashMap<Shape, Shaped> shapes = new ConcurrentHashMap<>();

        Resolved(LegalBasisResolution resolution) {
            this.resolution = resolution;
        }

        /** @return how many shapes are kept */
        int size() {
            return shapes.size();
        }

        /** @return what is kept for the shape, or null */
        Shaped get(Shape shape) {
            return shapes.get(shape);
        }

        /** Keeps the check for a shape. @return the one kept (another thread's, if it was first) */
        Shaped put(Shape shape, LegalBasisClaims.ClaimsCheck check) {
            if (shapes.size() >= MAX_SHAPES) {
                shapes.clear();
            }
            Shaped fresh = new Shaped(check);
            Shaped earlier = shapes.putIfAbsent(shape, fresh);
            return earlier != null ? earlier : fresh;
        }
    }

    /** The check of one shape of request, and the packs chosen for it with and without the host keeping displaced paragraphs. */
    static final class Shaped {
        final LegalBasisClaims.ClaimsCheck check;
        /** Set once worked out; a race works it out twice, to equal values. */
        volatile EvaluationPreparation.PackChoice choice;
        volatile EvaluationPreparation.PackChoice choiceKeepingParagraphs;

        Shaped(LegalBasisClaims.ClaimsCheck check) {
            this.check = check;
        }
    }
}
