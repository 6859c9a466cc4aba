package io.wirestream.cli;

import io.wirestream.config.KafkaConnection;
import io.wirestream.serde.SpecificAvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from the beginning with {@code read_committed} (only records of committed
 * transactions), without a consumer group: a tool, not a service.
 */
final class TopicReader<T extends SpecificRecord> implements AutoCloseable {

    private final KafkaConsumer<byte[], T> consumer;

    TopicReader(KafkaConnection connection, String topic, Class<T> type) {
        Map<String, Object> config = new TreeMap<>(connection.clientConfig());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        SpecificAvroDeserializer<T> deserializer = new SpecificAvroDeserializer<>(type);
        deserializer.configure(connection.serdeConfigForClients(), false);
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), deserializer);
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls once, handing each record to {@code sink}; returns how many there were. */
    int poll(Duration timeout, Consumer<ConsumerRecord<byte[], T>> sink) {
        int count = 0;
        for (ConsumerRecord<byte[], T> record : consumer.poll(timeout)) {
            sink.accept(record);
            count++;
        }
        return count;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
