package dev.cairn.internal;

import dev.cairn.internal.layout.MessageTemplates;
import dev.cairn.internal.layout.Utf8Output;
import java.util.Arrays;

/**
 * Fills {@code {}} placeholders with arguments, and nothing else: the template is never evaluated, so no text a user
 * controls can trigger a lookup. A backslash before {@code {}} writes the braces literally; placeholders without an
 * argument stay as they are; extra arguments are ignored. The message is built as text ({@link #format}) or written
 * straight into a record's JSON ({@link #appendJsonString}), by one walk over the template, or from its pieces kept
 * escaped by the layout ({@link MessageTemplates}), cut by the same walk.
 */
final class MessageFormatter {

    private static final String BRACES = "{}";
    /** The most characters a {@code long} takes. */
    private static final int LONG_LENGTH = 20;

    private MessageFormatter() {}

    static String format(String template, Object[] args, int count) {
        if (template == null) {
            return "null";
        }
        if (count == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16 * count);
        walk(template, args, count, out, TEXT);
        return out.toString();
    }

    /**
     * Writes the message {@link #format} would build as a quoted JSON string, if it is at most {@code maxLength}
     * characters and every argument is an integer, a boolean or a string; otherwise writes nothing and returns false.
     * The template's text comes from {@code templates}, which keeps it escaped.
     */
    static boolean appendJsonString(
            String template, Object[] args, int count, Utf8Output out, int maxLength, MessageTemplates templates) {
        if (template == null || count == 0) {
            return false;
        }
        long length = template.length();
        for (int i = 0; i < count; i++) {
            int argLength = directLength(args[i]);
            if (argLength < 0) {
                return false;
            }
            length += argLength;
        }
        if (length > maxLength) {
            return false;
        }
        out.append('"');
        int slot = templates.find(template);
        if (slot < 0 && templates.start(template)) {
            walk(template, null, Integer.MAX_VALUE, templates, SPLIT);
            slot = templates.end();
        }
        int placeholders = slot < 0 ? -1 : templates.placeholders(slot);
        if (placeholders < 0) {
            walk(template, args, count, out, JSON);
        } else {
            for (int i = 0; i < placeholders; i++) {
                templates.appendPiece(out, slot, i);
                if (i < count) {
                    JSON.argument(out, args, i);
                } else {
                    JSON.text(out, BRACES, 0, 2);
                }
            }
            templates.appendPiece(out, slot, placeholders);
        }
        out.append('"');
        return true;
    }

    /**
     * The most characters {@code arg} writes, or -1 when it is not written directly: its text needs {@code
     * toString()}, or it is a string whose end could join a surrogate pair with the template around it.
     */
    private static int directLength(Object arg) {
        if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
            return LONG_LENGTH;
        }
        if (arg instanceof Boolean) {
            return 5;
        }
        if (arg instanceof String) {
            String text = (String) arg;
            int length = text.length();
            boolean joinable = length > 0
                    && (Character.isSurrogate(text.charAt(0)) || Character.isSurrogate(text.charAt(length - 1)));
            return joinable ? -1 : length;
        }
        return -1;
    }

    private static <T> void walk(String template, Object[] args, int count, T out, Pieces<T> pieces) {
        int next = 0;
        int from = 0;
        int length = template.length();
        while (from < length) {
            int open = template.indexOf(BRACES, from);
            if (open < 0) {
                break;
            }
            if (open > 0 && template.charAt(open - 1) == '\\') {
                pieces.text(out, template, from, open - 1);
                pieces.text(out, BRACES, 0, 2);
                from = open + 2;
                continue;
            }
            pieces.text(out, template, from, open);
            if (next < count) {
                pieces.argument(out, args, next++);
            } else {
                pieces.text(out, BRACES, 0, 2);
            }
            from = open + 2;
        }
        pieces.text(out, template, from, length);
    }

    /** Where the walk over a template puts its pieces. */
    private interface Pieces<T> {
        void text(T out, String text, int from, int to);

        /** Writes {@code args[index]}, the argument of a placeholder. */
        void argument(T out, Object[] args, int index);
    }

    private static final Pieces<StringBuilder> TEXT = new Pieces<>() {
        @Override
        public void text(StringBuilder out, String text, int from, int to) {
            out.append(text, from, to);
        }

        @Override
        public void argument(StringBuilder out, Object[] args, int index) {
            Object arg = args[index];
            if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
                out.append(((Number) arg).longValue());
            } else if (arg instanceof Object[]) {
                out.append(safeDeepToString((Object[]) arg));
            } else if (arg != null && arg.getClass().isArray()) {
                out.append(primitiveArrayToString(arg));
            } else {
                out.append(ObjectText.of(arg));
            }
        }
    };

    /** Only for the arguments {@link #directLength} accepts. */
    private static final Pieces<Utf8Output> JSON = new Pieces<>() {
        @Override
        public void text(Utf8Output out, String text, int from, int to) {
            out.appendJsonEscaped(text, from, to);
        }

        @Override
        public void argument(Utf8Output out, Object[] args, int index) {
            Object arg = args[index];
            if (arg instanceof String) {
                String text = (String) arg;
                out.appendJsonEscaped(text, 0, text.length());
            } else if (arg instanceof Boolean) {
                out.append((boolean) (Boolean) arg);
            } else {
                out.append(((Number) arg).longValue());
            }
        }
    };

    /** Cuts a template into its pieces for {@link MessageTemplates}: walked with every placeholder an argument. */
    private static final Pieces<MessageTemplates> SPLIT = new Pieces<>() {
        @Override
        public void text(MessageTemplates out, String text, int from, int to) {
            out.text(text, from, to);
        }

        @Override
        public void argument(MessageTemplates out, Object[] args, int index) {
            out.placeholder();
        }
    };

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
