package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;

/**
 * What a {@link LegalBasisResolver} has worked out, kept so that it is worked out once: the resolution for a pair of
 * States on a date and, for that resolution, the check of the claims and the choice of packs for each shape of request
 * (its claimed bases and measure types, and whether the host keeps the paragraphs a treaty would displace). Every value
 * kept is immutable and a function of the resolver's immutable inputs (party data, relationships, registry) and of the
 * key, so a kept value equals one worked out again. Nothing of a request beyond its claims and measure types is kept.
 *
 * <p>Bounded: a map that reaches its limit is emptied and fills again. Thread-safe; two threads may work out the same
 * value at once, and either result is kept. The pair and the shape found last are also kept beside their maps and
 * compared field by field, so that requests between the same States on the same date, of the same shape, are found
 * without making a key.
 */
final class ResolvedPairs {

    /** At most this many pairs of States and dates are kept. */
    static final int MAX_PAIRS = 128;
    /** At most this many shapes of request are kept per pair and date. */
    static final int MAX_SHAPES = 16;

    private final ConcurrentHashMap<Pair, Resolved> pairs = new ConcurrentHashMap<>();
    /** The resolution found or kept last; null at first. */
    private volatile Resolved last;

    /** A pair of States and a date. */
    record Pair(Jurisdiction requesting, Jurisdiction requested, LocalDate date) {}

    /** What a request's check and evaluation depend on, besides the pair and date. */
    record Shape(List<LegalBasis> bases, List<MeasureType> types) {}

    /** @return the request's shape: its claimed bases and the distinct types of its measures, in order */
    static Shape shapeOf(MlaRequest request) {
        return new Shape(request.legalBasis(), LegalBasisClaims.measureTypes(request));
    }

    /** @return how many pairs are kept */
    int size() {
        return pairs.size();
    }

    /** @return the resolution kept for the pair, or null */
    Resolved get(Pair pair) {
        return pairs.get(pair);
    }

    /** @return the resolution kept for the pair of States on the date, or null; makes no key when it is the one found last */
    Resolved get(Jurisdiction requesting, Jurisdiction requested, LocalDate date) {
        Resolved r = last;
        if (r != null && r.pair.date().equals(date) && r.pair.requesting().equals(requesting) && r.pair.requested().equals(requested)) {
            return r;
        }
        r = pairs.get(new Pair(requesting, requested, date));
        if (r != null) {
            last = r;
        }
        return r;
    }

    /** Keeps a resolution. @return the one kept for the pair (another thread's, if it was first) */
    Resolved put(Pair pair, LegalBasisResolution resolution) {
        if (pairs.size() >= MAX_PAIRS) {
            pairs.clear();
        }
        Resolved fresh = new Resolved(pair, resolution);
        Resolved earlier = pairs.putIfAbsent(pair, fresh);
        Resolved kept = earlier != null ? earlier : fresh;
        last = kept;
        return kept;
    }

    /** One resolution with the checks and pack choices worked out for it, by shape of request. */
    static final class Resolved {
        final Pair pair;
        final LegalBasisResolution resolution;
        private final ConcurrentHashMap<Shape, Shaped> shapes = new ConcurrentHashMap<>();
        /** The shape found or kept last; null at first. */
        private volatile Shaped last;

        Resolved(Pair pair, LegalBasisResolution resolution) {
            this.pair = pair;
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

        /** @return what is kept for the request's shape, or null; makes no key when it is the shape found last */
        Shaped get(MlaRequest request) {
            Shaped s = last;
            if (s != null && sameBases(s.shape.bases(), request.legalBasis()) && LegalBasisClaims.sameMeasureTypes(request, s.shape.types())) {
                return s;
            }
            s = shapes.get(shapeOf(request));
            if (s != null) {
                last = s;
            }
            return s;
        }

        private static boolean sameBases(List<LegalBasis> kept, List<LegalBasis> bases) {
            if (kept.size() != bases.size()) {
                return false;
            }
            for (int i = 0; i < kept.size(); i++) {
                if (!kept.get(i).equals(bases.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Keeps the check for a shape. @return the one kept (another thread's, if it was first) */
        Shaped put(Shape shape, LegalBasisClaims.ClaimsCheck check) {
            if (shapes.size() >= MAX_SHAPES) {
                shapes.clear();
            }
            Shaped fresh = new Shaped(shape, check);
            Shaped earlier = shapes.putIfAbsent(shape, fresh);
            Shaped kept = earlier != null ? earlier : fresh;
            last = kept;
            return kept;
        }
    }

    /** The check of one shape of request, and the packs chosen for it with and without the host keeping displaced paragraphs. */
    static final class Shaped {
        final Shape shape;
        final LegalBasisClaims.ClaimsCheck check;
        /** Set once worked out; a race works it out twice, to equal values. */
        volatile EvaluationPreparation.PackChoice choice;
        volatile EvaluationPreparation.PackChoice choiceKeepingParagraphs;
        /** The check made last for a request of this shape, given again to the same request. */
        private volatile LegalBasisCheck lastCheck;

        Shaped(Shape shape, LegalBasisClaims.ClaimsCheck check) {
            this.shape = shape;
            this.check = check;
        }

        /** @return the check of a request of this shape; the one made last when it is for the same request and date */
        LegalBasisCheck checkFor(MlaRequest request, LocalDate date) {
            LegalBasisCheck c = lastCheck;
            if (c == null || !c.requestId().equals(request.id()) || !c.date().equals(date)) {
                c = check.forRequest(request.id(), date);
                lastCheck = c;
            }
            return c;
        }
    }
}
