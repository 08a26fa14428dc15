package io.stormcenter.workbench.telemetry.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records as the KSC pipeline puts them on its topics: Vector's wrapper around Tetragon's export,
 * Falco's JSON output, and the API server's audit webhook {@code EventList}; each one distinct
 * (its time and ids carry a number), set in the deployment's namespace.
 */
public final class PipelineRecords {

    private static final Instant START = Instant.parse("2026-11-20T09:19:30Z");

    private final String namespace;

    public PipelineRecords(String namespace) {
        this.namespace = namespace;
    }

    public String tetragon(int n) {
        return "{\"time\":\"" + START.plusMillis(n) + "\",\"node_name\":\"worker-1\",\"type\":\"process_kprobe\","
                + "\"payload\":{\"process\":{\"exec_id\":\"d29ya2VyLTE6" + n + "\",\"pid\":" + (5000 + n)
                + ",\"uid\":0,\"binary\":\"/usr/bin/nsenter\",\"arguments\":\"-t 1 -m -u -i -n -p sh\","
                + "\"pod\":{\"namespace\":\"" + namespace + "\",\"name\":\"ssh-proxy\",\"container\":"
                + "{\"id\":\"containerd://3ad1c9f0b2e4\",\"name\":\"sshd\"}}},\"function_name\":\"__x64_sys_setns\","
                + "\"args\":[{\"int_arg\":3},{\"int_arg\":0}],\"action\":\"KPROBE_ACTION_POST\","
                + "\"policy_name\":\"ksc-tw-nsenter\"}}";
    }

    String falco(int n) {
        Instant time = START.plusSeconds(1).plusMillis(n);
        return "{\"output\":\"" + time + ": Notice A shell was spawned in a container with an attached terminal"
                + " (user=root process=bash command=bash -i k8s_ns=" + namespace + " k8s_pod_name=ssh-proxy)\","
                + "\"priority\":\"Notice\",\"rule\":\"Terminal shell in container\",\"time\":\"" + time + "\","
                + "\"output_fields\":{\"container.id\":\"3ad1c9f0b2e4\",\"k8s.ns.name\":\"" + namespace + "\","
                + "\"k8s.pod.name\":\"ssh-proxy\",\"proc.cmdline\":\"bash -i\",\"proc.pid\":" + (7000 + n) + ","
                + "\"user.name\":\"root\"},\"source\":\"syscall\",\"tags\":[\"T1059\",\"shell\"],\"hostname\":\"worker-1\"}";
    }

    /** One webhook POST body: an EventList of {@code count} secret reads, audit ids {@code batch-i}. */
    String auditList(String batch, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\""
                    + batch + "-" + i + "\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/namespaces/"
                    + namespace + "/secrets\",\"verb\":\"list\",\"user\":{\"username\":\"mallory\"},"
                    + "\"sourceIPs\":[\"10.0.0.9\"],\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\""
                    + namespace + "\",\"apiVersion\":\"v1\"},\"responseStatus\":{\"code\":200},"
                    + "\"requestReceivedTimestamp\":\"" + START.plusSeconds(2) + "\",\"stageTimestamp\":\""
                    + START.plusSeconds(2).plusMillis(i) + "\"}");
        }
        return "{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"metadata\":{},\"items\":["
                + String.join(",", items) + "]}";
    }
}
