package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes {@link GenericRecord}s in the Confluent wire format, for tools that do not know the record
 * classes. Logical-type fields may hold raw values or {@code java.time} values. Thread-safe once
 * configured.
 */
public class GenericAvroSerializer implements Serializer<GenericRecord> {

    private final AvroCodec codec;

    /** A serializer that creates its registry client in {@link #configure}. */
    public GenericAvroSerializer() {
        this.codec = new AvroCodec(null);
    }

    /** A serializer using {@code client}, which stays the caller's to close. */
    public GenericAvroSerializer(SchemaRegistryClient client) {
        this.codec = new AvroCodec(Objects.requireNonNull(client, "client"));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        codec.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, GenericRecord record) {
        if (record == null) {
            return null;
        }
        return codec.serialize(topic, record, record.getSchema(), s -> AvroModels.GENERIC_WRITE);
    }

    @Override
    public void close() {
        codec.close();
    }
}
