package io.stormcenter.workbench.report;

/**
 * Hides the host part of a source address, so a report handed around names networks, not people:
 * an IPv4 address keeps its first two octets ({@code 203.0.x.x}), an IPv6 one its first 32 bits.
 * Anything else (a hostname) is not shown at all.
 */
final class AddressMask {

    private AddressMask() {
    }

    static String mask(String address) {
        String a = address.strip();
        if (a.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] octets = a.split("\\.");
            return octets[0] + "." + octets[1] + ".x.x";
        }
        if (a.contains(":")) {
            String[] groups = a.split(":", -1);
            if (groups.length >= 2 && !groups[0].isEmpty() && !groups[1].isEmpty()) {
                return groups[0] + ":" + groups[1] + "::/32";
            }
            return "IPv6 address";
        }
        return "(name hidden)";
    }
}
