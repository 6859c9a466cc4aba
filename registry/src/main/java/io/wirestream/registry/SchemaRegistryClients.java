package io.wirestream.registry;

import java.util.Map;
import java.util.Objects;

/** Creates the right {@link SchemaRegistryClient} for a configuration. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {}

    /**
     * Returns the shared {@link MockSchemaRegistry} of the scope for a {@code mock://scope} URL, else a
     * new {@link RestSchemaRegistryClient} the caller must close.
     */
    public static SchemaRegistryClient create(RegistryClientConfig config) {
        Objects.requireNonNull(config, "config");
        if (config.isMock()) {
            return MockSchemaRegistry.forScope(config.mockScope());
        }
        return new RestSchemaRegistryClient(config);
    }

    /** {@link #create(RegistryClientConfig)} for Kafka-style configs. */
    public static SchemaRegistryClient create(Map<String, ?> configs) {
        return create(RegistryClientConfig.from(configs));
    }
}
