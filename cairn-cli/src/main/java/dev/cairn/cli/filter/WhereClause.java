package dev.cairn.cli.filter;

import dev.cairn.cli.json.JsonLineScanner;
import dev.cairn.cli.json.JsonNumbers;
import dev.cairn.cli.json.JsonType;
import dev.cairn.cli.record.FieldPath;
import dev.cairn.cli.record.ScannedRecord;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code --where} condition: {@code key=value}, {@code key!=value}, {@code key>n},
 * {@code key>=n}, {@code key<n}, {@code key<=n} or {@code key~regex} (regex found anywhere in the
 * value). A record without the field never matches.
 */
public final class WhereClause {

    /** The syntax, quoted in error messages. */
    public static final String SYNTAX = "KEY=VALUE, KEY!=VALUE, KEY>N, KEY>=N, KEY<N, KEY<=N or KEY~REGEX";

    private static final Pattern SHAPE = Pattern.compile("([^=!<>~\\s]+)\\s*(!=|>=|<=|=|>|<|~)(.*)", Pattern.DOTALL);

    private enum Op {
        EQ,
        NE,
        GT,
        GE,
        LT,
        LE,
        MATCH
    }

    private final String source;
    private final FieldPath path;
    private final Op op;
    private final byte[] valueBytes;
    private final double number;
    private final Pattern regex;

    private WhereClause(String source, FieldPath path, Op op, String value, double number, Pattern regex) {
        this.source = source;
        this.path = path;
        this.op = op;
        this.valueBytes = value.getBytes(StandardCharsets.UTF_8);
        this.number = number;
        this.regex = regex;
    }

    /** @throws IllegalArgumentException with a one-line explanation naming the clause */
    public static WhereClause parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a condition; expected " + SYNTAX);
        }
        String key = m.group(1);
        String opText = m.group(2);
        String value = m.group(3);
        Op op = switch (opText) {
            case "=" -> Op.EQ;
            case "!=" -> Op.NE;
            case ">" -> Op.GT;
            case ">=" -> Op.GE;
            case "<" -> Op.LT;
            case "<=" -> Op.LE;
            default -> Op.MATCH;
        };
        double number = Double.NaN;
        Pattern regex = null;
        if (op == Op.GT || op == Op.GE || op == Op.LT || op == Op.LE) {
            try {
                number = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "'" + text + "': " + opText + " needs a number, got '" + value + "'");
            }
        } else if (op == Op.MATCH) {
            try {
                regex = Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + text + "': invalid regex: " + e.getDescription());
            }
        } else {
            number = parseNumberOrNaN(value);
        }
        return new WhereClause(text, FieldPath.of(key), op, value, number, regex);
    }

    public boolean test(ScannedRecord record) {
        int f = record.locate(path);
        if (f < 0) {
            return false;
        }
        JsonLineScanner s = record.located();
        return switch (op) {
            case EQ -> equalsValue(s, f);
            case NE -> !equalsValue(s, f);
            case GT -> numberOf(s, f) > number;
            case GE -> numberOf(s, f) >= number;
            case LT -> numberOf(s, f) < number;
            case LE -> numberOf(s, f) <= number;
            case MATCH -> regex.matcher(s.text(f)).find();
        };
    }

    private boolean equalsValue(JsonLineScanner s, int f) {
        if (s.type(f) == JsonType.NUMBER && !Double.isNaN(number)) {
            return numberOf(s, f) == number;
        }
        return s.textEquals(f, valueBytes);
    }

    /** The field as a number (numbers and numeric strings), or NaN, which fails every comparison. */
    private static double numberOf(JsonLineScanner s, int f) {
        JsonType t = s.type(f);
        if (t == JsonType.NUMBER || (t == JsonType.STRING && !s.isEscaped(f))) {
            return JsonNumbers.parse(s.buffer(), s.valueStart(f), s.valueEnd(f));
        }
        return Double.NaN;
    }

    private static double parseNumberOrNaN(String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
