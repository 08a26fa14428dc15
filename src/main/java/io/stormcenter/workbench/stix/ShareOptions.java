package io.stormcenter.workbench.stix;

import java.util.List;

/**
 * What a shared bundle says about its sender and what it must never contain.
 *
 * @param sender    the name the sightings are signed with ({@code where_sighted_refs}); anonymous by default
 * @param hashAddresses keyed-hash addresses into 198.18.0.0/15 instead of truncating them to their network
 * @param names     further names to replace wherever they appear (the cluster's, the context's, the namespace)
 * @param secrets   values that must never leave the machine (honeytoken credentials, tokens); cut out of all text
 */
public record ShareOptions(String sender, boolean hashAddresses, List<String> names, List<String> secrets) {

    public static final String ANONYMOUS = "Anonymous KSC honeycluster";

    public ShareOptions {
        sender = sender == null || sender.isBlank() ? ANONYMOUS : sender;
        names = List.copyOf(names == null ? List.of() : names);
        secrets = List.copyOf(secrets == null ? List.of() : secrets);
    }

    public static ShareOptions anonymous() {
        return new ShareOptions(null, false, List.of(), List.of());
    }
}
