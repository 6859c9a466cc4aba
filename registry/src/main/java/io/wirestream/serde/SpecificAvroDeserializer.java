package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro into a generated class. The writer schema is fetched by id (and
 * cached) and resolved to the class's schema, so data written with an older or newer compatible
 * schema reads fine. Null bytes become null. Thread-safe once configured; failures are
 * {@link WireFormatException}s with the reason (not Confluent format, unknown id, incompatible,
 * malformed, registry down).
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final Class<T> type;
    private final Schema readerSchema;
    private final SpecificData model;
    private final AvroCodec codec;

    /** A deserializer that creates its registry client in {@link #configure}. */
    public SpecificAvroDeserializer(Class<T> type) {
        this(type, new AvroCodec(null));
    }

    /** A deserializer using {@code client}, which stays the caller's to close. */
    public SpecificAvroDeserializer(Class<T> type, SchemaRegistryClient client) {
        this(type, new AvroCodec(Objects.requireNonNull(client, "client")));
    }

    private SpecificAvroDeserializer(Class<T> type, AvroCodec codec) {
        this.type = Objects.requireNonNull(type, "type");
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        TrustedAvroClasses.trustGeneratedTypesOf(readerSchema, type.getClassLoader());
        this.codec = codec;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        codec.configure(configs, isKey);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return type.cast(codec.deserialize(topic, data, readerSchema, s -> model));
    }

    @Override
    public void close() {
        codec.close();
    }
}
