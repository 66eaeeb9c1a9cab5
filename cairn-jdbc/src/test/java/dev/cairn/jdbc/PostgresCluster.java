package dev.cairn.jdbc;

import dev.cairn.testing.SystemServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, which the test may stop and start: {@code initdb} in a temporary folder,
 * {@code pg_ctl start} on a free loopback port, trust authentication. The server refuses to run as root, so under root
 * it runs as the {@code postgres} user the Debian package creates.
 */
final class PostgresCluster implements AutoCloseable {

    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asPostgres;

    private PostgresCluster(Path bin, Path home, int port, boolean asPostgres) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Creates and starts a cluster; skips the test when PostgreSQL's programs are not installed. */
    static PostgresCluster start() throws IOException, InterruptedException {
        Path pgCtl = SystemServer.require("PostgreSQL's pg_ctl", "postgresql", candidates());
        Path bin = pgCtl.getParent();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("cairn-pg-cluster");
        if (root) {
            UserPrincipal postgres =
                    home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(home, postgres);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresCluster cluster = new PostgresCluster(bin, home, port, root);
        cluster.run("initdb", "-D", home.resolve("data").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8");
        cluster.startServer();
        return cluster;
    }

    /** The URL of the cluster's {@code postgres} database as user postgres. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** Starts the server (again) on the same data and port, and waits until it accepts connections. */
    void startServer() throws IOException, InterruptedException {
        run(
                "pg_ctl",
                "-D",
                home.resolve("data").toString(),
                "-l",
                home.resolve("log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    /** Stops the server, ending every connection at once ({@code -m fast}). */
    void stopServer() throws IOException, InterruptedException {
        run("pg_ctl", "-D", home.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve(program + ".out").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(program + " did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(program + " failed (" + process.exitValue() + "): "
                    + Files.readString(home.resolve(program + ".out")));
        }
    }

    private static Path[] candidates() throws IOException {
        List<Path> found = new ArrayList<>();
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                dirs.sorted(Comparator.reverseOrder()).forEach(dir -> found.add(dir.resolve("bin/pg_ctl")));
            }
        }
        found.add(Path.of("/usr/local/bin/pg_ctl"));
        found.add(Path.of("/usr/bin/pg_ctl"));
        return found.toArray(Path[]::new);
    }
}
