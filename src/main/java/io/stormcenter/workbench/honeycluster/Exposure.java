package io.stormcenter.workbench.honeycluster;

/**
 * Something the plan makes reachable from outside the cluster: listed in the plan, confirmed at
 * deploy; nothing else is exposed.
 */
public record Exposure(String tripwireId, String service, Type type, int port) {

    /** How a bait's Service is reachable. */
    public enum Type {
        NONE("none", "ClusterIP"),
        NODE_PORT("NodePort", "NodePort"),
        LOAD_BALANCER("LoadBalancer", "LoadBalancer");

        private final String key;
        private final String serviceType;

        Type(String key, String serviceType) {
            this.key = key;
            this.serviceType = serviceType;
        }

        public String key() {
            return key;
        }

        public String serviceType() {
            return serviceType;
        }
    }

    public String describe() {
        return "Service " + service + " (" + type.serviceType() + ", port " + port + ") of bait " + tripwireId;
    }
}
