package io.stormcenter.workbench.model;

/** Whose move a node is: the attacker's, or the defender's countermeasure. */
public enum Role {
    ATTACK("attack"),
    DEFENCE("defence");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The name used in files and on the command line. */
    public String key() {
        return key;
    }

    public Role opposite() {
        return this == ATTACK ? DEFENCE : ATTACK;
    }

    public static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key.equalsIgnoreCase(key) || ("defense".equalsIgnoreCase(key) && role == DEFENCE)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + key + "' (expected attack or defence)");
    }
}
