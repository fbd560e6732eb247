package org.openmla.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of mla-core, recorded: every public type of every package {@code module-info.java} exports to all,
 * with its public and protected members. A change to the API changes {@code src/test/resources/api/mla-core.api},
 * so it is made on purpose and seen in review. After a deliberate change, update the listing with
 * {@code ./mvnw -B -q -pl mla-core test -Dtest=ApiListingTest -Dopenmla.api.write=true} and commit it.
 */
class ApiListingTest {

    static final Path LISTING = Path.of("src/test/resources/api/mla-core.api");
    static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    static List<String> exportedPackages() throws IOException {
        Matcher m = EXPORTS.matcher(Files.readString(Path.of("src/main/java/module-info.java")));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static List<String> listing() throws Exception {
        TreeSet<String> lines = new TreeSet<>();
        for (String pkg : exportedPackages()) {
            Path dir = Path.of("target/classes").resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String simple = f.getFileName().toString().replaceAll("\\.class$", "");
                    if (simple.equals("package-info") || simple.matches(".*\\$\\d.*")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + simple, false, ApiListingTest.class.getClassLoader());
                    if (visible(c)) {
                        describe(c, lines);
                    }
                }
            }
        }
        return List.copyOf(lines);
    }

    static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    static void describe(Class<?> c, TreeSet<String> lines) {
        String type = c.getName();
        // Java 21 and later also print sealed / non-sealed here, Java 17 does not: one listing for every Java we run on
        lines.add(type + " : " + c.toGenericString().replaceFirst("^((?:[a-z]+ )*?)(?:non-)?sealed ", "$1"));
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (exposed(k.getModifiers()) && !k.isSynthetic()) {
                lines.add(type + " : " + k.toGenericString());
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                lines.add(type + " : " + m.toGenericString());
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (exposed(f.getModifiers()) && !f.isSynthetic()) {
                lines.add(type + " : " + f.toGenericString());
            }
        }
    }

    static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    @Test
    void the_public_api_is_the_recorded_one() throws Exception {
        String actual = String.join("\n", listing()) + "\n";
        if (Boolean.getBoolean("openmla.api.write")) {
            Files.createDirectories(LISTING.getParent());
            Files.writeString(LISTING, actual, StandardCharsets.UTF_8);
        }
        assertThat(LISTING).as("%s exists; write it with -Dopenmla.api.write=true", LISTING).exists();
        assertThat(actual).as("the public API differs from %s; if the change is deliberate, update it with "
                + "./mvnw -B -q -pl mla-core test -Dtest=ApiListingTest -Dopenmla.api.write=true", LISTING)
                .isEqualTo(Files.readString(LISTING, StandardCharsets.UTF_8));
    }
}
