package io.stormcenter.workbench.stix;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An IP address written as text, and whether it belongs to a cluster's inside: private (RFC 1918),
 * shared (100.64.0.0/10, where several CNIs put pods), loopback, link-local, unique-local IPv6. Such an
 * address names a pod, a node or a service of one cluster, so it is never published in a form that
 * can be recognised, not even as its network.
 */
record IpLiteral(InetAddress address) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The address a text spells ({@code 10.0.0.1}, {@code [fd00::1]}, {@code fe80::1%eth0}), or null when it spells none. */
    static IpLiteral parse(String text) {
        if (text == null) {
            return null;
        }
        String bare = text.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        int zone = bare.indexOf('%');
        if (zone > 0) {
            bare = bare.substring(0, zone);
        }
        boolean v4 = IPV4.matcher(bare).matches() && Arrays.stream(bare.split("\\.")).allMatch(o -> Integer.parseInt(o) <= 255);
        boolean v6 = bare.contains(":") && IPV6.matcher(bare).matches()
                && (bare.contains("::") || bare.split(":", -1).length == 8 || bare.split(":", -1).length == 7);
        if (!v4 && !v6) {
            return null; // only literals reach InetAddress, which would otherwise ask DNS
        }
        try {
            return new IpLiteral(InetAddress.getByName(bare));
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    boolean isV4() {
        return address instanceof Inet4Address;
    }

    /** Whether the address is a cluster's (or a host's) own rather than one on the internet. */
    boolean isInternal() {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10, carrier-grade NAT and some CNIs
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }

    byte[] bytes() {
        return address.getAddress();
    }
}
