package io.wirestream.serde;

import static io.wirestream.serde.SerdeTestSupport.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.MockSchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/**
 * What Confluent's {@code KafkaAvroSerializer} writes, pinned byte for byte.
 *
 * <p>The record is the one of Confluent's own {@code KafkaAvroSerializerTest#createUserRecord}
 * (schema {@code example.avro.User} with one string field {@code name}, value "testUser"),
 * serialized there against a fresh {@code MockSchemaRegistryClient}, whose first id is 1. Confluent
 * documents the framing as magic byte 0, 4-byte big-endian schema id, Avro binary; the Avro part is
 * the string's zig-zag length (8 -> 0x10) and its UTF-8 bytes. The expected array below is that
 * framing written out by hand, not produced by our code.
 */
class ConfluentInteropTest {

    private static final Schema USER = new Schema.Parser()
            .parse("{\"namespace\": \"example.avro\", \"type\": \"record\", \"name\": \"User\","
                    + "\"fields\": [{\"name\": \"name\", \"type\": \"string\"}]}");

    private static final byte[] CONFLUENT_USER_BYTES =
            hex("00 00000001 10 7465737455736572"); // 0, id 1, len 8, "testUser"

    @Test
    void shouldWriteConfluentBytesWhenSerializingConfluentTestUser() {
        MockSchemaRegistry registry = new MockSchemaRegistry();
        GenericRecord user = new GenericData.Record(USER);
        user.put("name", "testUser");

        byte[] ours = new GenericAvroSerializer(registry).serialize("test", user);

        assertThat(ours).isEqualTo(CONFLUENT_USER_BYTES);
    }

    @Test
    void shouldReadConfluentBytesWhenSchemaIsRegisteredUnderTheirId() {
        MockSchemaRegistry registry = new MockSchemaRegistry();
        assertThat(registry.register("test-value", USER)).isEqualTo(1);

        GenericRecord read = new GenericAvroDeserializer(registry).deserialize("test", CONFLUENT_USER_BYTES);

        assertThat(read.getSchema()).isEqualTo(USER);
        assertThat(read.get("name")).hasToString("testUser");
    }

    /** Confluent writes a schema id above 255 across all four header bytes (big-endian). */
    @Test
    void shouldReadHighSchemaIdsAsBigEndianWhenIdSpansSeveralBytes() {
        byte[] framed = hex("00 00010203 10 7465737455736572");

        assertThat(WireFormat.parseHeader(framed).schemaId()).isEqualTo(0x010203);
    }
}
