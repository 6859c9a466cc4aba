package io.wirestream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.RawArticle;
import io.wirestream.registry.MockSchemaRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {

    /** RawArticle as a first release might have had it: fewer fields. */
    private static final Schema RAW_ARTICLE_V0 = SchemaBuilder.record("RawArticle")
            .namespace("io.wirestream.avro")
            .fields()
            .requiredString("id")
            .optionalString("title")
            .optionalString("body")
            .endRecord();

    /** RawArticle as a later release might have it: one more field, with a default. */
    private static final Schema RAW_ARTICLE_NEXT = withExtraField(RawArticle.getClassSchema());

    private final String scope = "evolution-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldFillDefaultsWhenOldWriterMeetsNewReader() {
        GenericRecord old = new GenericRecordBuilder(RAW_ARTICLE_V0)
                .set("id", "a1")
                .set("title", "Old title")
                .set("body", "Old body")
                .build();
        byte[] bytes = new GenericAvroSerializer(registry).serialize("raw", old);

        RawArticle read = new SpecificAvroDeserializer<>(RawArticle.class, registry).deserialize("raw", bytes);

        assertThat(read.getId()).isEqualTo("a1");
        assertThat(read.getTitle()).isEqualTo("Old title");
        assertThat(read.getBody()).isEqualTo("Old body");
        assertThat(read.getUrl()).isNull();
        assertThat(read.getMetadata()).isEmpty();
    }

    @Test
    void shouldIgnoreNewFieldWhenNewWriterMeetsCurrentReader() {
        GenericRecord next = new GenericRecordBuilder(RAW_ARTICLE_NEXT)
                .set("id", "a2")
                .set("body", "Body")
                .set("publishedAt", 1_000L)
                .set("metadata", Map.of())
                .set("sentiment", 0.5)
                .build();
        byte[] bytes = new GenericAvroSerializer(registry).serialize("raw", next);

        RawArticle read = new SpecificAvroDeserializer<>(RawArticle.class, registry).deserialize("raw", bytes);

        assertThat(read.getId()).isEqualTo("a2");
        assertThat(read.getPublishedAt()).isEqualTo(Instant.ofEpochMilli(1_000));
    }

    @Test
    void shouldWriteWithLatestSchemaWhenUseLatestVersionIsOn() {
        int latestId = registry.register("raw-value", RAW_ARTICLE_NEXT);
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class, registry);
        serializer.configure(
                Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false, AvroSerdeConfig.USE_LATEST_VERSION, true), false);

        byte[] bytes = serializer.serialize("raw", SerdeTestSupport.rawArticle());

        assertThat(WireFormat.parseHeader(bytes).schemaId()).isEqualTo(latestId);
        GenericRecord generic = new GenericAvroDeserializer(registry).deserialize("raw", bytes);
        assertThat(generic.getSchema()).isEqualTo(RAW_ARTICLE_NEXT);
        assertThat(generic.get("sentiment")).isEqualTo(0.0);
        assertThat(generic.get("id")).hasToString("a1");
        assertThat(new SpecificAvroDeserializer<>(RawArticle.class, registry).deserialize("raw", bytes))
                .isEqualTo(SerdeTestSupport.rawArticle());
    }

    @Test
    void shouldReturnGeneratedClassWhenGenericReaderIsAskedForSpecific() {
        byte[] bytes = new SpecificAvroSerializer<>(RawArticle.class, registry)
                .serialize("raw", SerdeTestSupport.rawArticle());
        GenericAvroDeserializer deserializer = new GenericAvroDeserializer(registry);
        deserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);

        assertThat(deserializer.deserialize("raw", bytes)).isEqualTo(SerdeTestSupport.rawArticle());
    }

    private static Schema withExtraField(Schema base) {
        var fields = new java.util.ArrayList<Schema.Field>();
        for (Schema.Field field : base.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        fields.add(new Schema.Field("sentiment", Schema.create(Schema.Type.DOUBLE), "added later", 0.0));
        Schema next = Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false);
        next.setFields(fields);
        return next;
    }
}
