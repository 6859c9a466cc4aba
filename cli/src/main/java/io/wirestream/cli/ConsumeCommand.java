package io.wirestream.cli;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.config.KafkaConnection;
import io.wirestream.schemas.AvroJson;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.specific.SpecificRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the enriched (or dead-letter) topic as JSON. */
@Command(
        name = "consume",
        mixinStandardHelpOptions = true,
        description =
                "Print enriched articles (or dead letters) as JSON, one per line, from the beginning (read_committed).")
final class ConsumeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--dead-letters", description = "Read the dead-letter topic instead of the enriched topic.")
    boolean deadLetters;

    @Option(names = "--pretty", description = "Indented JSON.")
    boolean pretty;

    @Option(
            names = {"-n", "--max-messages"},
            paramLabel = "N",
            description = "Stop after N records.")
    long maxMessages = Long.MAX_VALUE;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            description = "Stop after this long without records (default 10; 0 = follow forever).")
    long idleTimeoutSeconds = 10;

    @Override
    public Integer call() throws Exception {
        Map<String, String> merged = connection.settings(Map.of());
        KafkaConnection kafka = KafkaConnection.from(merged);
        String topic = deadLetters
                ? merged.getOrDefault("topic.dead-letter", "articles.dead-letter")
                : merged.getOrDefault("topic.enriched", "articles.enriched");
        Class<? extends SpecificRecord> type = deadLetters ? DeadLetter.class : EnrichedArticle.class;
        return consume(kafka, topic, type);
    }

    private <T extends SpecificRecord> int consume(KafkaConnection kafka, String topic, Class<T> type) {
        long seen = 0;
        long idleSince = System.nanoTime();
        try (TopicReader<T> reader = new TopicReader<>(kafka, topic, type)) {
            while (seen < maxMessages) {
                long[] got = {0};
                reader.poll(Duration.ofMillis(500), record -> {
                    if (record.value() != null) {
                        System.out.println(
                                pretty ? AvroJson.toPrettyJson(record.value()) : AvroJson.toJson(record.value()));
                    }
                    got[0]++;
                });
                seen += got[0];
                if (got[0] > 0) {
                    idleSince = System.nanoTime();
                } else if (idleTimeoutSeconds > 0
                        && System.nanoTime() - idleSince
                                > Duration.ofSeconds(idleTimeoutSeconds).toNanos()) {
                    break;
                }
            }
        }
        System.err.println("read " + seen + " records from " + topic);
        return 0;
    }
}
