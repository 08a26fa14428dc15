package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.honeycluster.IdentityExclusions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How observations are joined into sessions and which never count.
 *
 * @param gap            two observations sharing a key join only when no more than this apart
 * @param excluded       identities that are never an attacker (the platform at work, the workbench itself)
 * @param sharedNetworks addresses that say nothing about who acted (loopback, the cluster's own
 *                       networks, NAT): requests from them are not joined by source IP
 * @param baseline       benign activity learned after the deploy, suppressed and counted
 */
public record SessionRules(Duration gap, IdentityExclusions excluded, List<AddressRange> sharedNetworks,
                           Baseline baseline) {

    public static final Duration DEFAULT_GAP = Duration.ofMinutes(30);

    /** Loopback, link-local, private (RFC 1918, unique local) and carrier-grade NAT ranges. */
    public static final List<AddressRange> DEFAULT_SHARED = List.of("127.0.0.0/8", "::1/128", "169.254.0.0/16",
            "fe80::/10", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7",
            "0.0.0.0/32", "::/128").stream().map(AddressRange::parse).toList();

    public SessionRules {
        Objects.requireNonNull(gap, "gap");
        if (gap.isNegative() || gap.isZero()) {
            throw new IllegalArgumentException("the inactivity gap must be longer than zero: " + gap);
        }
        excluded = excluded == null ? IdentityExclusions.none() : excluded;
        sharedNetworks = List.copyOf(sharedNetworks == null ? List.of() : sharedNetworks);
        baseline = baseline == null ? Baseline.NONE : baseline;
    }

    /** A 30-minute gap, the platform's identities and the workbench's own excluded, no baseline. */
    public static SessionRules defaults(List<String> workbenchIdentities) {
        return new SessionRules(DEFAULT_GAP, IdentityExclusions.defaults(workbenchIdentities), DEFAULT_SHARED,
                Baseline.NONE);
    }

    public SessionRules withGap(Duration value) {
        return new SessionRules(value, excluded, sharedNetworks, baseline);
    }

    public SessionRules withBaseline(Baseline value) {
        return new SessionRules(gap, excluded, sharedNetworks, value);
    }

    public SessionRules withSharedNetworks(List<AddressRange> value) {
        return new SessionRules(gap, excluded, value, baseline);
    }

    boolean shared(String address) {
        for (AddressRange range : sharedNetworks) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
