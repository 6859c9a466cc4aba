package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.LanguageSegment;
import io.wirestream.avro.Provenance;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    static {
        GeneratedClasses.trust();
    }

    @Test
    void shouldWriteFieldNamesPlainUnionsAndIsoTimestampsWhenRecordIsEnriched() {
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setId("a1")
                .setUrl("https://example.org/a1")
                .setSource(null)
                .setTitle("T")
                .setText("إسرائيل and Baku")
                .setLanguage("ar")
                .setLanguageConfidence(0.9)
                .setSegments(List.of(new LanguageSegment("ar", 0, 7, 0.9)))
                .setEntities(List.of(Entity.newBuilder()
                        .setType(EntityType.LOCATION)
                        .setText("Baku")
                        .setStart(12)
                        .setEnd(16)
                        .setBaseForm("Baku")
                        .setCanonicalId("loc:baku")
                        .setCanonicalName("Baku")
                        .setConfidence(0.8)
                        .build()))
                .setPublishedAt(Instant.parse("2026-02-03T00:00:00Z"))
                .setContentHash("abc")
                .setProvenance(Provenance.newBuilder()
                        .setPipelineVersion("0.1.0")
                        .setModelVersions(Map.of("language", "m1"))
                        .setProcessedAt(Instant.parse("2026-02-04T10:00:00Z"))
                        .build())
                .build();

        ObjectNode json = AvroJson.toTree(article);

        assertThat(json.get("id").asText()).isEqualTo("a1");
        assertThat(json.get("source").isNull()).isTrue();
        assertThat(json.get("url").asText()).isEqualTo("https://example.org/a1");
        assertThat(json.get("publishedAt").asText()).isEqualTo("2026-02-03T00:00:00Z");
        assertThat(json.get("entities").get(0).get("type").asText()).isEqualTo("LOCATION");
        assertThat(json.get("entities").get(0).get("canonicalId").asText()).isEqualTo("loc:baku");
        assertThat(json.get("provenance").get("processedAt").asText()).isEqualTo("2026-02-04T10:00:00Z");
        assertThat(AvroJson.toJson(article)).doesNotContain("\n").contains("\"language\":\"ar\"");
    }

    @Test
    void shouldWriteBytesAsBase64WhenRecordIsDeadLetter() {
        DeadLetter letter = DeadLetter.newBuilder()
                .setKey(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)))
                .setValue(null)
                .setTopic("raw")
                .setPartition(0)
                .setOffset(42)
                .setStage("deserialize")
                .setReason("NOT_AVRO")
                .setMessage("bad")
                .setTimestamp(Instant.EPOCH)
                .build();

        ObjectNode json = AvroJson.toTree(letter);

        assertThat(json.get("key").asText()).isEqualTo("aw==");
        assertThat(json.get("value").isNull()).isTrue();
        assertThat(json.get("offset").asLong()).isEqualTo(42);
    }
}
