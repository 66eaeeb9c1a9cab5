package dev.cairn.cli;

import dev.cairn.cli.receive.Receiver;
import dev.cairn.cli.receive.ReceiverSettings;
import dev.cairn.cli.receive.RecordOutput;
import dev.cairn.cli.receive.TlsServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ServerSocketFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cairn receive}: a listener for JSON lines over TCP, TLS and UDP that never deserializes. */
@Command(
        name = "receive",
        mixinStandardHelpOptions = true,
        description = {
            "Listen for JSON lines (Cairn's tcp and udp sinks, Fluent Bit, Vector, nc) and write every line that is"
                    + " one JSON object to standard output or a file. Cairn senders are acknowledged once their batch"
                    + " is written. Every other line is rejected and counted per client; nothing is deserialized."
                    + " Listens on loopback unless an address is given. Stops cleanly on SIGTERM or Ctrl-C.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by a signal after draining", "2:bad usage", "3:cannot listen or open the output"})
final class ReceiveCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--tcp", paramLabel = "[HOST:]PORT", description = "Listen for TCP connections (repeatable).")
    List<String> tcp = new ArrayList<>();

    @Option(
            names = "--tls",
            paramLabel = "[HOST:]PORT",
            description = "Listen for TLS connections (repeatable); needs --tls-key-store.")
    List<String> tls = new ArrayList<>();

    @Option(names = "--udp", paramLabel = "[HOST:]PORT", description = "Listen for datagrams (repeatable).")
    List<String> udp = new ArrayList<>();

    @Option(names = "--tls-key-store", paramLabel = "FILE", description = "PKCS12 key store with the certificate.")
    Path keyStore;

    @Option(
            names = "--tls-key-store-password-env",
            paramLabel = "VARIABLE",
            defaultValue = "CAIRN_RECEIVE_KEY_STORE_PASSWORD",
            description = "The environment variable holding the key store's password (default: ${DEFAULT-VALUE}).")
    String keyStorePasswordVariable;

    @Option(
            names = "--token-env",
            paramLabel = "VARIABLE",
            description = "Require Cairn senders to greet with the token in this environment variable; plain"
                    + " clients are then refused.")
    String tokenVariable;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write records to this file (0600, rotated as the --file-option values say) instead of"
                    + " standard output.")
    Path output;

    @Option(
            names = "--file-option",
            paramLabel = "NAME=VALUE",
            description = "A file option as in cairn.sink.<name>.*: max-bytes, backups, rotate, rotate.zone,"
                    + " max-total-bytes, max-age, compress, fsync (always: acknowledge only after fsync),"
                    + " fsync.interval (repeatable).")
    Map<String, String> fileOptions = new LinkedHashMap<>();

    @Option(
            names = "--max-line-bytes",
            paramLabel = "BYTES",
            defaultValue = "1048576",
            description = "The longest line accepted (default: ${DEFAULT-VALUE}).")
    int maxLineBytes;

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            defaultValue = "1024",
            description = "TCP and TLS connections served at once per listener (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Close a connection that sends no whole line for this long (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Override
    public Integer call() throws IOException {
        PrintStream err = parent.context().stderr();
        if (tcp.isEmpty() && tls.isEmpty() && udp.isEmpty()) {
            throw usage("nothing to listen on: give --tcp, --tls or --udp");
        }
        if (maxLineBytes < 64 || maxLineBytes > 64 << 20) {
            throw usage("--max-line-bytes must be from 64 to 67108864");
        }
        if (maxConnections < 1 || maxConnections > 100_000) {
            throw usage("--max-connections must be from 1 to 100000");
        }
        if (idleSeconds < 1) {
            throw usage("--idle-timeout must be at least 1 second");
        }
        if (!tls.isEmpty() && keyStore == null) {
            throw usage("--tls needs --tls-key-store");
        }
        if (output == null && !fileOptions.isEmpty()) {
            throw usage("--file-option needs --output");
        }
        byte[] token = null;
        if (tokenVariable != null) {
            String value = parent.context().env().get(tokenVariable);
            if (value == null || value.isBlank()) {
                throw usage("--token-env names " + tokenVariable + ", which is not set");
            }
            token = value.trim().getBytes(StandardCharsets.UTF_8);
        }
        ServerSocketFactory tlsFactory = null;
        if (keyStore != null) {
            String password = parent.context().env().getOrDefault(keyStorePasswordVariable, "");
            try {
                tlsFactory = TlsServer.factory(keyStore, password.toCharArray());
            } catch (GeneralSecurityException | IOException e) {
                err.println("cairn receive: cannot read the key store " + keyStore + " ("
                        + e.getClass().getSimpleName() + ")");
                return ExitCodes.IO_ERROR;
            }
        }
        RecordOutput records;
        try {
            records = output == null
                    ? RecordOutput.stdout(parent.context().stdout())
                    : RecordOutput.file(output, fileOptions, err);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ReceiverSettings settings = new ReceiverSettings(
                maxLineBytes, maxConnections, Duration.ofSeconds(idleSeconds), token, Duration.ofSeconds(5));
        Receiver receiver = new Receiver(settings, records, line -> {
            synchronized (err) {
                err.println("cairn receive: " + line);
            }
        });
        // Before listening: a client or a test may signal as soon as the first "listening on" line appears.
        Runtime.getRuntime().addShutdownHook(new Thread(receiver::stop, "cairn-receive-stop"));
        try {
            for (String address : tcp) {
                receiver.listenTcp(ServerSocketFactory.getDefault(), address(address), "tcp");
            }
            for (String address : tls) {
                receiver.listenTcp(tlsFactory, address(address), "tls");
            }
            for (String address : udp) {
                receiver.listenUdp(address(address));
            }
        } catch (IOException e) {
            err.println("cairn receive: cannot listen (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return ExitCodes.IO_ERROR;
        }
        try {
            receiver.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private InetSocketAddress address(String value) {
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw usage("invalid address " + value + ": expected PORT or HOST:PORT");
        }
        if (port < 0 || port > 65_535) {
            throw usage("invalid port in " + value + ": expected 0 to 65535");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (IOException e) {
            throw usage("unknown host in " + value);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
