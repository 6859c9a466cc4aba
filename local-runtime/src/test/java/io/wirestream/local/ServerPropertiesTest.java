package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServerPropertiesTest {

    private static final Path LOG_DIR = Path.of("/data/kafka-logs");

    @Test
    void shouldDescribeSingleNodeKraftBrokerWhenPlaintext() {
        SortedMap<String, String> props = ServerProperties.of(settings(Map.of(), null), LOG_DIR);

        assertThat(props)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("listeners", "CLIENT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "CLIENT://127.0.0.1:9092")
                .containsEntry("listener.security.protocol.map", "CLIENT:PLAINTEXT,CONTROLLER:PLAINTEXT")
                .containsEntry("inter.broker.listener.name", "CLIENT")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:9093")
                .containsEntry("log.dirs", LOG_DIR.toAbsolutePath().toString())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("log.cleaner.dedupe.buffer.size", "4194304")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", "1")
                .containsEntry("broker.session.timeout.ms", "3000")
                .doesNotContainKey("controller.quorum.voters")
                .doesNotContainKey("sasl.enabled.mechanisms");
    }

    @Test
    void shouldAuthenticateClientListenerWhenSaslUsersAreGiven() {
        BrokerSettings.SaslUsers sasl =
                new BrokerSettings.SaslUsers(Map.of("admin", "admin-secret", "alice", "alice-secret"), "admin");

        SortedMap<String, String> props = ServerProperties.of(settings(Map.of(), sasl), LOG_DIR);

        assertThat(props)
                .containsEntry("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT")
                .containsEntry("listener.name.client.sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512")
                .containsEntry("sasl.mechanism.inter.broker.protocol", "PLAIN")
                .containsEntry(
                        "listener.name.client.plain.sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required"
                                + " username=\"admin\" password=\"admin-secret\""
                                + " user_admin=\"admin-secret\" user_alice=\"alice-secret\";")
                .containsEntry(
                        "listener.name.client.scram-sha-256.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    }

    @Test
    void shouldLetOverridesWinWhenBrokerPropertyIsSet() {
        SortedMap<String, String> props = ServerProperties.of(
                settings(Map.of("num.partitions", "6", "log.retention.ms", "60000"), null), LOG_DIR);

        assertThat(props).containsEntry("num.partitions", "6").containsEntry("log.retention.ms", "60000");
    }

    @Test
    void shouldRefuseWhenPortsAreNotChosenYet() {
        BrokerSettings unresolved = settings(Map.of(), null).withPorts(0, 0);

        assertThatThrownBy(() -> ServerProperties.of(unresolved, LOG_DIR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadBackExactlyWhenValuesNeedEscaping() throws IOException {
        Map<String, String> original = new TreeMap<>(Map.of(
                "plain.key", "value",
                "key with spaces=and:colons", " leading space, trailing space ",
                "windows.path", "C:\\kafka\\logs",
                "comment.like", "#not a comment!",
                "multi.line", "one\ntwo\r\tthree",
                "unicode", "Zürich — 東京"));

        Properties loaded = new Properties();
        byte[] file = ServerProperties.render(original).getBytes(StandardCharsets.ISO_8859_1);
        loaded.load(new ByteArrayInputStream(file));

        assertThat(loaded).containsExactlyInAnyOrderEntriesOf(original);
    }

    @Test
    void shouldEscapeQuotesAndBackslashesWhenQuotingJaasValues() {
        assertThat(ServerProperties.jaasQuote("pa\"ss\\word")).isEqualTo("\"pa\\\"ss\\\\word\"");
    }

    @Test
    void shouldRejectUserNameWhenItCannotBeAJaasOptionName() {
        assertThatThrownBy(() -> ServerProperties.validUserName("bob smith"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ServerProperties.validUserName("svc.wirestream-1")).isEqualTo("svc.wirestream-1");
    }

    @Test
    void shouldBracketAddressWhenHostIsIpv6() {
        assertThat(ServerProperties.hostPort("::1", 9092)).isEqualTo("[::1]:9092");
        assertThat(ServerProperties.hostPort("localhost", 9092)).isEqualTo("localhost:9092");
    }

    @Test
    void shouldPickLoginModuleWhenMechanismIsScram() {
        assertThat(ServerProperties.clientJaasConfig("SCRAM-SHA-512", "alice", "secret"))
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"alice\" password=\"secret\";");
        assertThat(ServerProperties.clientJaasConfig("PLAIN", "alice", "secret"))
                .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required");
    }

    private static BrokerSettings settings(Map<String, String> overrides, BrokerSettings.SaslUsers sasl) {
        return new BrokerSettings(
                Path.of("/data"),
                true,
                "127.0.0.1",
                9092,
                9093,
                "256m",
                List.of(),
                new TreeMap<>(overrides),
                sasl,
                Duration.ofSeconds(30),
                "");
    }
}
