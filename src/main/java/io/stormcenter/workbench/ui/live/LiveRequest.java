package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Path;
import java.util.List;

/**
 * What the Live panel asks to collect: for which model, and from where.
 *
 * @param cluster  stream the sensors' logs and the honey namespace's Events through the deployment's context
 * @param listen   run the HTTPS receiver on this {@code HOST:PORT} (its token, key pair and webhook kubeconfig
 *                 beside the model), or null
 * @param kafka    Kafka bootstrap servers, or null
 * @param topics   the Kafka topics ({@code T} or {@code T=SENSOR})
 */
public record LiveRequest(Path model, AttackTree tree, boolean cluster, String listen, String kafka,
                          List<String> topics) {

    public LiveRequest {
        topics = List.copyOf(topics);
        listen = blankToNull(listen);
        kafka = blankToNull(kafka);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether any source is asked for. */
    public boolean anySource() {
        return cluster || listen != null || kafka != null;
    }
}
