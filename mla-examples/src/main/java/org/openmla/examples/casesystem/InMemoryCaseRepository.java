package org.openmla.examples.casesystem;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.openmla.core.json.MlaJson;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.Assessment;

/**
 * A {@link CaseRepository} in memory that stores what a database would: the request and the case as JSON documents
 * ({@link MlaJson#writeRequest}, {@link MlaJson#writeCase}), read back with {@link MlaJson#readRequest} and
 * {@link MlaJson#readCase} (which replays and checks the history), plus the law date and the officers' assessments.
 * The request is stored once, at insert; updates store the case and the assessments.
 *
 * <p>Thread-safe: each update is one atomic compare-and-set on the case id, so of two updates made on the same
 * version exactly one is stored and the other gets {@link SaveResult.StaleVersion}.
 */
public final class InMemoryCaseRepository implements CaseRepository {

    private record Stored(String requestJson, String caseJson, long version, LocalDate lawDate, List<Assessment> assessments) {}

    private final MlaJson json = MlaJson.create();
    private final ConcurrentMap<RequestId, Stored> cases = new ConcurrentHashMap<>();

    @Override
    public SaveResult insert(CaseFile file) {
        Objects.requireNonNull(file, "file");
        Stored stored = new Stored(json.writeRequest(file.request()), json.writeCase(file.requestCase()), file.version(), file.lawDate(),
                file.assessments());
        return cases.putIfAbsent(file.caseId(), stored) == null ? new SaveResult.Saved(file.caseId(), file.version())
                : new SaveResult.AlreadyExists(file.caseId());
    }

    @Override
    public SaveResult update(CaseFile file, long expectedVersion) {
        Objects.requireNonNull(file, "file");
        RequestId id = file.caseId();
        String caseJson = json.writeCase(file.requestCase());
        AtomicReference<SaveResult> result = new AtomicReference<>(new SaveResult.NotFound(id));
        cases.computeIfPresent(id, (key, stored) -> {
            if (stored.version() != expectedVersion) {
                result.set(new SaveResult.StaleVersion(id, expectedVersion, stored.version()));
                return stored;
            }
            if (!keepsHistory(json.readCase(stored.caseJson()), file.requestCase())) {
                result.set(new SaveResult.HistoryNotKept(id, stored.version()));
                return stored;
            }
            result.set(new SaveResult.Saved(id, file.version()));
            return new Stored(stored.requestJson(), caseJson, file.version(), stored.lawDate(), file.assessments());
        });
        return result.get();
    }

    @Override
    public Optional<CaseFile> find(RequestId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        Stored stored = cases.get(caseId);
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseFile(json.readRequest(stored.requestJson()), json.readCase(stored.caseJson()), stored.lawDate(),
                stored.assessments()));
    }

    @Override
    public List<RequestId> caseIds() {
        return cases.keySet().stream().sorted(java.util.Comparator.comparing(RequestId::value)).toList();
    }

    /** @return the stored case document, as a database would hold it */
    public Optional<String> caseDocument(RequestId caseId) {
        return Optional.ofNullable(cases.get(Objects.requireNonNull(caseId, "caseId"))).map(Stored::caseJson);
    }

    private static boolean keepsHistory(RequestCase stored, RequestCase next) {
        List<Transition> before = stored.history();
        List<Transition> after = next.history();
        return after.size() >= before.size() && after.subList(0, before.size()).equals(before);
    }

    @Override
    public String toString() {
        return "InMemoryCaseRepository[" + cases.size() + " cases]";
    }
}
