package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.filter.TimeBound;
import dev.cairn.cli.filter.WhereClause;
import dev.cairn.cli.record.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The record filters shared by view, stats, flows and report. */
public final class FilterOptions {

    @Option(
            names = {"-l", "--level"},
            paramLabel = "LEVEL",
            description = "Minimum level: TRACE, DEBUG, INFO, WARN, ERROR or FATAL (WARN shows WARN and above).")
    String level;

    @Option(
            names = "--logger",
            paramLabel = "PREFIX",
            description =
                    "Logger name or dotted prefix (shop matches shop.Pay, not shopping); repeat for any of several.")
    List<String> loggers = new ArrayList<>();

    @Option(
            names = "--since",
            paramLabel = "TIME",
            description = "Records at or after TIME: 30s, 10m, 2h, 7d ago, or RFC 3339.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Records before TIME (same forms as --since).")
    String until;

    @Option(
            names = {"-w", "--where"},
            paramLabel = "COND",
            description = "Field condition, repeatable (all must hold): " + WhereClause.SYNTAX
                    + ". Dotted keys reach nested objects (error.type).")
    List<String> where = new ArrayList<>();

    @Option(
            names = {"-g", "--grep"},
            paramLabel = "TEXT",
            description = "Free text that must occur in the message or a field value (case-sensitive).")
    String grep;

    /** @throws CommandLine.ParameterException naming the option and what it accepts */
    RecordFilter toFilter(CommandLine cmd, Clock clock) {
        Level min = null;
        if (level != null) {
            min = Level.parse(level);
            if (min == null) {
                throw new CommandLine.ParameterException(
                        cmd,
                        "--level: '" + level
                                + "' is not a level; expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL");
            }
        }
        long from = since == null ? Long.MIN_VALUE : time(cmd, "--since", since, clock);
        long to = until == null ? Long.MAX_VALUE : time(cmd, "--until", until, clock);
        if (from >= to) {
            throw new CommandLine.ParameterException(
                    cmd, "--until: '" + until + "' is not after --since '" + since + "'");
        }
        List<WhereClause> clauses = new ArrayList<>();
        for (String w : where) {
            try {
                clauses.add(WhereClause.parse(w));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "--where: " + e.getMessage());
            }
        }
        if (grep != null && grep.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "--grep: the text must not be empty");
        }
        return new RecordFilter(min, loggers, from, to, clauses, grep);
    }

    private static long time(CommandLine cmd, String option, String value, Clock clock) {
        try {
            return TimeBound.parse(value, clock);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, option + ": " + e.getMessage());
        }
    }
}
