package dev.cairn.internal.layout;

/**
 * A record whose message is still a template and its arguments: a layout may write it straight into its output
 * instead of asking for the message's text first (issue 19's profile: building that text was a fifth of the writer's
 * time per record).
 */
public interface TemplateMessage {

    /**
     * Writes the message as a quoted JSON string and returns true, if its text is at most {@code maxLength} characters
     * and every argument's text is known without calling its {@code toString()} (integers, booleans, strings);
     * otherwise writes nothing and returns false. What it writes equals the message's text written by {@link
     * Utf8Output#appendJsonString}. The template's text comes from {@code templates} when it keeps it.
     */
    boolean appendJsonString(Utf8Output out, int maxLength, MessageTemplates templates);
}
