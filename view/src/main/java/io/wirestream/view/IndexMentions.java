package io.wirestream.view;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Adds each mention to the newest-first list of its canonical entity in {@code entity-mentions}. */
final class IndexMentions implements Processor<String, Mention, Void, Void> {

    private final int limit;
    private KeyValueStore<String, MentionList> mentions;

    IndexMentions(int limit) {
        this.limit = limit;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        mentions = context.getStateStore(ViewTopology.ENTITY_MENTIONS);
    }

    @Override
    public void process(Record<String, Mention> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        MentionList current = mentions.get(record.key());
        mentions.put(record.key(), (current == null ? MentionList.empty() : current).with(record.value(), limit));
    }
}
