package dev.cairn.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 CIDR range such as {@code 10.0.0.0/8} or {@code ::1/128}; a bare address is a range of one.
 * Parsing never resolves host names: only literal addresses are accepted.
 */
final class AddressRange {

    private final byte[] network;
    private final int prefix;
    private final String text;

    private AddressRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /**
     * Parses {@code cidr}.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    static AddressRange parse(String cidr) {
        String value = cidr.trim();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            throw new IllegalArgumentException("invalid address range \"" + cidr
                    + "\": expected an IP address or CIDR range such as 10.0.0.0/8 or fd00::/8");
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("invalid address range \"" + cidr + "\": the prefix length must be"
                        + " 0 to " + bytes.length * 8);
            }
        }
        return new AddressRange(bytes, prefix, value);
    }

    /** Whether {@code address} (a literal IP address) is in the range; false for anything else. */
    boolean contains(String address) {
        byte[] bytes = address == null ? null : literal(address.trim());
        if (bytes == null || bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null; never a name lookup. */
    static byte[] literal(String address) {
        String value =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        boolean ipv4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = value.indexOf(':') >= 0 && value.matches("[0-9A-Fa-f:.%]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        if (ipv4) {
            for (String part : value.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        try {
            int zone = value.indexOf('%');
            return InetAddress.getByName(zone < 0 ? value : value.substring(0, zone))
                    .getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
