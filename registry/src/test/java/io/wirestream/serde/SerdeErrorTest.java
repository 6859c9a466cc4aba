package io.wirestream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.RawArticle;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.MockSchemaRegistry;
import io.wirestream.registry.RegistryClientConfig;
import io.wirestream.serde.WireFormatException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerdeErrorTest {

    private final String scope = "errors-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    private final SpecificAvroSerializer<RawArticle> serializer =
            new SpecificAvroSerializer<>(RawArticle.class, registry);
    private final SpecificAvroDeserializer<RawArticle> deserializer =
            new SpecificAvroDeserializer<>(RawArticle.class, registry);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldFailTooShortWhenValueIsFourBytes() {
        assertReason(() -> deserializer.deserialize("raw", new byte[] {0, 0, 0, 1}), Reason.TOO_SHORT);
    }

    @Test
    void shouldFailUnknownMagicByteWhenValueIsJson() {
        byte[] json = "{\"id\":\"a1\",\"body\":\"hello\"}".getBytes(StandardCharsets.UTF_8);

        assertReason(() -> deserializer.deserialize("raw", json), Reason.UNKNOWN_MAGIC_BYTE)
                .hasMessageContaining("(JSON?)");
    }

    @Test
    void shouldFailUnknownSchemaIdWhenRegistryNeverSawTheId() {
        byte[] bytes = {0, 0, 0, 0, 42, 4, 0x61, 0x31};

        assertReason(() -> deserializer.deserialize("raw", bytes), Reason.UNKNOWN_SCHEMA_ID)
                .hasMessageContaining("schema id 42");
    }

    @Test
    void shouldFailMalformedAvroWhenPayloadIsTruncated() {
        byte[] bytes = serializer.serialize("raw", SerdeTestSupport.rawArticle());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 10);

        assertReason(() -> deserializer.deserialize("raw", truncated), Reason.MALFORMED_AVRO)
                .hasMessageContaining("cannot be decoded");
    }

    @Test
    void shouldFailMalformedAvroWhenPayloadHasTrailingBytes() {
        byte[] bytes = serializer.serialize("raw", SerdeTestSupport.rawArticle());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);

        assertReason(() -> deserializer.deserialize("raw", longer), Reason.MALFORMED_AVRO)
                .hasMessageContaining("trailing bytes");
    }

    @Test
    void shouldFailIncompatibleSchemaWhenWriterSchemaCannotBeReadAsReaderClass() {
        Schema alien = SchemaBuilder.record("RawArticle")
                .namespace("io.wirestream.avro")
                .fields()
                .requiredLong("id")
                .endRecord();
        GenericRecord record = new GenericData.Record(alien);
        record.put("id", 7L);
        byte[] bytes = new GenericAvroSerializer(registry).serialize("other", record);

        assertReason(() -> deserializer.deserialize("raw", bytes), Reason.INCOMPATIBLE_SCHEMA)
                .hasMessageContaining("cannot be read as io.wirestream.avro.RawArticle");
    }

    @Test
    void shouldFailIncompatibleSchemaWhenRegistryRefusesEvolution() {
        registry.updateCompatibility("raw-value", CompatibilityLevel.FORWARD);
        Schema older = SchemaBuilder.record("RawArticle")
                .namespace("io.wirestream.avro")
                .fields()
                .requiredString("id")
                .requiredString("mandatory")
                .endRecord();
        registry.register("raw-value", older);

        // FORWARD: the old schema must read new data, and it needs "mandatory", which RawArticle lacks
        assertReason(() -> serializer.serialize("raw", SerdeTestSupport.rawArticle()), Reason.INCOMPATIBLE_SCHEMA)
                .hasMessageContaining("raw-value");
    }

    @Test
    void shouldFailSchemaNotRegisteredWhenAutoRegisterIsOff() {
        SpecificAvroSerializer<RawArticle> strict = new SpecificAvroSerializer<>(RawArticle.class, registry);
        strict.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);

        assertReason(() -> strict.serialize("raw", SerdeTestSupport.rawArticle()), Reason.SCHEMA_NOT_REGISTERED)
                .hasMessageContaining("auto.register.schemas is false");
    }

    @Test
    void shouldFailRegistryUnavailableWhenNoRegistryListens() {
        SpecificAvroDeserializer<RawArticle> offline = new SpecificAvroDeserializer<>(RawArticle.class);
        offline.configure(
                Map.of(RegistryClientConfig.URL, "http://127.0.0.1:1", RegistryClientConfig.CONNECT_TIMEOUT_MS, 500),
                false);

        assertReason(() -> offline.deserialize("raw", new byte[] {0, 0, 0, 0, 1, 0}), Reason.REGISTRY_UNAVAILABLE)
                .hasMessageContaining("cannot fetch schema id 1");
        offline.close();
    }

    @Test
    void shouldFailRegistryUnavailableWhenSerializingWithoutRegistry() {
        SpecificAvroSerializer<RawArticle> offline = new SpecificAvroSerializer<>(RawArticle.class);
        offline.configure(
                Map.of(RegistryClientConfig.URL, "http://127.0.0.1:1", RegistryClientConfig.CONNECT_TIMEOUT_MS, 500),
                false);

        assertReason(() -> offline.serialize("raw", SerdeTestSupport.rawArticle()), Reason.REGISTRY_UNAVAILABLE);
        offline.close();
    }

    @Test
    void shouldFailMalformedAvroWhenRecordMissesRequiredField() {
        RawArticle invalid = new RawArticle();

        assertReason(() -> serializer.serialize("raw", invalid), Reason.MALFORMED_AVRO)
                .hasMessageContaining("cannot be encoded");
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertReason(
            ThrowingCallable call, Reason reason) {
        return assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
    }
}
