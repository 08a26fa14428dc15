package io.stormcenter.workbench.report;

import java.util.List;

/**
 * One trip-wire in the report's appendix: what it is and where it sits, never what a honeytoken
 * holds.
 *
 * @param objects the Kubernetes objects deployed for it ({@code Kind/name}); empty before a deployment
 */
record InventoryRow(String tripwireId, String nodeId, String nodeLabel, String kind, double recall,
                    List<String> objects) {
}
