package io.wirestream.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks an article whose id was already seen within the dedup window, before any NLP work is spent
 * on it. The raw topic is keyed by article id (the producer guarantees it), so every copy of an id
 * reaches the same task and its store.
 */
final class DedupeArticleIds implements FixedKeyProcessor<byte[], InFlight, InFlight> {

    static final String STORE = "article-ids";
    private static final Logger LOG = LoggerFactory.getLogger(DedupeArticleIds.class);

    private final DedupSettings settings;
    private FixedKeyProcessorContext<byte[], InFlight> context;
    private WindowStore<String, Long> seen;

    DedupeArticleIds(DedupSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], InFlight> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<byte[], InFlight> record) {
        InFlight article = record.value();
        if (article.isDone()) {
            context.forward(record);
            return;
        }
        String id = article.raw().getId();
        long now = record.timestamp();
        try (WindowStoreIterator<Long> earlier = seen.fetch(
                id, Instant.ofEpochMilli(now - settings.window().toMillis()), Instant.ofEpochMilli(Long.MAX_VALUE))) {
            if (earlier.hasNext()) {
                LOG.info(
                        "Duplicate article id {} at {}-{}@{}",
                        id,
                        article.source().topic(),
                        article.source().partition(),
                        article.source().offset());
                context.forward(record.withValue(article.asDuplicateOf(id)));
                return;
            }
        }
        seen.put(id, now, now);
        context.forward(record);
    }
}
