/** The {@code cairn} command-line tool. Exports nothing: it is an application, not a library. */
module dev.cairn.cli {
    requires info.picocli;
    requires dev.cairn;

    opens dev.cairn.cli to
            info.picocli;
    // SecretKeyOptions, the reader-key options mixed into several commands.
    opens dev.cairn.cli.seal to
            info.picocli;
}
