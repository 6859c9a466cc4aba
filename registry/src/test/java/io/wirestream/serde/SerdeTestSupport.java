package io.wirestream.serde;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.LanguageSegment;
import io.wirestream.avro.Provenance;
import io.wirestream.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Sample records built from the real Wirestream schemas. */
final class SerdeTestSupport {

    private SerdeTestSupport() {}

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static RawArticle rawArticle() {
        return RawArticle.newBuilder()
                .setId("a1")
                .setUrl("https://example.org/news/1")
                .setSource("example.org")
                .setTitle("Kafka <b>4.4</b> released")
                .setBody("Zürich — the release ships with KRaft only. 東京でも。")
                .setPublishedAt(Instant.parse("2026-03-01T10:15:30.123Z"))
                .setFetchedAt(Instant.parse("2026-03-01T10:16:00Z"))
                .setLanguageHint("en")
                .setMetadata(Map.of("feed", "rss", "lang", "en"))
                .build();
    }

    static EnrichedArticle enrichedArticle() {
        return EnrichedArticle.newBuilder()
                .setId("a1")
                .setUrl("https://example.org/news/1")
                .setSource("example.org")
                .setTitle("Kafka 4.4 released")
                .setText("Apache Kafka 4.4 was released in Zürich.")
                .setLanguage("en")
                .setLanguageConfidence(0.98)
                .setSegments(List.of(LanguageSegment.newBuilder()
                        .setLanguage("en")
                        .setStart(0)
                        .setEnd(40)
                        .setConfidence(0.98)
                        .build()))
                .setEntities(List.of(
                        Entity.newBuilder()
                                .setType(EntityType.ORGANIZATION)
                                .setText("Apache Kafka")
                                .setStart(0)
                                .setEnd(12)
                                .setBaseForm("apache kafka")
                                .setCanonicalId("Q16235208")
                                .setConfidence(0.9)
                                .build(),
                        Entity.newBuilder()
                                .setType(EntityType.LOCATION)
                                .setText("Zürich")
                                .setStart(33)
                                .setEnd(39)
                                .setBaseForm("zürich")
                                .build()))
                .setPublishedAt(Instant.parse("2026-03-01T10:15:30.123Z"))
                .setPublishedAtSource("input")
                .setCredits(List.of("Reuters"))
                .setCleaningReport(Map.of("control-char", 2))
                .setContentHash("ab".repeat(32))
                .setProvenance(Provenance.newBuilder()
                        .setPipelineVersion("0.1.0")
                        .setModelVersions(Map.of("language", "ngram-langid-1"))
                        .setProcessedAt(Instant.parse("2026-03-01T10:16:01Z"))
                        .build())
                .build();
    }

    static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setKey(ByteBuffer.wrap("a1".getBytes(StandardCharsets.UTF_8)))
                .setValue(ByteBuffer.wrap(new byte[] {0x7b, 0x00, (byte) 0xff}))
                .setTopic("raw-articles")
                .setPartition(3)
                .setOffset(1_234_567_890_123L)
                .setArticleId("a1")
                .setStage("deserialize")
                .setReason("NOT_AVRO")
                .setMessage("magic byte 0x7b, expected 0x00")
                .setExceptionClass(WireFormatException.class.getName())
                .setTimestamp(Instant.parse("2026-03-01T10:16:02Z"))
                .build();
    }
}
