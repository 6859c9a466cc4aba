package io.wirestream.view;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.registry.MockSchemaRegistry;
import io.wirestream.streams.Topics;
import io.wirestream.streams.TopologySerdes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** The view topology in a {@link TopologyTestDriver} with its own in-memory registry scope, and queries over its stores. */
final class ViewDriver implements AutoCloseable {

    static final Topics TOPICS = Topics.defaults();

    private final String scope = "view-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    final TestInputTopic<String, EnrichedArticle> enriched;
    final TestInputTopic<byte[], DeadLetter> deadLetters;

    ViewDriver(ViewOptions options, Path stateDir) {
        TopologySerdes serdes = TopologySerdes.avro(Map.of("schema.registry.url", "mock://" + scope));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "view-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ViewTopology.build(TOPICS, serdes, options), props);
        enriched = driver.createInputTopic(
                TOPICS.enriched(),
                new StringSerializer(),
                serdes.enrichedArticle().serializer());
        deadLetters = driver.createInputTopic(
                TOPICS.deadLetter(),
                new ByteArraySerializer(),
                serdes.deadLetter().serializer());
    }

    /** Pipes a sample article with the given record time. */
    void pipe(String id, Instant at) {
        enriched.pipeInput(id, SampleArticles.get(id), at);
    }

    /** Queries as of {@code now}. */
    NewsroomQueries queriesAt(Instant now) {
        return new NewsroomQueries(stores(), Clock.fixed(now, ZoneOffset.UTC));
    }

    ViewStores stores() {
        return new ViewStores() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValue(String name) {
                return driver.getKeyValueStore(name);
            }

            @Override
            public <V> ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> timestampedKeyValue(String name) {
                return driver.getTimestampedKeyValueStore(name);
            }

            @Override
            public <V> ReadOnlyWindowStore<String, V> window(String name) {
                return driver.getWindowStore(name);
            }
        };
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }
}
