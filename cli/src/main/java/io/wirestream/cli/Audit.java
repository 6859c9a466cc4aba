package io.wirestream.cli;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.config.KafkaConnection;
import io.wirestream.serde.SpecificAvroDeserializer;
import io.wirestream.streams.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reconciles the raw topic with the pipeline's outputs: every raw record (topic, partition, offset)
 * must end in exactly one of the enriched, dead-letter and duplicates topics. Reads everything with
 * {@code read_committed} up to the last stable offsets, so only committed results count.
 */
final class Audit {

    /** Where a raw record ended, and the problems found. */
    record Report(
            long inputs,
            long enriched,
            long deadLettered,
            long duplicates,
            List<String> missing,
            List<String> repeated,
            List<String> repeatedIds,
            Map<String, Long> deadLettersByReason) {

        /** Every input in exactly one place, and no article id enriched twice. */
        boolean balanced() {
            return missing.isEmpty()
                    && repeated.isEmpty()
                    && repeatedIds.isEmpty()
                    && enriched + deadLettered + duplicates == inputs;
        }

        String describe() {
            return "inputs " + inputs + ", enriched " + enriched + ", dead-lettered " + deadLettered + " "
                    + deadLettersByReason
                    + ", duplicates " + duplicates + "; unaccounted " + missing.size() + ", in more than one place "
                    + repeated.size() + ", ids enriched more than once " + repeatedIds.size()
                    + (balanced() ? " -> balanced" : " -> NOT balanced");
        }
    }

    private final KafkaConnection connection;
    private final Topics topics;

    Audit(KafkaConnection connection, Topics topics) {
        this.connection = connection;
        this.topics = topics;
    }

    Report run() {
        Map<String, String> outcome = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        Map<String, Integer> enrichedIds = new HashMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        long[] counts = new long[3];

        readAll(topics.enriched(), EnrichedArticle.class, (partition, article) -> {
            counts[0]++;
            enrichedIds.merge(article.getId(), 1, Integer::sum);
            record(
                    outcome,
                    repeated,
                    article.getProvenance().getSourcePartition() + "@"
                            + article.getProvenance().getSourceOffset(),
                    "enriched");
        });
        readAll(topics.deadLetter(), DeadLetter.class, (partition, letter) -> {
            counts[1]++;
            reasons.merge(letter.getReason(), 1L, Long::sum);
            record(outcome, repeated, letter.getPartition() + "@" + letter.getOffset(), "dead-letter");
        });
        readAll(topics.duplicates(), DuplicateArticle.class, (partition, duplicate) -> {
            counts[2]++;
            record(outcome, repeated, duplicate.getPartition() + "@" + duplicate.getOffset(), "duplicates");
        });
        List<String> missing = new ArrayList<>();
        long inputs = readRaw((partition, offset) -> {
            if (!outcome.containsKey(partition + "@" + offset)) {
                missing.add(topics.raw() + "-" + partition + "@" + offset);
            }
        });
        List<String> repeatedIds = enrichedIds.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new Report(inputs, counts[0], counts[1], counts[2], missing, repeated, repeatedIds, reasons);
    }

    private static void record(Map<String, String> outcome, List<String> repeated, String coordinates, String where) {
        String earlier = outcome.putIfAbsent(coordinates, where);
        if (earlier != null) {
            repeated.add(coordinates + " in " + earlier + " and " + where);
        }
    }

    private long readRaw(BiConsumer<Integer, Long> sink) {
        long[] count = {0};
        read(topics.raw(), new ByteArrayDeserializer(), (record) -> {
            count[0]++;
            sink.accept(record.partition(), record.offset());
        });
        return count[0];
    }

    private <T extends SpecificRecord> void readAll(String topic, Class<T> type, BiConsumer<Integer, T> sink) {
        SpecificAvroDeserializer<T> deserializer = new SpecificAvroDeserializer<>(type);
        deserializer.configure(connection.serdeConfigForClients(), false);
        read(topic, deserializer, record -> sink.accept(record.partition(), record.value()));
    }

    private <T> void read(
            String topic, Deserializer<T> deserializer, java.util.function.Consumer<ConsumerRecord<byte[], T>> sink) {
        Map<String, Object> config = new TreeMap<>(connection.clientConfig());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], T> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), deserializer)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], T> record : consumer.poll(Duration.ofMillis(500))) {
                    sink.accept(record);
                }
            }
        }
    }
}
