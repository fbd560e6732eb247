package org.openmla.core.json;

import org.openmla.core.InvalidValueException;

/**
 * The most elements each collection of a document may hold, checked while the document is read (token by token,
 * before any part of it is bound), so that a document within the length limit cannot hold memory with millions of
 * small elements. A document beyond a limit is rejected with one problem at the collection, saying it is too large.
 * The defaults are far beyond any real request or case; a host with other needs sets its own with
 * {@link MlaJson#withLimits(CollectionLimits)}. Immutable.
 *
 * @param persons the most persons in a request ({@code /persons})
 * @param offences the most offences in a request ({@code /offences})
 * @param measures the most measures in a request ({@code /measures})
 * @param attachments the most attachments in a request ({@code /attachments})
 * @param identifiers the most identifiers of one person ({@code /persons/N/identifiers})
 * @param historyEntries the most entries in a case's history ({@code /history})
 * @param otherElements the most elements of any other array (a measure's targets, the legal bases, a history
 *     entry's lists...)
 */
public record CollectionLimits(int persons, int offences, int measures, int attachments, int identifiers, int historyEntries, int otherElements) {

    private static final CollectionLimits DEFAULTS = new CollectionLimits(1_000, 1_000, 1_000, 1_000, 20, 1_000, 1_000);

    /** @throws InvalidValueException if a limit is not positive */
    public CollectionLimits {
        positive(persons, "persons");
        positive(offences, "offences");
        positive(measures, "measures");
        positive(attachments, "attachments");
        positive(identifiers, "identifiers");
        positive(historyEntries, "historyEntries");
        positive(otherElements, "otherElements");
    }

    /**
     * @return 1,000 persons, offences, measures, attachments and history entries; 20 identifiers per person; 1,000
     *     elements in any other array
     */
    public static CollectionLimits defaults() {
        return DEFAULTS;
    }

    private static void positive(int limit, String name) {
        if (limit < 1) {
            throw new InvalidValueException("CollectionLimits." + name, "must be at least 1");
        }
    }

    /** @return the limit of the array at this pointer, its indexes written as {@code *}, with the collection's name */
    Limit of(String arrayPath) {
        return switch (arrayPath) {
            case "/persons" -> new Limit("persons", persons);
            case "/offences" -> new Limit("offences", offences);
            case "/measures" -> new Limit("measures", measures);
            case "/attachments" -> new Limit("attachments", attachments);
            case "/persons/*/identifiers" -> new Limit("identifiers", identifiers);
            case "/history" -> new Limit("historyEntries", historyEntries);
            default -> new Limit("otherElements", otherElements);
        };
    }

    /** @return the smallest limit: arrays shorter than this need no look-up */
    int smallest() {
        return Math.min(Math.min(Math.min(persons, offences), Math.min(measures, attachments)),
                Math.min(Math.min(identifiers, historyEntries), otherElements));
    }

    /** A named limit. */
    record Limit(String name, int max) {}
}
