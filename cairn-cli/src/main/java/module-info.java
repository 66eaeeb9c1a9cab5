/** The {@code cairn} command-line tool. Exports nothing: it is an application, not a library. */
module dev.cairn.cli {
    requires info.picocli;
    requires dev.cairn;

    opens dev.cairn.cli to
            info.picocli;
}
