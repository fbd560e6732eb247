package org.openmla.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars named by {@code --pack-path}: a jar, or a directory whose {@code *.jar} files are taken in name order.
 * Their {@link org.openmla.core.rules.RulePackProvider}s are found through the service loader, beside the packs
 * already on the class path.
 */
final class PackPath {
    private PackPath() {}

    /**
     * @param entries jars and directories, as given
     * @return the jars, in order
     * @throws BadInputException if an entry is missing, or is a file that is not a jar
     */
    static List<Path> jars(List<Path> entries) {
        List<Path> jars = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.list(entry)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().forEach(jars::add);
                } catch (IOException e) {
                    throw new BadInputException("--pack-path: cannot list the directory " + entry, e);
                }
            } else if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                jars.add(entry);
            } else {
                throw new BadInputException("--pack-path: not a jar or a directory: " + entry);
            }
        }
        return List.copyOf(jars);
    }

    /**
     * @param entries jars and directories, as given
     * @param parent the class loader that holds mla-core and the built-in packs
     * @return a class loader over the jars, delegating to {@code parent}; kept open for the run
     */
    static ClassLoader loader(List<Path> entries, ClassLoader parent) {
        List<Path> jars = jars(entries);
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new URLClassLoader("mla-pack-path", urls, parent);
    }
}
