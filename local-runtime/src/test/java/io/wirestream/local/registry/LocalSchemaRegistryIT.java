package io.wirestream.local.registry;

import static io.wirestream.local.registry.LocalSchemaRegistryHttpTest.V1;
import static io.wirestream.local.registry.LocalSchemaRegistryHttpTest.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.local.LocalKafkaBroker;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.RegisteredSchema;
import io.wirestream.registry.RegistryClientConfig;
import io.wirestream.registry.RestSchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry against a real broker: what it writes survives a restart on the same topic. */
class LocalSchemaRegistryIT {

    private static final Schema OTHER = SchemaBuilder.record("Other")
            .namespace("t")
            .fields()
            .requiredInt("n")
            .endRecord();

    @TempDir
    static Path dataDir;

    private static LocalKafkaBroker broker;

    private final String topic = "_schemas-" + UUID.randomUUID();

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.builder().dataDir(dataDir).start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldServeSameSubjectsVersionsAndIdsWhenRestartedOnSameTopic() throws Exception {
        int v1;
        int v2;
        int other;
        try (LocalSchemaRegistry registry = start();
                RestSchemaRegistryClient client = client(registry)) {
            v1 = client.register("raw-value", V1);
            v2 = client.register("raw-value", V2);
            other = client.register("other-value", OTHER);
            client.register("gone-value", OTHER);
            client.updateCompatibility("raw-value", CompatibilityLevel.FULL);
            client.updateCompatibility(null, CompatibilityLevel.FORWARD);
            deleteSubject(registry, "gone-value");
        }

        try (LocalSchemaRegistry restarted = start();
                RestSchemaRegistryClient client = client(restarted)) {
            assertThat(client.getAllSubjects()).containsExactly("other-value", "raw-value");
            assertThat(client.getAllVersions("raw-value")).containsExactly(1, 2);
            assertThat(client.getVersion("raw-value", 1)).isEqualTo(new RegisteredSchema("raw-value", 1, v1, V1));
            assertThat(client.getLatestVersion("raw-value")).isEqualTo(new RegisteredSchema("raw-value", 2, v2, V2));
            assertThat(client.getSchemaById(other)).isEqualTo(OTHER);
            assertThat(client.getId("other-value", OTHER)).isEqualTo(other);
            assertThat(client.register("raw-value", V2)).isEqualTo(v2);
            assertThat(client.getCompatibility("raw-value")).isEqualTo(CompatibilityLevel.FULL);
            assertThat(client.getCompatibility(null)).isEqualTo(CompatibilityLevel.FORWARD);
            assertThatThrownBy(() -> client.getLatestVersion("gone-value"))
                    .isInstanceOfSatisfying(
                            SchemaRegistryException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND));

            Schema fresh = SchemaBuilder.record("Fresh")
                    .namespace("t")
                    .fields()
                    .requiredLong("x")
                    .endRecord();
            assertThat(client.register("fresh-value", fresh)).isGreaterThan(Math.max(v2, other));
        }
    }

    @Test
    void shouldCreateCompactedSinglePartitionTopicWhenMissing() throws Exception {
        try (LocalSchemaRegistry registry = start()) {
            assertThat(registry.url()).startsWith("http://127.0.0.1:");
        }

        try (Admin admin = Admin.create(broker.clientProperties())) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(resource);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(topic))
                            .allTopicNames()
                            .get(30, TimeUnit.SECONDS)
                            .get(topic)
                            .partitions())
                    .hasSize(1);
        }
    }

    @Test
    void shouldRefuseToStartWhenTopicIsNotCompacted() {
        broker.createTopic(topic, 1, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "delete"));

        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cleanup.policy=delete");
    }

    private LocalSchemaRegistry start() {
        return LocalSchemaRegistry.start(broker.bootstrapServers(), "127.0.0.1", 0, topic, broker.clientProperties());
    }

    private static RestSchemaRegistryClient client(LocalSchemaRegistry registry) {
        return new RestSchemaRegistryClient(RegistryClientConfig.of(registry.url()));
    }

    private static void deleteSubject(LocalSchemaRegistry registry, String subject) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(registry.url() + "/subjects/" + subject))
                                .DELETE()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
