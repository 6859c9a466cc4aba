package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro classes in the Confluent wire format, registering (or looking up) the
 * schema under {@code <topic>-value} / {@code <topic>-key}. Null records become null bytes.
 * Thread-safe once configured; failures are {@link WireFormatException}s.
 */
public class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final Class<T> type;
    private final AvroCodec codec;

    /** A serializer that creates its registry client in {@link #configure}. */
    public SpecificAvroSerializer(Class<T> type) {
        this(type, new AvroCodec(null));
    }

    /** A serializer using {@code client}, which stays the caller's to close. */
    public SpecificAvroSerializer(Class<T> type, SchemaRegistryClient client) {
        this(type, new AvroCodec(Objects.requireNonNull(client, "client")));
    }

    private SpecificAvroSerializer(Class<T> type, AvroCodec codec) {
        this.type = Objects.requireNonNull(type, "type");
        this.codec = codec;
        TrustedAvroClasses.trustGeneratedTypesOf(SpecificData.getForClass(type).getSchema(type), type.getClassLoader());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        codec.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        return codec.serialize(topic, record, record.getSchema(), s -> SpecificData.getForClass(type));
    }

    @Override
    public void close() {
        codec.close();
    }
}
