package io.wirestream.serde;

import io.wirestream.registry.RegistryClientConfig;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;

/**
 * Typed settings of the Avro serializers and deserializers, from the Confluent config names.
 *
 * <ul>
 *   <li>{@value #SCHEMA_REGISTRY_URL} (required) and the basic-auth / TLS / timeout keys of
 *       {@link RegistryClientConfig}</li>
 *   <li>{@value #AUTO_REGISTER_SCHEMAS} (default true): register the record's schema on first use</li>
 *   <li>{@value #USE_LATEST_VERSION} (default false): with auto-registration off, write with the
 *       subject's latest registered schema instead of looking up the record's own</li>
 *   <li>{@value #SPECIFIC_AVRO_READER} (default false): the generic deserializer returns generated
 *       classes where they are on the classpath</li>
 * </ul>
 *
 * <p>Subjects follow Confluent's TopicNameStrategy: {@code <topic>-key} and {@code <topic>-value}.
 */
public record AvroSerdeConfig(
        RegistryClientConfig registry,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        boolean specificAvroReader) {

    public static final String SCHEMA_REGISTRY_URL = RegistryClientConfig.URL;
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    /** {@code registry} may be null only when the serde was given its client directly. */
    public AvroSerdeConfig {}

    /** The settings a serde uses before (or without) {@code configure}: defaults, no registry. */
    static AvroSerdeConfig defaults() {
        return new AvroSerdeConfig(null, true, false, false);
    }

    /**
     * Reads the settings from Kafka-style configs; unknown keys are ignored.
     *
     * @throws ConfigException naming the key when a value is missing or invalid
     */
    public static AvroSerdeConfig from(Map<String, ?> configs) {
        Objects.requireNonNull(configs, "configs");
        return from(configs, true);
    }

    /** As {@link #from(Map)}, but the registry settings are optional when a client is injected. */
    static AvroSerdeConfig from(Map<String, ?> configs, boolean registryRequired) {
        RegistryClientConfig registry = registryRequired || configs.get(SCHEMA_REGISTRY_URL) != null
                ? RegistryClientConfig.from(configs)
                : null;
        return new AvroSerdeConfig(
                registry,
                bool(configs, AUTO_REGISTER_SCHEMAS, true),
                bool(configs, USE_LATEST_VERSION, false),
                bool(configs, SPECIFIC_AVRO_READER, false));
    }

    /** The subject of a topic's keys or values under the TopicNameStrategy. */
    public static String subject(String topic, boolean isKey) {
        Objects.requireNonNull(topic, "topic");
        return topic + (isKey ? "-key" : "-value");
    }

    private static boolean bool(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(key, value, "expected true or false");
        };
    }
}
