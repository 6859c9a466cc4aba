package io.wirestream.cli;

import io.wirestream.enrichment.Enricher;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.config.ProcessorSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the streams processor until stopped. */
@Command(
        name = "process",
        mixinStandardHelpOptions = true,
        description =
                "Run the enrichment topology (raw -> enriched / dead-letter) until stopped with Ctrl-C or SIGTERM.")
final class ProcessCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--create-topics",
            description = "Create missing topics first (partitions from topic.partitions, default 3).")
    boolean createTopics;

    @Override
    public Integer call() throws Exception {
        Map<String, String> merged = connection.settings(Map.of());
        ProcessorSettings settings = ProcessorSettings.from(merged);
        if (createTopics) {
            TopicSetup.ensure(
                    settings.connection(),
                    settings.topics(),
                    Integer.parseInt(merged.getOrDefault("topic.partitions", "3")),
                    (short) -1);
        }
        Enricher enricher = Enricher.loadDefault();
        try (EnrichmentProcessor processor = new EnrichmentProcessor(settings, enricher)) {
            if (processor.opsPort() > 0) {
                System.err.println(
                        "Operations endpoint: http://localhost:" + processor.opsPort() + "/health, /ready, /metrics");
            }
            processor.runUntilShutdown();
        }
        return 0;
    }
}
