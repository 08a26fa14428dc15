package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.AddressRange;
import io.stormcenter.workbench.heat.Baseline;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.honeycluster.IdentityExclusions;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;

/** What {@code heat} and {@code sessions} share: the store, the window and how sessions are formed. */
final class HeatOptions {

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--window", paramLabel = "24h|all", defaultValue = "all",
            description = "Which observations, by event time: 90s, 30m, 24h, 7d back from now, all, or FROM..TO "
                    + "(ISO-8601; default: ${DEFAULT-VALUE}).")
    String window;

    @Option(names = "--gap", paramLabel = "30m", defaultValue = "30m",
            description = "Inactivity gap: observations sharing an identity, token, process, container or address join "
                    + "one session only when no further apart (default: ${DEFAULT-VALUE}).")
    String gap;

    @Option(names = "--baseline", paramLabel = "15m|off|FROM..TO", defaultValue = "15m",
            description = "Benign activity to suppress (counted): learned in this long after the recorded deploy, or in "
                    + "FROM..TO; off for none (default: ${DEFAULT-VALUE}; nothing without a deployment record).")
    String baseline;

    @Option(names = "--workbench-identity", paramLabel = "USER",
            description = "An API user the workbench acts as (name or glob): never an attacker. Repeatable.")
    List<String> workbenchIdentities = new ArrayList<>();

    @Option(names = "--shared-network", paramLabel = "CIDR",
            description = "Addresses that say nothing about who acted (NAT, the cluster's networks), besides loopback, "
                    + "link-local and private ranges: never join sessions. Repeatable.")
    List<String> sharedNetworks = new ArrayList<>();

    private CommandLine commandLine;

    /** Reads the store and correlates the window; an absent SQLite store is an empty one. */
    ObservedHeat compute(Path model, ReadResult read, Clock clock, CommandLine commandLine) {
        this.commandLine = commandLine;
        if (!Files.exists(model)) {
            throw new CommandFailure(model + ": no such file");
        }
        TimeWindow range = parse("--window", () -> WindowText.parse(window, clock.instant()));
        Optional<DeploymentRecord> record = record(model);
        SessionRules rules = rules(record);
        if (!store.exists(model)) {
            return new ObservedHeat(io.stormcenter.workbench.heat.Heat.none(range), List.of());
        }
        try (JdbcObservationStore observations = store.open(model)) {
            TimeWindow learning = learning(record);
            if (learning != null) {
                rules = rules.withBaseline(Baseline.learn(observations.find(query(learning)), learning, rules));
            }
            return ObservedHeat.compute(observations, read.tree(), rules, range);
        } catch (ObservationStoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private SessionRules rules(Optional<DeploymentRecord> record) {
        List<String> excluded = new ArrayList<>(IdentityExclusions.PLATFORM);
        excluded.addAll(workbenchIdentities);
        List<AddressRange> shared = new ArrayList<>(SessionRules.DEFAULT_SHARED);
        for (String cidr : sharedNetworks) {
            shared.add(parse("--shared-network", () -> AddressRange.parse(cidr)));
        }
        return new SessionRules(parse("--gap", () -> WindowText.length(gap, gap)), new IdentityExclusions(excluded),
                shared, Baseline.NONE);
    }

    private TimeWindow learning(Optional<DeploymentRecord> record) {
        String value = baseline.strip().toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
            return null;
        }
        if (value.contains("..")) {
            return parse("--baseline", () -> WindowText.parse(baseline, java.time.Instant.EPOCH));
        }
        var length = parse("--baseline", () -> WindowText.length(value, baseline));
        return record.map(r -> Baseline.windowAfter(r.deployedAt(), length)).orElse(null);
    }

    private static io.stormcenter.workbench.telemetry.ObservationQuery query(TimeWindow window) {
        var query = io.stormcenter.workbench.telemetry.ObservationQuery.all();
        return query.since(window.from()).until(window.to());
    }

    private static Optional<DeploymentRecord> record(Path model) {
        try {
            return DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
    }

    private <T> T parse(String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, option + ": " + e.getMessage());
        }
    }
}
