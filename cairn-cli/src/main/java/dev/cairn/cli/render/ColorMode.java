package dev.cairn.cli.render;

/** The {@code --color} choice. */
public enum ColorMode {
    ALWAYS,
    NEVER,
    AUTO;

    /**
     * Decides whether to color: ALWAYS and NEVER win; AUTO colors only a terminal and only when
     * {@code NO_COLOR} is unset or empty (https://no-color.org).
     */
    public boolean enabled(boolean stdoutIsTerminal, String noColorEnv) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> stdoutIsTerminal && (noColorEnv == null || noColorEnv.isEmpty());
        };
    }
}
