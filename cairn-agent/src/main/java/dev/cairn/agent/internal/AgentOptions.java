package dev.cairn.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The agent's arguments, the text after {@code =} in {@code -javaagent:cairn-agent.jar=...}: options
 * {@code key=value} separated by {@code ;}. Every bad entry is reported and ignored, so a typo never stops the
 * application; the default then applies.
 *
 * <ul>
 *   <li>{@code packages=com.acme,org.shop}: only classes in these packages and their subpackages are examined.
 *       Default: every class outside the JDK and Cairn.</li>
 * </ul>
 *
 * @param packages package names to restrict the agent to; empty for no restriction
 */
public record AgentOptions(List<String> packages) {

    private static final Pattern PACKAGE = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    public AgentOptions {
        packages = List.copyOf(packages);
    }

    /** Parses {@code arguments} (null when none were given), reporting each entry it ignores. */
    public static AgentOptions parse(String arguments, ErrorReport report) {
        List<String> packages = new ArrayList<>();
        if (arguments == null || arguments.isBlank()) {
            return new AgentOptions(packages);
        }
        for (String option : arguments.split(";")) {
            int equals = option.indexOf('=');
            String key = (equals < 0 ? option : option.substring(0, equals)).strip();
            if (key.isEmpty()) {
                continue;
            }
            if (!key.equals("packages") || equals < 0) {
                report.line("unknown option \"" + printable(option) + "\" ignored; the only option is"
                        + " packages=<name>,<name>");
                continue;
            }
            for (String name : option.substring(equals + 1).split(",")) {
                String trimmed = name.strip();
                if (PACKAGE.matcher(trimmed).matches()) {
                    packages.add(trimmed);
                } else {
                    report.line("invalid package name \"" + printable(trimmed) + "\" in option packages; ignored");
                }
            }
            if (packages.isEmpty()) {
                report.line("option packages names no valid package; every package is examined");
            }
        }
        return new AgentOptions(packages);
    }

    /** The reported text of an argument: at most 100 characters (the report escapes control characters). */
    private static String printable(String text) {
        return text.codePointCount(0, text.length()) <= 100
                ? text
                : text.substring(0, text.offsetByCodePoints(0, 100)) + "…";
    }
}
