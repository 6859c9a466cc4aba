package io.wirestream.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Flat settings merged from layers, later layers winning: built-in defaults &lt; a properties file
 * ({@code --config}) &lt; environment variables &lt; command-line flags. The typed settings records of
 * each app ({@code ProcessorSettings}, {@code ProducerSettings}) validate the merged map.
 *
 * <p>Environment: {@code WIRESTREAM_} + the key upper-cased with {@code .} and {@code -} as {@code _},
 * e.g. {@code WIRESTREAM_BOOTSTRAP_SERVERS}, {@code WIRESTREAM_SCHEMA_REGISTRY_URL},
 * {@code WIRESTREAM_TOPIC_DEAD_LETTER}; any Kafka client setting as {@code WIRESTREAM_KAFKA_} + its name
 * with {@code _} for {@code .} (e.g. {@code WIRESTREAM_KAFKA_SECURITY_PROTOCOL=SASL_SSL}).
 */
final class Settings {

    /** Keys with a fixed environment-variable name. */
    static final List<String> KNOWN_KEYS = List.of(
            "bootstrap.servers",
            "schema.registry.url",
            "application.id",
            "num.stream.threads",
            "state.dir",
            "processing.guarantee",
            "topic.raw",
            "topic.enriched",
            "topic.dead-letter",
            "topic.duplicates",
            "dedup.window",
            "dedup.partitions",
            "dedup.near-duplicate.threshold",
            "nlp.char.budget",
            "health.port",
            "producer.transactional.id",
            "producer.rate",
            "view.port",
            "view.host",
            "view.application.id",
            "view.latest-articles",
            "view.mentions-per-entity",
            "view.refresh.seconds",
            "topic.partitions",
            "auto.register.schemas",
            "use.latest.version",
            "basic.auth.credentials.source",
            "basic.auth.user.info",
            "schema.registry.basic.auth.user.info",
            "schema.registry.ssl.truststore.location",
            "schema.registry.ssl.truststore.password",
            "schema.registry.ssl.truststore.type",
            "schema.registry.ssl.keystore.location",
            "schema.registry.ssl.keystore.password",
            "schema.registry.ssl.keystore.type",
            "producer.progress.interval.ms");

    private static final String ENV_PREFIX = "WIRESTREAM_";

    private Settings() {}

    /** Merges the layers. */
    static Map<String, String> merge(
            Map<String, String> defaults, Path configFile, Map<String, String> environment, Map<String, String> flags)
            throws IOException {
        Map<String, String> merged = new TreeMap<>(defaults);
        if (configFile != null) {
            merged.putAll(readFile(configFile));
        }
        merged.putAll(fromEnvironment(environment));
        merged.putAll(flags);
        return Collections.unmodifiableMap(merged);
    }

    static Map<String, String> readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("config file not found: " + file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> result = new TreeMap<>();
        properties
                .stringPropertyNames()
                .forEach(name -> result.put(name, properties.getProperty(name).strip()));
        return result;
    }

    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> result = new TreeMap<>();
        for (String key : KNOWN_KEYS) {
            String value = environment.get(envName(key));
            if (value != null) {
                result.put(key, value);
            }
        }
        String kafkaPrefix = ENV_PREFIX + "KAFKA_";
        environment.forEach((name, value) -> {
            if (name.startsWith(kafkaPrefix) && name.length() > kafkaPrefix.length()) {
                result.put(
                        "kafka."
                                + name.substring(kafkaPrefix.length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '.'),
                        value);
            }
        });
        return result;
    }

    static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
