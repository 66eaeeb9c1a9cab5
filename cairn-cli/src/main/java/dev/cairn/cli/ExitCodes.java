package dev.cairn.cli;

/** The process exit codes, listed in every command's help. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int NO_MATCH = 1;
    /** {@code verify} and {@code decrypt}: sealed files were changed, cut, reordered or are missing. */
    public static final int TAMPERED = 1;

    public static final int USAGE = 2;
    public static final int IO_ERROR = 3;
    public static final int OUT_OF_MEMORY = 4;

    private ExitCodes() {}
}
