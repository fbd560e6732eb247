package org.openmla.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.model.MlaRequest;

/** Reads request files, turning every failure into a {@link BadInputException} that names the file and the problems. */
final class RequestFiles {
    private static final MlaJson JSON = MlaJson.create();

    private RequestFiles() {}

    static MlaJson json() {
        return JSON;
    }

    static void requireReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, not a request file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file + ": cannot be read (permission denied)");
        }
    }

    static MlaRequest read(Path file) {
        requireReadable(file);
        try {
            return JSON.readRequest(file);
        } catch (MlaJsonException e) {
            throw new BadInputException(file + ": not a well-formed request (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + "; 'mla validate' lists them the same way):\n"
                    + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n")), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getCause().getClass().getSimpleName() + ")", e);
        }
    }
}
