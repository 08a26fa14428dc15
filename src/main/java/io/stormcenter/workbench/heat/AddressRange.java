package io.stormcenter.workbench.heat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}). Only
 * literals are accepted: a name would need a DNS lookup, and an address is evidence, not a name.
 */
public record AddressRange(String cidr, byte[] network, int prefix) {

    public AddressRange {
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("prefix /" + prefix + " does not fit " + cidr);
        }
        network = network.clone();
    }

    public static AddressRange parse(String cidr) {
        String text = cidr == null ? "" : cidr.trim();
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an address block: '" + cidr + "' (expected e.g. 10.0.0.0/8)");
        }
        int prefix;
        try {
            prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an address block: '" + cidr + "' (the prefix is no number)");
        }
        return new AddressRange(text, address, prefix);
    }

    /** Whether the address (a literal) lies in this block; anything that is no address does not. */
    public boolean contains(String address) {
        byte[] bytes = literal(address);
        if (bytes == null || bytes.length != network.length) {
            return false;
        }
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    /** The bytes of an IPv4 or IPv6 literal, or null when the text is no literal. */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        boolean colon = false;
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            colon |= c == ':';
            dot |= c == '.';
            boolean hex = Character.digit(c, 16) >= 0;
            if (!hex && c != '.' && c != ':') {
                return null;
            }
        }
        if (!colon && (!dot || text.chars().anyMatch(Character::isLetter))) {
            return null;
        }
        try {
            // a literal (digits, dots, colons only) never goes to DNS
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.cidr.equals(cidr);
    }

    @Override
    public int hashCode() {
        return cidr.hashCode();
    }

    @Override
    public String toString() {
        return cidr;
    }
}
