package io.wirestream.config;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How to reach the Kafka cluster and the schema registry, shared by every Wirestream app.
 *
 * <p>Built from flat settings: {@code bootstrap.servers}; {@code schema.registry.url} and the other
 * Confluent serde keys ({@code auto.register.schemas}, {@code use.latest.version},
 * {@code basic.auth.credentials.source}, {@code basic.auth.user.info}, {@code schema.registry.*});
 * and any Kafka client setting prefixed with {@code kafka.} (e.g. {@code kafka.security.protocol},
 * {@code kafka.sasl.jaas.config}), passed through to every producer, consumer, admin and streams client.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param clientOverrides  Kafka client settings without the {@code kafka.} prefix
 * @param serdeConfig      schema registry and serde settings, with Confluent's names
 */
public record KafkaConnection(
        String bootstrapServers, Map<String, String> clientOverrides, Map<String, String> serdeConfig) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String KAFKA_PREFIX = "kafka.";

    private static final String[] SERDE_KEYS = {
        "auto.register.schemas",
        "use.latest.version",
        "basic.auth.credentials.source",
        "basic.auth.user.info",
        "specific.avro.reader"
    };

    public KafkaConnection {
        Objects.requireNonNull(bootstrapServers, BOOTSTRAP_SERVERS);
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(BOOTSTRAP_SERVERS + " must not be blank");
        }
        clientOverrides = Map.copyOf(clientOverrides);
        serdeConfig = Map.copyOf(serdeConfig);
        if (!serdeConfig.containsKey(SCHEMA_REGISTRY_URL)
                || serdeConfig.get(SCHEMA_REGISTRY_URL).isBlank()) {
            throw new IllegalArgumentException(
                    SCHEMA_REGISTRY_URL + " is required (a registry URL, or mock://scope in tests)");
        }
    }

    /** Picks the connection settings out of flat settings; other keys are ignored. */
    public static KafkaConnection from(Map<String, String> settings) {
        Map<String, String> client = new TreeMap<>();
        Map<String, String> serde = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                client.put(key.substring(KAFKA_PREFIX.length()), value);
            } else if (key.startsWith("schema.registry.") || isSerdeKey(key)) {
                serde.put(key, value);
            }
        });
        String bootstrap = settings.get(BOOTSTRAP_SERVERS);
        if (bootstrap == null) {
            throw new IllegalArgumentException(BOOTSTRAP_SERVERS + " is required");
        }
        return new KafkaConnection(bootstrap, client, serde);
    }

    private static boolean isSerdeKey(String key) {
        for (String serdeKey : SERDE_KEYS) {
            if (serdeKey.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Settings for any Kafka client: bootstrap servers plus the pass-through overrides. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new TreeMap<>(clientOverrides);
        config.put(BOOTSTRAP_SERVERS, bootstrapServers);
        return config;
    }

    /** Serde settings ({@code schema.registry.url}, ...), as the serdes' {@code configure} takes them. */
    public Map<String, Object> serdeConfigForClients() {
        return new TreeMap<>(serdeConfig);
    }

    /** The registry URL. */
    public String schemaRegistryUrl() {
        return serdeConfig.get(SCHEMA_REGISTRY_URL);
    }

    @Override
    public String toString() {
        return "KafkaConnection[bootstrapServers=" + bootstrapServers + ", clientOverrides=" + redacted(clientOverrides)
                + ", serdeConfig=" + redacted(serdeConfig) + "]";
    }

    /** The map with the values of secret-looking keys (passwords, JAAS config, user info) replaced. */
    public static Map<String, String> redacted(Map<String, String> settings) {
        return settings.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> isSecret(e.getKey()) ? "[hidden]" : e.getValue(),
                        (a, b) -> a,
                        TreeMap::new));
    }

    /** Whether a setting's value must never be printed. */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password")
                || k.contains("jaas")
                || k.contains("user.info")
                || k.contains("secret")
                || k.contains("credentials") && !k.endsWith("source")
                || k.endsWith(".key");
    }
}
