package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keeps the newest articles of its partition: {@code articles-by-id} holds each article with its record
 * timestamp, {@code articles-by-time} indexes them newest first under {@link #timeKey(long, String)}.
 * Beyond the bound the oldest leave both stores. An article enriched again replaces its old entry;
 * a tombstone (null value, keyed by id) removes it.
 */
final class IndexArticles implements Processor<String, EnrichedArticle, Void, Void> {

    private final int limit;
    private TimestampedKeyValueStore<String, EnrichedArticle> byId;
    private KeyValueStore<String, String> byTime;

    IndexArticles(int limit) {
        this.limit = limit;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        byId = context.getStateStore(ViewTopology.ARTICLES_BY_ID);
        byTime = context.getStateStore(ViewTopology.ARTICLES_BY_TIME);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String id = record.value() != null ? record.value().getId() : record.key();
        if (id == null) {
            return;
        }
        ValueAndTimestamp<EnrichedArticle> previous = byId.get(id);
        if (previous != null) {
            byTime.delete(timeKey(previous.timestamp(), id));
        }
        if (record.value() == null) {
            byId.delete(id);
            return;
        }
        byId.put(id, ValueAndTimestamp.make(record.value(), record.timestamp()));
        byTime.put(timeKey(record.timestamp(), id), id);
        evictBeyondLimit();
    }

    private void evictBeyondLimit() {
        List<KeyValue<String, String>> evicted = new ArrayList<>();
        try (KeyValueIterator<String, String> newestFirst = byTime.all()) {
            for (int seen = 0; newestFirst.hasNext(); seen++) {
                KeyValue<String, String> entry = newestFirst.next();
                if (seen >= limit) {
                    evicted.add(entry);
                }
            }
        }
        for (KeyValue<String, String> entry : evicted) {
            byTime.delete(entry.key);
            byId.delete(entry.value);
        }
    }

    /**
     * Key of the time index: the inverted timestamp as 19 digits, then the id, so that ascending key
     * order (RocksDB's, the in-memory store's) is newest first, ties by id.
     */
    static String timeKey(long timestamp, String id) {
        return String.format(Locale.ROOT, "%019d|%s", Long.MAX_VALUE - Math.max(0, timestamp), id);
    }
}
