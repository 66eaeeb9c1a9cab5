package dev.cairn.internal;

import java.util.Arrays;

/**
 * Fills {@code {}} placeholders with arguments, and nothing else: the template is never evaluated, so no text a user
 * controls can trigger a lookup. A backslash before {@code {}} writes the braces literally; placeholders without an
 * argument stay as they are; extra arguments are ignored.
 */
final class MessageFormatter {

    private MessageFormatter() {}

    static String format(String template, Object[] args, int count) {
        if (template == null) {
            return "null";
        }
        if (count == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16 * count);
        int next = 0;
        int from = 0;
        int length = template.length();
        while (from < length) {
            int open = template.indexOf("{}", from);
            if (open < 0) {
                break;
            }
            if (open > 0 && template.charAt(open - 1) == '\\') {
                out.append(template, from, open - 1).append("{}");
                from = open + 2;
                continue;
            }
            out.append(template, from, open);
            if (next < count) {
                appendArgument(out, args[next++]);
            } else {
                out.append("{}");
            }
            from = open + 2;
        }
        out.append(template, from, length);
        return out.toString();
    }

    private static void appendArgument(StringBuilder out, Object arg) {
        if (arg instanceof Object[]) {
            out.append(safeDeepToString((Object[]) arg));
        } else if (arg != null && arg.getClass().isArray()) {
            out.append(primitiveArrayToString(arg));
        } else {
            out.append(ObjectText.of(arg));
        }
    }

    private static String safeDeepToString(Object[] array) {
        try {
            return Arrays.deepToString(array);
        } catch (RuntimeException | StackOverflowError e) {
            return "[array of " + array.length + ": toString() threw "
                    + e.getClass().getName() + "]";
        }
    }

    private static String primitiveArrayToString(Object array) {
        if (array instanceof int[]) {
            return Arrays.toString((int[]) array);
        } else if (array instanceof long[]) {
            return Arrays.toString((long[]) array);
        } else if (array instanceof double[]) {
            return Arrays.toString((double[]) array);
        } else if (array instanceof float[]) {
            return Arrays.toString((float[]) array);
        } else if (array instanceof boolean[]) {
            return Arrays.toString((boolean[]) array);
        } else if (array instanceof char[]) {
            return Arrays.toString((char[]) array);
        } else if (array instanceof short[]) {
            return Arrays.toString((short[]) array);
        }
        return Arrays.toString((byte[]) array);
    }
}
