package io.wirestream.bench;

import io.wirestream.avro.RawArticle;
import io.wirestream.serde.SpecificAvroSerde;
import io.wirestream.streams.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Kafka reference of the end-to-end benchmark: what the enrichment topology does minus the
 * enrichment. Reads the raw topic as bytes, decodes each {@code RawArticle} with the topology's own
 * deserializer, and writes it back with the same Avro serde to the enriched topic, under the same
 * processing guarantee. One Kafka hop (the enrichment topology has two: its content-dedup repartition).
 */
public final class PassThroughTopology {

    private PassThroughTopology() {}

    /**
     * @param rawArticle  the topology's raw-article deserializer ({@code TopologySerdes.rawArticle()})
     * @param serdeConfig the registry config of the serde that writes the articles back
     */
    public static Topology build(Topics topics, Deserializer<RawArticle> rawArticle, Map<String, ?> serdeConfig) {
        SpecificAvroSerde<RawArticle> out = new SpecificAvroSerde<>(RawArticle.class);
        out.configure(serdeConfig, false);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(
                        topics.raw(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-articles"))
                .mapValues(bytes -> rawArticle.deserialize(topics.raw(), bytes), Named.as("parse-article"))
                .to(topics.enriched(), Produced.with(Serdes.ByteArray(), out).withName("write-articles"));
        return builder.build();
    }
}
