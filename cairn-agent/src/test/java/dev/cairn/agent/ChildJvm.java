package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a main class in a new JVM with {@code -javaagent:} the shaded jar the package phase built, and collects what
 * it wrote: JSON log records on standard output, the agent's and the fixture's lines on standard error.
 */
final class ChildJvm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildJvm() {
    }

    /** The result of one run. */
    record Run(int exitCode, List<JsonNode> records, List<String> stderr) {

        /** The records with this message. */
        List<JsonNode> withMessage(String message) {
            return records.stream().filter(r -> message.equals(r.path("message").asText()))
                    .collect(Collectors.toList());
        }

        /** The one record with this message. */
        JsonNode only(String message) {
            List<JsonNode> found = withMessage(message);
            assertThat(found).as("records with message \"%s\" in %s", message, records).hasSize(1);
            return found.get(0);
        }

        /** What the fixture observed as a caller, its {@code fixture: } lines without the prefix. */
        List<String> observed() {
            return stderr.stream().filter(line -> line.startsWith("fixture: "))
                    .map(line -> line.substring("fixture: ".length())).collect(Collectors.toList());
        }

        List<String> agentLines() {
            return stderr.stream().filter(line -> line.startsWith("cairn-agent:")).collect(Collectors.toList());
        }
    }

    /** The agent jar: set by the failsafe configuration in the POM, after the shade plugin has written it. */
    static Path agentJar() {
        String jar = System.getProperty("cairn.agent.jar");
        assertThat(jar).as("system property cairn.agent.jar (run these tests with mvn verify)").isNotNull();
        Path path = Path.of(jar);
        assertThat(path).as("the shaded agent jar").isRegularFile();
        return path;
    }

    /** Where a class was loaded from: a folder or a jar. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code agentArguments} that start the agent with none. */
    static final String NO_ARGUMENTS = "";

    /**
     * Runs {@code main} with the agent given {@code agentArguments} (without the agent when null), a class path of
     * exactly {@code classPath}, and Cairn configured by environment for synchronous JSON at DEBUG plus {@code environment}.
     */
    static Run run(Path workDirectory, String agentArguments, List<Path> classPath, Map<String, String> environment,
            List<String> jvmArguments, Class<?> main, String... args) throws IOException, InterruptedException {
        return run(workDirectory, agentArguments, classPath, environment, jvmArguments, main.getName(), args);
    }

    /**
     * As {@link #run(Path, String, List, Map, List, Class, String...)}, for a main class this JVM cannot load, or none
     * (null) when {@code jvmArguments} name the main module.
     */
    static Run run(Path workDirectory, String agentArguments, List<Path> classPath, Map<String, String> environment,
            List<String> jvmArguments, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        if (agentArguments != null) {
            command.add("-javaagent:" + agentJar() + (agentArguments.isEmpty() ? "" : "=" + agentArguments));
        }
        command.addAll(jvmArguments);
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        if (mainClass != null) {
            command.add(mainClass);
        }
        command.addAll(List.of(args));

        Path stdout = workDirectory.resolve("stdout.txt");
        Path stderr = workDirectory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAIRN_") || name.startsWith("LOG_"));
        builder.environment().putAll(Map.of("CAIRN_FORMAT", "json", "CAIRN_LEVEL", "DEBUG", "CAIRN_ASYNC", "false",
                "CAIRN_CONSOLE", "stdout"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("child JVM still running after 60 s: " + command);
        }
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            try {
                records.add(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                fail("standard output line is not JSON: " + line, e);
            }
        }
        return new Run(process.exitValue(), records, Files.readAllLines(stderr, StandardCharsets.UTF_8));
    }
}
