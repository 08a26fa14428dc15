package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.stix.StixStructureCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KubeCon 2024 demo capture, replayed into a temporary store and shared through the real commands:
 * what leaves holds none of the capture's cluster-internal addresses, names or tokens, yet still says
 * what the attackers did (the demo plan has no honeytoken: see DeployedSecretsTest for those).
 */
class DemoCaptureShareTest {

    private static final Path CAPTURE = Path.of("sample-models/ksc-kubecon-2024.capture.jsonl");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/\\d+)?");

    @TempDir
    Path folder;

    private Path model;
    private Path store;

    @BeforeEach
    void the_demo_capture_replayed_into_a_temporary_store() throws Exception {
        model = Files.copy(Path.of("sample-models/ksc-kubecon-2024.json"), folder.resolve("ksc-kubecon-2024.json"));
        store = folder.resolve("replayed.db");
        CliRun replay = CliRun.of("replay", model.toString(), CAPTURE.toString(), "--store", store.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
    }

    @ParameterizedTest(name = "hash public addresses: {0}")
    @ValueSource(booleans = {false, true})
    void the_shared_bundle_holds_nothing_that_identifies_the_cluster(boolean hashAddresses) throws Exception {
        // when
        Path bundle = folder.resolve("demo.stix.json");
        List<String> args = new ArrayList<>(List.of("share", model.toString(), "--store", store.toString(),
                "-o", bundle.toString()));
        if (hashAddresses) {
            args.add("--hash-addresses");
        }
        CliRun share = CliRun.of(args.toArray(String[]::new));

        // then it says what happened
        assertThat(share.exitCode()).as(share.err()).isZero();
        assertThat(share.out()).contains("6 sessions");
        String json = Files.readString(bundle);
        assertThat(json).contains("\"type\" : \"sighting\"", "/usr/sbin/sshd -D -e", "/usr/bin/nsenter -t 1 -m -u -i -n -p -- bash",
                "/etc/kubernetes/pki/apiserver.key", "config.load_incluster_config()");
        assertThat(StixStructureCheck.problems(new ObjectMapper().readTree(json))).isEmpty();
        // and nothing of the cluster: names, internal addresses in any form, tokens, honeytoken values
        assertThat(json).doesNotContain(namesIn(CAPTURE).toArray(String[]::new));
        assertThat(json).doesNotContain("eyJ");
        Matcher addresses = IPV4.matcher(json);
        int seen = 0;
        while (addresses.find()) {
            seen++;
            assertThat(isInternal(addresses)).as(addresses.group()).isFalse();
            assertThat(addresses.group()).matches(hashAddresses ? "198\\.1[89]\\.\\d+\\.\\d+"
                    : "198\\.1[89]\\.\\d+\\.\\d+|\\d+\\.\\d+\\.\\d+\\.0/24");
        }
        assertThat(seen).as("the capture's addresses are shared in a safe form, not dropped").isPositive();
    }

    /** Node, namespace, pod and user names and container ids as the capture's events carry them. */
    private static Set<String> namesIn(Path capture) throws Exception {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(capture)) {
            JsonNode event = json.readTree(line);
            names.add(event.path("node_name").asText());
            names.add(event.path("output_fields").path("k8s.pod.name").asText());
            JsonNode process = event.path("process_exec").isMissingNode() ? event.path("process_kprobe").path("process")
                    : event.path("process_exec").path("process");
            names.add(process.path("pod").path("namespace").asText());
            names.add(process.path("pod").path("name").asText());
            names.add(process.path("pod").path("container").path("id").asText().replace("containerd://", ""));
            names.add(event.path("objectRef").path("namespace").asText());
            String user = event.path("user").path("username").asText();
            if (!user.isEmpty() && !user.equals("system:anonymous")) {
                names.add(user);
            }
        }
        names.removeIf(n -> n.length() < 4 || Set.of("default", "kube-system").contains(n));
        assertThat(names).contains("worker-1", "inventory-live", "jumphost", "kubernetes-admin");
        return names;
    }

    private static boolean isInternal(Matcher ip) {
        int a = Integer.parseInt(ip.group(1));
        int b = Integer.parseInt(ip.group(2));
        return a == 10 || a == 127 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
                || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254);
    }
}
