package dev.cairn.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real JVM to run a main class in, described step by step, then {@link #start() started} (streams piped to the
 * test) or {@link #run(Duration) run to its end} (streams collected). By default it runs with this test run's class
 * path, in the current folder, and never inherits the {@code CAIRN_*} and {@code LOG_*} variables of the build's
 * environment, so only what the test sets configures the child.
 */
public final class ChildJvm {

    private final String mainClass;
    private Path directory;
    private List<Path> classPath;
    private final List<String> jvmArguments = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Set<String> unset = new HashSet<>();
    private final List<String> arguments = new ArrayList<>();
    private byte[] stdin = new byte[0];
    private Path stdoutFile;
    private Path stderrFile;

    private ChildJvm(String mainClass) {
        this.mainClass = mainClass;
    }

    /** A JVM that runs {@code main}'s main method. */
    public static ChildJvm main(Class<?> main) {
        return new ChildJvm(main.getName());
    }

    /** A JVM that runs the main method of the named class (one this JVM need not be able to load). */
    public static ChildJvm main(String mainClass) {
        return new ChildJvm(mainClass);
    }

    /** A JVM whose main class or module its {@link #jvmArguments(String...) options} name ({@code -m}). */
    public static ChildJvm withoutMainClass() {
        return new ChildJvm(null);
    }

    /** Where a class was loaded from: a folder or a jar. */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The working directory. */
    public ChildJvm in(Path workingDirectory) {
        this.directory = workingDirectory;
        return this;
    }

    /** Exactly these class path entries instead of this test run's class path; none leaves out {@code -cp}. */
    public ChildJvm classPath(List<Path> entries) {
        this.classPath = List.copyOf(entries);
        return this;
    }

    /** JVM options, before the main class (heap, {@code -D}, {@code -javaagent:}, ...); adds to earlier ones. */
    public ChildJvm jvmArguments(String... options) {
        return jvmArguments(List.of(options));
    }

    /** As {@link #jvmArguments(String...)}. */
    public ChildJvm jvmArguments(List<String> options) {
        jvmArguments.addAll(options);
        return this;
    }

    /** Environment variables set in the child; adds to earlier ones. */
    public ChildJvm environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** An environment variable the child must not inherit. */
    public ChildJvm unset(String variable) {
        unset.add(variable);
        return this;
    }

    /** The main method's arguments; adds to earlier ones. */
    public ChildJvm arguments(String... args) {
        arguments.addAll(List.of(args));
        return this;
    }

    /** What {@link #run(Duration)} writes to the child's standard input before closing it. */
    public ChildJvm stdin(byte[] input) {
        this.stdin = input.clone();
        return this;
    }

    /** Sends standard output to a file instead of a pipe. */
    public ChildJvm stdoutTo(Path file) {
        this.stdoutFile = file;
        return this;
    }

    /** Sends standard error to a file instead of a pipe. */
    public ChildJvm stderrTo(Path file) {
        this.stderrFile = file;
        return this;
    }

    /** The command line this JVM runs. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        String path = classPath == null
                ? testClassPath()
                : classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        if (!path.isEmpty()) {
            command.add("-cp");
            command.add(path);
        }
        if (mainClass != null) {
            command.add(mainClass);
        }
        command.addAll(arguments);
        return command;
    }

    /** Starts the JVM; the streams not sent to files are pipes the test reads and writes. */
    public Process start() throws IOException {
        return launch(stdoutFile, stderrFile);
    }

    /**
     * Reads {@code child}'s standard output, one acknowledged count per line, and kills it with {@code SIGKILL} once a
     * line reaches {@code atLeast}; waits for it to end and returns the last count it printed (the child's own count of
     * what it has done, e.g. records whose write returned). For tests of what survives {@code kill -9}.
     */
    public static long killWhenAcknowledged(Process child, long atLeast) throws IOException, InterruptedException {
        long acknowledged = -1;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged = Long.parseLong(line.trim());
                if (acknowledged >= atLeast) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child JVM did not end within 30 s of SIGKILL");
        }
        return acknowledged;
    }

    /**
     * Runs the JVM to its end, feeding it the {@link #stdin(byte[]) input}, and returns what it wrote; fails if it is
     * still running after {@code timeout} (and kills it).
     */
    public Exit run(Duration timeout) throws IOException, InterruptedException {
        Path out = stdoutFile == null ? Files.createTempFile("child-jvm", ".out") : stdoutFile;
        Path err = stderrFile == null ? Files.createTempFile("child-jvm", ".err") : stderrFile;
        try {
            Process process = launch(out, err);
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException e) {
                // The child ended without reading its input; what it wrote still tells the test why.
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("child JVM still running after " + timeout + ": " + command());
            }
            return new Exit(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            deleteTemporary(out, stdoutFile);
            deleteTemporary(err, stderrFile);
        }
    }

    private Process launch(Path out, Path err) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        if (out != null) {
            builder.redirectOutput(out.toFile());
        }
        if (err != null) {
            builder.redirectError(err.toFile());
        }
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CAIRN_") || name.startsWith("LOG_") || unset.contains(name));
        env.putAll(environment);
        return builder.start();
    }

    private static void deleteTemporary(Path file, Path chosenByTest) {
        if (chosenByTest == null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The test run's class path plus the module path Surefire puts the module under test on. */
    private static String testClassPath() {
        String modulePath = System.getProperty("jdk.module.path");
        String path = System.getProperty("java.class.path");
        return modulePath == null ? path : path + File.pathSeparator + modulePath;
    }

    /**
     * How a child JVM ended.
     *
     * @param code   its exit code
     * @param stdout what it wrote to standard output (UTF-8)
     * @param stderr what it wrote to standard error (UTF-8)
     */
    public record Exit(int code, String stdout, String stderr) {

        /** Standard output's lines. */
        public List<String> stdoutLines() {
            return stdout.lines().collect(Collectors.toList());
        }

        /** Standard error's lines. */
        public List<String> stderrLines() {
            return stderr.lines().collect(Collectors.toList());
        }
    }
}
