package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Forwards one record per canonical-entity mention, keyed by canonical id, stamped with the article's record time. */
final class ExtractMentions implements Processor<String, EnrichedArticle, String, Mention> {

    private ProcessorContext<String, Mention> context;

    @Override
    public void init(ProcessorContext<String, Mention> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        for (KeyValue<String, Mention> mention : Mention.of(record.value(), record.timestamp())) {
            context.forward(record.withKey(mention.key).withValue(mention.value));
        }
    }
}
