package io.wirestream.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares. */
final class ConnectionOptions {

    @Option(
            names = {"-b", "--bootstrap-servers"},
            paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: localhost:9092, or WIRESTREAM_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(
            names = {"-r", "--schema-registry-url"},
            paramLabel = "URL",
            description = "Schema registry URL (default: http://localhost:8081, or WIRESTREAM_SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Properties file with settings.")
    Path configFile;

    @Option(
            names = {"-s", "--set"},
            paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. -s topic.raw=news.raw -s kafka.security.protocol=SASL_SSL. Repeatable.")
    Map<String, String> overrides = new TreeMap<>();

    /** The merged settings: defaults < --config < environment < flags. */
    Map<String, String> settings(Map<String, String> defaults) throws IOException {
        Map<String, String> base = new TreeMap<>();
        base.put("bootstrap.servers", "localhost:9092");
        base.put("schema.registry.url", "http://localhost:8081");
        base.putAll(defaults);
        Map<String, String> flags = new TreeMap<>(overrides);
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put("schema.registry.url", schemaRegistryUrl);
        }
        return Settings.merge(base, configFile, System.getenv(), flags);
    }
}
