package io.wirestream.streams;

import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.enrichment.dedup.Fingerprint;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares each enriched article with the articles of the dedup window that share a MinHash band
 * with it (LSH): an article with the same content hash as an earlier one under another id is a
 * duplicate (not emitted, reported on the duplicates topic); one whose estimated similarity reaches
 * the threshold is emitted flagged with the earlier article's id and the similarity.
 */
final class DetectDuplicates implements FixedKeyProcessor<String, EnrichedArticle, DetectDuplicates.Checked> {

    static final String STORE = "content-bands";
    private static final Logger LOG = LoggerFactory.getLogger(DetectDuplicates.class);

    /** An enriched article, or the duplicate record that replaces it. */
    record Checked(EnrichedArticle article, DuplicateArticle duplicate) {
        boolean isDuplicate() {
            return duplicate != null;
        }
    }

    /** What the store keeps per band key: enough to confirm a match without reading the article again. */
    private record Entry(String id, String contentHash, Fingerprint fingerprint) {
        byte[] toBytes() {
            byte[] id = this.id.getBytes(StandardCharsets.UTF_8);
            byte[] hash = contentHash.getBytes(StandardCharsets.US_ASCII);
            byte[] print = fingerprint.toBytes();
            return ByteBuffer.allocate(8 + id.length + hash.length + print.length)
                    .putInt(id.length)
                    .put(id)
                    .putInt(hash.length)
                    .put(hash)
                    .put(print)
                    .array();
        }

        static Entry fromBytes(byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            byte[] id = new byte[buffer.getInt()];
            buffer.get(id);
            byte[] hash = new byte[buffer.getInt()];
            buffer.get(hash);
            byte[] print = new byte[buffer.remaining()];
            buffer.get(print);
            return new Entry(
                    new String(id, StandardCharsets.UTF_8),
                    new String(hash, StandardCharsets.US_ASCII),
                    Fingerprint.fromBytes(print));
        }
    }

    private final DedupSettings settings;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Checked> context;
    private WindowStore<String, byte[]> bands;

    DetectDuplicates(DedupSettings settings, Clock clock, PipelineMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Checked> context) {
        this.context = context;
        this.bands = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        long start = System.nanoTime();
        try {
            check(record);
        } finally {
            metrics.stage("detect-duplicates", System.nanoTime() - start);
        }
    }

    private void check(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        Fingerprint fingerprint = Fingerprint.of(article.getTitle(), article.getText());
        String[] keys = fingerprint.bandKeys(DedupSettings.BANDS);
        long now = record.timestamp();
        // the long-based fetch: the Instant one builds an error-message prefix on every call
        long from = now - settings.window().toMillis();
        long to = Long.MAX_VALUE;

        Entry exact = null;
        Entry nearest = null;
        double nearestSimilarity = 0;
        Set<String> compared = new HashSet<>();
        for (String key : keys) {
            try (WindowStoreIterator<byte[]> candidates = bands.fetch(key, from, to)) {
                while (candidates.hasNext()) {
                    KeyValue<Long, byte[]> next = candidates.next();
                    Entry candidate = Entry.fromBytes(next.value);
                    if (!compared.add(candidate.id())) {
                        continue;
                    }
                    if (candidate.contentHash().equals(article.getContentHash())
                            || candidate.id().equals(article.getId())) {
                        if (exact == null) {
                            exact = candidate;
                        }
                        continue;
                    }
                    double similarity = fingerprint.similarity(candidate.fingerprint());
                    if (similarity > nearestSimilarity) {
                        nearest = candidate;
                        nearestSimilarity = similarity;
                    }
                }
            }
        }

        if (exact != null) {
            boolean sameId = exact.id().equals(article.getId());
            LOG.info(
                    "Duplicate of {} by {}: article {} at {}-{}@{}",
                    exact.id(),
                    sameId ? "id" : "content",
                    article.getId(),
                    article.getProvenance().getSourceTopic(),
                    article.getProvenance().getSourcePartition(),
                    article.getProvenance().getSourceOffset());
            context.forward(
                    record.withValue(new Checked(null, duplicate(article, exact.id(), sameId ? "id" : "content"))));
            return;
        }
        if (nearest != null && nearestSimilarity >= settings.nearDuplicateThreshold()) {
            metrics.duplicate("near");
            article = EnrichedArticle.newBuilder(article)
                    .setNearDuplicateOf(nearest.id())
                    .setNearDuplicateSimilarity(nearestSimilarity)
                    .build();
        }
        byte[] entry = new Entry(article.getId(), article.getContentHash(), fingerprint).toBytes();
        for (String key : keys) {
            bands.put(key, entry, now);
        }
        context.forward(record.withValue(new Checked(article, null)));
    }

    private DuplicateArticle duplicate(EnrichedArticle article, String originalId, String matchedBy) {
        return DuplicateArticle.newBuilder()
                .setId(article.getId())
                .setOriginalId(originalId)
                .setMatchedBy(matchedBy)
                .setContentHash(article.getContentHash())
                .setTopic(
                        article.getProvenance().getSourceTopic() == null
                                ? ""
                                : article.getProvenance().getSourceTopic())
                .setPartition(article.getProvenance().getSourcePartition())
                .setOffset(article.getProvenance().getSourceOffset())
                .setTimestamp(clock.instant())
                .build();
    }
}
