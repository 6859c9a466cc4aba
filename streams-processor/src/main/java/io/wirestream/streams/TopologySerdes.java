package io.wirestream.streams;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.serde.SpecificAvroDeserializer;
import io.wirestream.serde.SpecificAvroSerde;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;

/**
 * The serdes of the topology's topics. Raw values are read as bytes and decoded inside the topology
 * by {@code rawArticle}, so that undecodable records reach the dead-letter topic with their bytes.
 */
public record TopologySerdes(
        Deserializer<RawArticle> rawArticle,
        Serde<EnrichedArticle> enrichedArticle,
        Serde<DeadLetter> deadLetter,
        Serde<DuplicateArticle> duplicateArticle) {

    public TopologySerdes {
        Objects.requireNonNull(rawArticle, "rawArticle");
        Objects.requireNonNull(enrichedArticle, "enrichedArticle");
        Objects.requireNonNull(deadLetter, "deadLetter");
        Objects.requireNonNull(duplicateArticle, "duplicateArticle");
    }

    /** Confluent-wire-format Avro serdes configured from the Confluent config names ({@code schema.registry.url}, ...). */
    public static TopologySerdes avro(Map<String, ?> serdeConfig) {
        SpecificAvroDeserializer<RawArticle> raw = new SpecificAvroDeserializer<>(RawArticle.class);
        raw.configure(serdeConfig, false);
        SpecificAvroSerde<EnrichedArticle> enriched = new SpecificAvroSerde<>(EnrichedArticle.class);
        enriched.configure(serdeConfig, false);
        SpecificAvroSerde<DeadLetter> dead = new SpecificAvroSerde<>(DeadLetter.class);
        dead.configure(serdeConfig, false);
        SpecificAvroSerde<DuplicateArticle> duplicates = new SpecificAvroSerde<>(DuplicateArticle.class);
        duplicates.configure(serdeConfig, false);
        return new TopologySerdes(raw, enriched, dead, duplicates);
    }

    /** The same serdes on one given registry client, for tests and tools. */
    public static TopologySerdes avro(SchemaRegistryClient client, Map<String, ?> serdeConfig) {
        SpecificAvroDeserializer<RawArticle> raw = new SpecificAvroDeserializer<>(RawArticle.class, client);
        raw.configure(serdeConfig, false);
        SpecificAvroSerde<EnrichedArticle> enriched = new SpecificAvroSerde<>(EnrichedArticle.class, client);
        enriched.configure(serdeConfig, false);
        SpecificAvroSerde<DeadLetter> dead = new SpecificAvroSerde<>(DeadLetter.class, client);
        dead.configure(serdeConfig, false);
        SpecificAvroSerde<DuplicateArticle> duplicates = new SpecificAvroSerde<>(DuplicateArticle.class, client);
        duplicates.configure(serdeConfig, false);
        return new TopologySerdes(raw, enriched, dead, duplicates);
    }
}
