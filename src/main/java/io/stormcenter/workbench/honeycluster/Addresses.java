package io.stormcenter.workbench.honeycluster;

/** IP address comparison for trip-wires on destination addresses: exact, or inside an IPv4 CIDR. */
final class Addresses {

    private Addresses() {
    }

    static boolean contains(String addressOrCidr, String address) {
        int slash = addressOrCidr.indexOf('/');
        if (slash < 0) {
            return addressOrCidr.equals(address);
        }
        long network = ipv4(addressOrCidr.substring(0, slash));
        long candidate = ipv4(address);
        int bits = Integer.parseInt(addressOrCidr.substring(slash + 1));
        if (network < 0 || candidate < 0 || bits > 32) {
            return false;
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (network & mask) == (candidate & mask);
    }

    /** The address as an unsigned 32-bit number, or -1 when it is not dotted IPv4. */
    private static long ipv4(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String part : parts) {
            try {
                int octet = Integer.parseInt(part);
                if (octet < 0 || octet > 255) {
                    return -1;
                }
                value = (value << 8) | octet;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return value;
    }
}
