package io.wirestream.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a {@link LocalKafkaBroker} needs to write its config and launch its JVM.
 *
 * @param dataDir          where config, storage and {@code broker.log} live
 * @param keepDataDir      whether the user chose {@code dataDir} (kept on close) or it is temporary
 * @param host             address both listeners bind to and the client listener advertises
 * @param port             client listener port; 0 picks a free one
 * @param controllerPort   controller listener port; 0 picks a free one
 * @param heap             the child JVM's {@code -Xmx}, such as {@code 256m}
 * @param jvmOptions       extra options for the child JVM
 * @param brokerProperties overrides applied last to {@code server.properties}
 * @param sasl             SASL credentials, or {@code null} for a PLAINTEXT client listener
 * @param startupTimeout   how long {@code start()} waits for the broker to serve requests
 * @param classPath        the child JVM's class path
 */
record BrokerSettings(
        Path dataDir,
        boolean keepDataDir,
        String host,
        int port,
        int controllerPort,
        String heap,
        List<String> jvmOptions,
        SortedMap<String, String> brokerProperties,
        SaslUsers sasl,
        Duration startupTimeout,
        String classPath) {

    BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(classPath, "classPath");
        jvmOptions = List.copyOf(jvmOptions);
        brokerProperties = Collections.unmodifiableSortedMap(new TreeMap<>(brokerProperties));
    }

    boolean saslEnabled() {
        return sasl != null;
    }

    /** The same settings with concrete ports, once they are chosen. */
    BrokerSettings withPorts(int newPort, int newControllerPort) {
        return new BrokerSettings(
                dataDir,
                keepDataDir,
                host,
                newPort,
                newControllerPort,
                heap,
                jvmOptions,
                brokerProperties,
                sasl,
                startupTimeout,
                classPath);
    }

    /** The same settings, but the data dir survives close (for a failed start's evidence). */
    BrokerSettings withKeptDataDir() {
        return new BrokerSettings(
                dataDir,
                true,
                host,
                port,
                controllerPort,
                heap,
                jvmOptions,
                brokerProperties,
                sasl,
                startupTimeout,
                classPath);
    }

    /**
     * SASL users of the client listener, including the one {@link LocalKafkaBroker#clientProperties()}
     * and the broker itself authenticate as.
     */
    record SaslUsers(Map<String, String> users, String adminUser) {

        SaslUsers {
            users = Map.copyOf(users);
            if (!users.containsKey(adminUser)) {
                throw new IllegalArgumentException("admin user " + adminUser + " has no password");
            }
        }

        String adminPassword() {
            return users.get(adminUser);
        }
    }
}
