package dev.cairn.internal.layout;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, for schemas that require a host ({@code gelf}) when {@code cairn.host} is not set. */
final class MachineName {

    private static volatile String name;

    private MachineName() {}

    /** The local host's name, looked up once; {@code localhost} when it cannot be resolved. */
    static String get() {
        String known = name;
        if (known == null) {
            try {
                known = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException e) {
                known = "localhost";
            }
            name = known;
        }
        return known;
    }
}
