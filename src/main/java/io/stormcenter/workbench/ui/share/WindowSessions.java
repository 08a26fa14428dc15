package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.heat.Baseline;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.DeployedSecrets;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The window's sessions as {@code share} forms them: from the store the user names (the one beside the
 * model by default) or from what the heat panel shows (a replayed capture, a live collection), with the
 * chosen gap, and the platform's identities and the benign activity of the first minutes after the
 * recorded deploy left out, as the command's defaults do.
 */
public record WindowSessions(Supplier<Path> model, Supplier<List<Observation>> heatPanel) implements SessionSource {

    @Override
    public List<Session> sessions(AttackTree tree, ShareScope scope) throws Exception {
        List<Observation> observations = scope.fromStore() ? stored(scope) : heatPanel.get();
        SessionRules rules = SessionRules.defaults(List.of()).withGap(scope.gap());
        Optional<DeploymentRecord> record = record();
        if (record.isPresent()) {
            TimeWindow learning = Baseline.windowAfter(record.get().deployedAt(), Baseline.DEFAULT_LEARNING);
            rules = rules.withBaseline(Baseline.learn(observations.stream()
                    .filter(o -> learning.contains(o.eventTime())).toList(), learning, rules));
        }
        Instant newest = observations.stream().map(Observation::eventTime).max(Instant::compareTo).orElse(null);
        return ObservedHeat.of(tree, rules, scope.window().window(newest), observations).sessions();
    }

    @Override
    public String describe(ShareScope scope) {
        return scope.fromStore() ? location(scope).describe() : "the observations the heat panel shows";
    }

    @Override
    public DeployedSecrets deployed(AttackTree tree) {
        Path file = model.get();
        return file == null ? DeployedSecrets.NONE : DeployedSecrets.forModel(file, tree);
    }

    /** The store beside the model unless the user named another: what {@code --store} defaults to. */
    StoreLocation location(ShareScope scope) {
        if (!scope.store().isEmpty()) {
            return StoreLocation.parse(scope.store());
        }
        Path file = model.get();
        if (file == null) {
            throw new IllegalArgumentException("the model has not been saved, so it has no store beside it: name one");
        }
        return StoreLocation.besideModel(file);
    }

    private List<Observation> stored(ShareScope scope) throws Exception {
        StoreLocation location = location(scope);
        if (location.isSqlite() && !Files.exists(location.sqliteFile())) {
            throw new IllegalArgumentException("there is no observation store at " + location.sqliteFile());
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            return store.find(ObservationQuery.all());
        }
    }

    private Optional<DeploymentRecord> record() {
        Path file = model.get();
        return file == null ? Optional.empty() : DeploymentRecordFile.nextTo(file).load();
    }
}
