package dev.cairn.cli;

/** The process entry point of the {@code cairn} tool. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(CliContext.system(), args));
    }
}
