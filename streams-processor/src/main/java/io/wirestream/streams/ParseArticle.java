package io.wirestream.streams;

import io.wirestream.avro.RawArticle;
import io.wirestream.serde.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First stage: decodes the raw bytes into a {@link RawArticle}. Undecodable records (not Avro, unknown
 * schema id, truncated, null) become dead letters carrying their bytes and source coordinates.
 */
final class ParseArticle implements FixedKeyProcessor<byte[], byte[], InFlight> {

    static final String STAGE = "deserialize";
    private static final Logger LOG = LoggerFactory.getLogger(ParseArticle.class);

    private final Deserializer<RawArticle> deserializer;
    private final DeadLetters deadLetters;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<byte[], InFlight> context;

    ParseArticle(Deserializer<RawArticle> deserializer, DeadLetters deadLetters, PipelineMetrics metrics) {
        this.deserializer = deserializer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], InFlight> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        Optional<RecordMetadata> metadata = context.recordMetadata();
        SourceRecord source = new SourceRecord(
                record.key(),
                record.value(),
                metadata.map(RecordMetadata::topic).orElse("unknown"),
                metadata.map(RecordMetadata::partition).orElse(-1),
                metadata.map(RecordMetadata::offset).orElse(-1L));
        metrics.recordIn(source.topic());
        long start = System.nanoTime();
        InFlight parsed = parse(source);
        metrics.stage("parse-article", System.nanoTime() - start);
        context.forward(record.withValue(parsed));
    }

    private InFlight parse(SourceRecord source) {
        String keyText = source.key() == null ? null : new String(source.key(), StandardCharsets.UTF_8);
        if (source.value() == null) {
            return fail(
                    source,
                    keyText,
                    DeadLetters.NULL_VALUE,
                    "record value is null (tombstone); expected a RawArticle",
                    null);
        }
        try {
            RawArticle raw = deserializer.deserialize(source.topic(), source.value());
            return InFlight.parsed(source, raw, ArticleMapper.toInput(raw));
        } catch (WireFormatException e) {
            return fail(source, keyText, e.reason().name(), e.getMessage(), e);
        } catch (RuntimeException e) {
            return fail(source, keyText, "MALFORMED_AVRO", "cannot decode RawArticle: " + e.getMessage(), e);
        }
    }

    private InFlight fail(SourceRecord source, String articleId, String reason, String message, Throwable cause) {
        LOG.warn(
                "Dead-lettering record {}-{}@{} (key {}): {} {}",
                source.topic(),
                source.partition(),
                source.offset(),
                articleId,
                reason,
                message);
        return InFlight.failed(source, deadLetters.of(source, articleId, STAGE, reason, message, cause));
    }
}
