package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.stix.DeployedSecrets;
import io.stormcenter.workbench.stix.ShareOptions;
import io.stormcenter.workbench.stix.SightingsShare;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc share MODEL -o F}: the window's attacker sessions as an anonymised STIX 2.1 bundle of sightings. */
@Command(name = "share",
        description = "Writes the attacker sessions of the window as a STIX 2.1 bundle of sightings of the model's attack"
                + " patterns, with observed-data, anonymised: the cluster's own (private) addresses replaced by keyed"
                + " pseudo-addresses, public ones truncated to their /24 (or hashed too with --hash-addresses),"
                + " cluster, node, namespace, pod, container and user names replaced by pseudonyms, tokens, credentials"
                + " and the deployment's honeytoken values cut out, nothing from the raw events. Check the file before"
                + " you publish it.")
final class ShareCommand implements Callable<Integer> {

    private final ModelFiles models;
    private final Clock clock;

    ShareCommand(ModelFiles models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Mixin
    private HeatOptions options = new HeatOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "F", required = true,
            description = "The bundle to write (e.g. sightings.stix.json).")
    private Path output;

    @Option(names = "--sender", paramLabel = "NAME",
            description = "The name to sign the sightings with (default: " + ShareOptions.ANONYMOUS + ").")
    private String sender;

    @Option(names = "--hash-addresses",
            description = "Replace public addresses by keyed pseudo-addresses in 198.18.0.0/15 too, instead of truncating them.")
    private boolean hashAddresses;

    @Option(names = "--hide", paramLabel = "NAME",
            description = "A further name to replace wherever it appears (a cluster's, a team's). Repeatable.")
    private List<String> hide = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReadResult read = models.read(model);
        ObservedHeat observed = options.compute(model, read, clock, spec.commandLine());
        DeployedSecrets deployed;
        try {
            deployed = DeployedSecrets.forModel(model, read.tree());
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
        ShareOptions share = deployed.into(new ShareOptions(sender, hashAddresses, hide, List.of()));
        SightingsShare bundle = SightingsShare.of(read.tree(), observed.sessions(), share, clock.instant());
        try {
            AtomicFileWrite.replaceWithoutBackup(output, bundle.bytes());
        } catch (IOException e) {
            throw new CommandFailure(output + ": cannot be written: " + e.getMessage());
        }
        out.println("Wrote " + output + ": " + Figures.count(bundle.sessions(), "session") + ", "
                + Figures.count(bundle.sightings(), "sighting") + ", "
                + Figures.count(bundle.observations(), "observation") + " (anonymised; check it before you publish it)");
        out.flush();
        return 0;
    }
}
