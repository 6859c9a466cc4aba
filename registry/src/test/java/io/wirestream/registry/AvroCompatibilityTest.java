package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class AvroCompatibilityTest {

    static final Schema V1 = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .requiredString("id")
            .endRecord();
    /** V1 plus an optional field: readable both ways. */
    static final Schema V2_OPTIONAL = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .requiredString("id")
            .optionalString("title")
            .endRecord();
    /** V1 plus a required field without default: new readers cannot read old data. */
    static final Schema V2_REQUIRED = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .requiredString("id")
            .requiredString("title")
            .endRecord();
    /** Drops "id": old readers cannot read new data (id has no default). */
    static final Schema V3_NO_ID = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .optionalString("title")
            .endRecord();

    @Test
    void shouldAcceptAnythingWhenLevelIsNone() {
        assertThat(AvroCompatibility.check(CompatibilityLevel.NONE, V2_REQUIRED, List.of(V1)))
                .isEmpty();
    }

    @Test
    void shouldAcceptFirstSchemaWhenThereIsNoHistory() {
        assertThat(AvroCompatibility.check(CompatibilityLevel.FULL_TRANSITIVE, V1, List.of()))
                .isEmpty();
    }

    @Test
    void shouldRejectNewRequiredFieldWhenBackward() {
        List<String> problems = AvroCompatibility.check(CompatibilityLevel.BACKWARD, V2_REQUIRED, List.of(V1));

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("new schema cannot read data written with the latest schema")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("title");
    }

    @Test
    void shouldAcceptNewOptionalFieldWhenFull() {
        assertThat(AvroCompatibility.check(CompatibilityLevel.FULL, V2_OPTIONAL, List.of(V1)))
                .isEmpty();
    }

    @Test
    void shouldAcceptDroppedFieldWhenBackwardButRejectWhenForward() {
        assertThat(AvroCompatibility.check(CompatibilityLevel.BACKWARD, V3_NO_ID, List.of(V2_OPTIONAL)))
                .isEmpty();
        assertThat(AvroCompatibility.check(CompatibilityLevel.FORWARD, V3_NO_ID, List.of(V2_OPTIONAL)))
                .singleElement()
                .asString()
                .contains("the latest schema cannot read data written with the new schema");
    }

    @Test
    void shouldCheckOnlyLatestWhenNotTransitive() {
        Schema v3 = SchemaBuilder.record("Article")
                .namespace("t")
                .fields()
                .requiredString("id")
                .requiredString("title")
                .requiredString("body")
                .endRecord();
        List<Schema> history = List.of(V1, V2_REQUIRED);
        Schema v3Compatible = SchemaBuilder.record("Article")
                .namespace("t")
                .fields()
                .requiredString("id")
                .requiredString("title")
                .endRecord();

        assertThat(AvroCompatibility.check(CompatibilityLevel.BACKWARD, v3Compatible, history))
                .isEmpty();
        assertThat(AvroCompatibility.check(CompatibilityLevel.BACKWARD_TRANSITIVE, v3Compatible, history))
                .singleElement()
                .asString()
                .contains("previous schema 1 of 2");
        assertThat(AvroCompatibility.check(CompatibilityLevel.BACKWARD, v3, history))
                .hasSize(1);
    }

    @Test
    void shouldParseLevelsCaseInsensitivelyWhenReadFromRest() {
        assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(CompatibilityLevel.FORWARD_TRANSITIVE.transitive()).isTrue();
        assertThat(CompatibilityLevel.FULL.backward()).isTrue();
    }
}
