package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.config.KafkaConnection;
import io.wirestream.local.FreePorts;
import io.wirestream.local.LocalRuntime;
import io.wirestream.serde.SpecificAvroSerializer;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the newsroom view under one application id on a real broker, the enriched topic in
 * four partitions: each instance keeps part of the state, and each answers every page for all of it by
 * asking the other. When one instance stops, the other takes over its partitions and still answers for
 * everything.
 */
class ViewClusterIT {

    private static final int ARTICLES = 40;
    private static final String NETANYAHU = "per:benjamin-netanyahu";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void shouldAnswerForAllPartitionsOnEveryInstanceWhenTheViewRunsAsTwoInstances() throws Exception {
        try (LocalRuntime runtime = LocalRuntime.start()) {
            Topics topics = Topics.defaults().withPrefix("view-cluster-it.");
            KafkaConnection connection = new KafkaConnection(
                    runtime.bootstrapServers(),
                    Map.of(),
                    Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()));
            TopicSetup.ensure(connection, topics, 4, (short) -1);
            long netanyahuMentions = publish(runtime, topics);
            assertThat(netanyahuMentions).isPositive();

            List<Integer> ports = FreePorts.pick("127.0.0.1", 2);
            NewsroomView b = new NewsroomView(ViewSettings.from(settings(runtime, topics, ports.get(1), "b")));
            try (NewsroomView a = new NewsroomView(ViewSettings.from(settings(runtime, topics, ports.get(0), "a")))) {
                a.start();
                b.start();
                URI urlA = a.url();
                URI urlB = b.url();

                // each instance holds part of the articles, and together all of them
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> {
                            int heldByA =
                                    json(urlA, "/internal/v1/latest?limit=1000").size();
                            int heldByB =
                                    json(urlB, "/internal/v1/latest?limit=1000").size();
                            assertThat(heldByA).isPositive().isLessThan(ARTICLES);
                            assertThat(heldByA + heldByB).isEqualTo(ARTICLES);
                            assertThat(a.state()).isEqualTo(KafkaStreams.State.RUNNING);
                            assertThat(b.state()).isEqualTo(KafkaStreams.State.RUNNING);
                            assertThat(json(urlA, "/api/stats")
                                            .get("totalArticles")
                                            .asLong())
                                    .isEqualTo(ARTICLES);
                            assertThat(json(urlA, "/api/entity/" + NETANYAHU)
                                            .get("mentions")
                                            .size())
                                    .isEqualTo(netanyahuMentions);
                        });

                for (URI url : List.of(urlA, urlB)) {
                    HttpResponse<String> latest = get(url, "/api/articles?limit=1000");
                    assertThat(latest.headers().firstValue(ViewServer.PARTIAL_HEADER))
                            .isEmpty();
                    assertThat(JsonSerde.MAPPER.readTree(latest.body())).hasSize(ARTICLES);
                    assertThat(json(url, "/api/stats").get("totalArticles").asLong())
                            .isEqualTo(ARTICLES);
                    assertThat(json(url, "/api/entity/" + NETANYAHU).get("mentions"))
                            .hasSize((int) netanyahuMentions);
                    assertThat(trendingCount(json(url, "/api/trending?window=hour"), NETANYAHU))
                            .isEqualTo(netanyahuMentions);
                    for (int i = 0; i < ARTICLES; i += 7) {
                        assertThat(get(url, "/article/" + id(i)).statusCode())
                                .as("article %s on %s", id(i), url)
                                .isEqualTo(200);
                    }
                    assertThat(get(url, "/").body())
                            .contains("href=\"/article/" + id(ARTICLES - 1) + "\"")
                            .doesNotContain("Partial answer");
                }

                // b leaves: a takes over its partitions (restored from the changelogs) and answers for all again
                b.close();
                await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> {
                            assertThat(json(urlA, "/internal/v1/latest?limit=1000"))
                                    .hasSize(ARTICLES);
                            HttpResponse<String> latest = get(urlA, "/api/articles?limit=1000");
                            assertThat(latest.headers().firstValue(ViewServer.PARTIAL_HEADER))
                                    .isEmpty();
                            assertThat(JsonSerde.MAPPER.readTree(latest.body())).hasSize(ARTICLES);
                            // every store of every task restored, not only the articles' sub-topology
                            assertThat(a.state()).isEqualTo(KafkaStreams.State.RUNNING);
                            assertThat(json(urlA, "/api/entity/" + NETANYAHU).get("mentions"))
                                    .hasSize((int) netanyahuMentions);
                            assertThat(json(urlA, "/api/stats")
                                            .get("totalArticles")
                                            .asLong())
                                    .isEqualTo(ARTICLES);
                        });
            } finally {
                b.close();
            }
        }
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "cluster-%03d", i);
    }

    /** Copies of the sample articles under new ids, spread over the partitions; returns Netanyahu's mentions. */
    private static long publish(LocalRuntime runtime, Topics topics) {
        List<EnrichedArticle> samples = new ArrayList<>(new TreeMap<>(SampleArticles.enriched()).values());
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, runtime.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        SpecificAvroSerializer<EnrichedArticle> serializer = new SpecificAvroSerializer<>(EnrichedArticle.class);
        serializer.configure(Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()), false);
        long mentions = 0;
        try (KafkaProducer<String, EnrichedArticle> producer =
                new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (int i = 0; i < ARTICLES; i++) {
                EnrichedArticle article = EnrichedArticle.newBuilder(samples.get(i % samples.size()))
                        .setId(id(i))
                        .build();
                mentions += article.getEntities().stream()
                        .map(Entity::getCanonicalId)
                        .filter(NETANYAHU::equals)
                        .count();
                producer.send(new ProducerRecord<>(topics.enriched(), id(i), article));
            }
            producer.flush();
        }
        return mentions;
    }

    private Map<String, String> settings(LocalRuntime runtime, Topics topics, int port, String name) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", runtime.bootstrapServers());
        settings.put("schema.registry.url", runtime.schemaRegistryUrl());
        settings.put("view.application.id", "view-cluster-it");
        settings.put("view.port", Integer.toString(port));
        settings.put("view.advertised.host", "127.0.0.1");
        settings.put("view.refresh.seconds", "0");
        settings.put("state.dir", tmp.resolve("state-" + name).toString());
        settings.put("topic.enriched", topics.enriched());
        settings.put("topic.dead-letter", topics.deadLetter());
        settings.put("kafka.session.timeout.ms", "6000");
        settings.put("kafka.heartbeat.interval.ms", "1000");
        return settings;
    }

    private static long trendingCount(JsonNode trending, String canonicalId) {
        for (JsonNode entity : trending.get("byType").get("PERSON")) {
            if (entity.get("canonicalId").asText().equals(canonicalId)) {
                return entity.get("count").asLong();
            }
        }
        return 0;
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(URI base, String path) throws Exception {
        HttpResponse<String> response = get(base, path);
        assertThat(response.statusCode())
                .as("%s%s: %s", base, path, response.body())
                .isEqualTo(200);
        return JsonSerde.MAPPER.readTree(response.body());
    }
}
