package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro records with their writer schema into {@link GenericRecord}s, with
 * raw values for logical types. With {@code specific.avro.reader=true}, records whose generated
 * class is on the classpath come back as that class (which is a {@code GenericRecord} too). Null
 * bytes become null. Thread-safe once configured.
 */
public class GenericAvroDeserializer implements Deserializer<GenericRecord> {

    private final AvroCodec codec;

    /** A deserializer that creates its registry client in {@link #configure}. */
    public GenericAvroDeserializer() {
        this.codec = new AvroCodec(null);
    }

    /** A deserializer using {@code client}, which stays the caller's to close. */
    public GenericAvroDeserializer(SchemaRegistryClient client) {
        this.codec = new AvroCodec(Objects.requireNonNull(client, "client"));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        codec.configure(configs, isKey);
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        boolean specific = codec.settings().specificAvroReader();
        Object value =
                codec.deserialize(topic, data, null, schema -> specific ? specificModel(schema) : GenericData.get());
        if (value != null && !(value instanceof GenericRecord)) {
            throw new WireFormatException(
                    WireFormatException.Reason.INCOMPATIBLE_SCHEMA,
                    "writer schema of the record on topic '" + topic + "' is not a record but "
                            + value.getClass().getSimpleName());
        }
        return (GenericRecord) value;
    }

    private static GenericData specificModel(Schema writerSchema) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        TrustedAvroClasses.trustGeneratedTypesOf(
                writerSchema, loader != null ? loader : GenericAvroDeserializer.class.getClassLoader());
        return SpecificData.getForSchema(writerSchema);
    }

    @Override
    public void close() {
        codec.close();
    }
}
