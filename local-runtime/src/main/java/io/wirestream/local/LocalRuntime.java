package io.wirestream.local;

import io.wirestream.local.registry.LocalSchemaRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a single-node KRaft broker (a child JVM running Kafka's own entry point) and
 * a Confluent-REST-compatible schema registry keeping its schemas in a compacted topic of that
 * broker. Closing stops both; a JVM shutdown hook of the broker makes sure no process is left.
 */
public final class LocalRuntime implements AutoCloseable {

    /** Topic where the local registry keeps its schemas. */
    public static final String SCHEMAS_TOPIC = "_schemas";

    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);

    private final LocalKafkaBroker broker;
    private final LocalSchemaRegistry registry;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalRuntime(LocalKafkaBroker broker, LocalSchemaRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    /**
     * Starts a broker and a registry.
     *
     * @param dataDir      where the broker keeps its data (kept on close), or null for a temporary
     *                     directory that is deleted on close
     * @param registryPort port of the registry, 0 for any free port
     */
    public static LocalRuntime start(Path dataDir, int registryPort) {
        LocalKafkaBroker.Builder builder = LocalKafkaBroker.builder();
        if (dataDir != null) {
            builder.dataDir(dataDir);
        }
        return start(builder, registryPort);
    }

    /**
     * Starts the broker the builder describes (data directory, JVM options, ...) and a registry.
     *
     * @param registryPort port of the registry, 0 for any free port
     */
    public static LocalRuntime start(LocalKafkaBroker.Builder brokerBuilder, int registryPort) {
        LocalKafkaBroker broker = brokerBuilder.start();
        try {
            LocalSchemaRegistry registry = LocalSchemaRegistry.start(
                    broker.bootstrapServers(), "127.0.0.1", registryPort, SCHEMAS_TOPIC, Map.of());
            LOG.info(
                    "Local runtime up: Kafka {} (data {}), schema registry {}",
                    broker.bootstrapServers(),
                    broker.dataDir(),
                    registry.url());
            return new LocalRuntime(broker, registry);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** Starts a broker and a registry on free ports in a temporary directory. */
    public static LocalRuntime start() {
        return start((Path) null, 0);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** The broker, e.g. to kill or restart it in tests. */
    public LocalKafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            registry.close();
        } finally {
            broker.close();
        }
    }
}
