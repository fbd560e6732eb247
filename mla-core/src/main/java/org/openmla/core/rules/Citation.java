package org.openmla.core.rules;

import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.LegalBasis;

/**
 * Where a rule comes from: an instrument, an article and its paragraphs and points.
 *
 * <p>Renders as {@code UNTOC art. 18(21)(b)} and parses back from that form with {@link #parse(String)}. An article
 * is a number optionally followed by letters ({@code 4a}); each point is letters or digits ({@code 21}, {@code b},
 * {@code iv}). Immutable; value equality.
 *
 * @param instrument the instrument id, e.g. {@code UNTOC}
 * @param article the article, e.g. {@code 18}
 * @param points the paragraphs and points in order, e.g. {@code [21, b]}
 */
public record Citation(String instrument, String article, List<String> points) implements Comparable<Citation> {

    private static final Pattern ARTICLE = Pattern.compile("[0-9]+[a-z]*");
    private static final Pattern POINT = Pattern.compile("[0-9]+[a-z]*|[a-z]+");
    private static final Pattern FORM = Pattern.compile("(" + LegalBasis.INSTRUMENT_ID_PATTERN + ") art\\. ([0-9]+[a-z]*)((?:\\([0-9a-z]+\\))*)");
    private static final Pattern PART = Pattern.compile("\\(([0-9a-z]+)\\)");

    /** @throws InvalidValueException if a part is malformed */
    public Citation {
        LegalBasis.checkInstrumentId(instrument);
        Checks.required(article, "Citation.article");
        if (!ARTICLE.matcher(article).matches()) {
            throw new InvalidValueException("Citation.article", "must be a number optionally followed by letters");
        }
        points = Checks.list(points, "Citation.points");
        for (String p : points) {
            if (!POINT.matcher(p).matches()) {
                throw new InvalidValueException("Citation.points", "must be digits or letters");
            }
        }
    }

    /**
     * Creates a citation.
     *
     * @param instrument {@code UNTOC}
     * @param article {@code 18}
     * @param points {@code "21", "b"}
     * @return the citation
     */
    public static Citation of(String instrument, String article, String... points) {
        return new Citation(instrument, article, List.of(points));
    }

    /**
     * Parses the rendered form, e.g. {@code UNTOC art. 18(21)(b)} or {@code EAW art. 4a(1)}.
     *
     * @param text the rendered citation
     * @return the citation
     * @throws InvalidValueException if the text is not in that form
     */
    public static Citation parse(String text) {
        Objects.requireNonNull(text, "citation");
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidValueException("citation", "must look like 'UNTOC art. 18(21)(b)'");
        }
        List<String> points = new ArrayList<>();
        Matcher part = PART.matcher(m.group(3));
        while (part.find()) {
            points.add(part.group(1));
        }
        return new Citation(m.group(1), m.group(2), points);
    }

    /**
     * Whether this citation is the same as, or more specific than, {@code other}: {@code UNTOC art. 18(21)(b)} is
     * within {@code UNTOC art. 18(21)} and within {@code UNTOC art. 18}.
     *
     * @param other the broader citation
     * @return whether this one falls within it
     */
    public boolean isWithin(Citation other) {
        return instrument.equals(other.instrument) && article.equals(other.article)
                && points.size() >= other.points.size() && points.subList(0, other.points.size()).equals(other.points);
    }

    /** @return a citation of a point within this one */
    public Citation point(String point) {
        List<String> more = new ArrayList<>(points);
        more.add(point);
        return new Citation(instrument, article, more);
    }

    @Override
    public int compareTo(Citation o) {
        return toString().compareTo(o.toString());
    }

    /** @return the rendered form, e.g. {@code UNTOC art. 18(21)(b)} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(instrument).append(" art. ").append(article);
        for (String p : points) {
            sb.append('(').append(p).append(')');
        }
        return sb.toString();
    }
}
