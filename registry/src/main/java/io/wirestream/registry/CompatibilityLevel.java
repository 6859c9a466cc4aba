package io.wirestream.registry;

import java.util.Locale;

/**
 * Schema compatibility levels with Confluent Schema Registry semantics.
 *
 * <ul>
 *   <li>{@code BACKWARD}: the new schema can read data written with the latest registered one.</li>
 *   <li>{@code FORWARD}: data written with the new schema can be read with the latest one.</li>
 *   <li>{@code FULL}: both.</li>
 *   <li>{@code *_TRANSITIVE}: the same, against every previous version instead of the latest.</li>
 * </ul>
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** Whether the new schema must be able to read data written with previous ones. */
    public boolean backward() {
        return backward;
    }

    /** Whether previous schemas must be able to read data written with the new one. */
    public boolean forward() {
        return forward;
    }

    /** Whether the check is against every previous version rather than only the latest. */
    public boolean transitive() {
        return transitive;
    }

    /**
     * Parses a level name as the registry's REST API spells it, case-insensitively.
     *
     * @throws IllegalArgumentException naming the valid levels when {@code name} is not one
     */
    public static CompatibilityLevel parse(String name) {
        if (name != null) {
            String normalized = name.trim().toUpperCase(Locale.ROOT);
            for (CompatibilityLevel level : values()) {
                if (level.name().equals(normalized)) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown compatibility level '" + name + "', expected one of " + java.util.Arrays.toString(values()));
    }
}
