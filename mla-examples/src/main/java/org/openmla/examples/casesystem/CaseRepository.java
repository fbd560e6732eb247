package org.openmla.examples.casesystem;

import java.util.List;
import java.util.Optional;
import org.openmla.core.model.RequestId;

/**
 * Where a host keeps its case files, keyed by case id, with optimistic locking.
 *
 * <p>{@link #update(CaseFile, long)} stores a file only if the stored version is still the one the caller loaded, and
 * only if the new file keeps the stored history entry for entry (the lifecycle only ever appends). Otherwise nothing
 * changes and the result says why; the caller reloads and decides again. Implementations are thread-safe and make
 * each call atomic.
 */
public interface CaseRepository {

    /**
     * Stores a new case file.
     *
     * @param file the file
     * @return {@link SaveResult.Saved}, or {@link SaveResult.AlreadyExists}
     */
    SaveResult insert(CaseFile file);

    /**
     * Replaces a case file, if nobody changed it since it was loaded.
     *
     * @param file the new file
     * @param expectedVersion the version the caller loaded
     * @return {@link SaveResult.Saved}, {@link SaveResult.StaleVersion}, {@link SaveResult.HistoryNotKept} or
     *     {@link SaveResult.NotFound}
     */
    SaveResult update(CaseFile file, long expectedVersion);

    /**
     * Loads a case file.
     *
     * @param caseId the case
     * @return the file as stored, or empty
     */
    Optional<CaseFile> find(RequestId caseId);

    /** @return the ids of the stored cases, sorted */
    List<RequestId> caseIds();
}
