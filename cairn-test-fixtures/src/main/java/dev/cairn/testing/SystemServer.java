package dev.cairn.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A server from the machine's packages that a test needs (rsyslog, PostgreSQL): the test skips with a message naming
 * the package when it is missing, so the README's test command passes on a bare machine, and fails instead when
 * {@code CAIRNTEST_REQUIRE_SERVERS} is set, as {@code .ci/run} does, so nothing is skipped in CI.
 *
 * <pre>{@code
 * Path rsyslogd = SystemServer.require("rsyslogd", "rsyslog", Path.of("/usr/sbin/rsyslogd"));
 * }</pre>
 */
public final class SystemServer {

    /** The environment variable that turns a missing server from a skip into a failure. */
    public static final String REQUIRE_VARIABLE = "CAIRNTEST_REQUIRE_SERVERS";

    private SystemServer() {}

    /**
     * Returns the first of {@code candidates} that is an executable file; otherwise skips the test (or fails it when
     * {@link #REQUIRE_VARIABLE} is set) with a message naming {@code what} and the Debian {@code debianPackage}.
     */
    public static Path require(String what, String debianPackage, Path... candidates) {
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        unavailable(what + " is not installed (apt-get install " + debianPackage + ")");
        throw new AssertionError("unreachable");
    }

    /**
     * Skips the test (or fails it when {@link #REQUIRE_VARIABLE} is set) unless {@code available}; {@code reason}
     * says what is missing and how to get it.
     */
    public static void assume(boolean available, String reason) {
        if (!available) {
            unavailable(reason);
        }
    }

    private static void unavailable(String reason) {
        if (System.getenv(REQUIRE_VARIABLE) != null) {
            throw new AssertionError(reason + "; required because " + REQUIRE_VARIABLE + " is set");
        }
        Assumptions.abort("skipped: " + reason + "; .ci/run installs it");
    }
}
