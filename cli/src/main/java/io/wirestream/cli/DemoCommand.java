package io.wirestream.cli;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.config.KafkaConnection;
import io.wirestream.enrichment.Enricher;
import io.wirestream.local.LocalRuntime;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.schemas.AvroJson;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.config.ProcessorSettings;
import io.wirestream.view.NewsroomView;
import io.wirestream.view.ViewSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole pipeline on the embedded default: local broker and registry, topics, the bundled
 * sample articles through the producer, the streams processor, and every enriched record printed as
 * JSON; then everything stops. With {@code --view} the newsroom view is served on localhost instead,
 * and everything keeps running until Ctrl-C (the broker's own shutdown hook stops it).
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Start a local broker and registry, publish the sample articles, enrich them with the streams "
                + "processor, print the enriched records as JSON, and stop everything (with --view: serve the "
                + "newsroom view and keep running until Ctrl-C).")
final class DemoCommand implements Callable<Integer> {

    /** The bundled sample articles. */
    static final String SAMPLES = "/samples/articles.jsonl";

    @Option(names = "--input", paramLabel = "FILE", description = "Articles to publish instead of the bundled samples.")
    Path input;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Give up waiting for results after this long (default 180).")
    long timeoutSeconds = 180;

    @Option(
            names = "--view",
            description = "Then serve the newsroom view on localhost and keep everything running until Ctrl-C.")
    boolean view;

    @Option(
            names = "--view-port",
            paramLabel = "PORT",
            description = "Port of the view (default 8088; 0 = any free port).")
    int viewPort = ViewSettings.DEFAULT_PORT;

    @Override
    public Integer call() throws Exception {
        Topics topics = Topics.defaults();
        System.err.println("Loading models...");
        Enricher enricher = Enricher.loadDefault();
        System.err.println("Starting a local Kafka broker and schema registry...");
        try (LocalRuntime runtime = LocalRuntime.start()) {
            Map<String, String> settings = new TreeMap<>();
            settings.put(KafkaConnection.BOOTSTRAP_SERVERS, runtime.bootstrapServers());
            settings.put(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl());
            settings.put("application.id", "wirestream-demo");
            settings.put(
                    "state.dir",
                    Files.createTempDirectory("wirestream-demo-state").toString());
            settings.put("kafka.commit.interval.ms", "200");
            ProcessorSettings processorSettings = ProcessorSettings.from(settings);
            TopicSetup.ensure(processorSettings.connection(), topics, 3, (short) -1);
            System.err.println(
                    "Kafka " + runtime.bootstrapServers() + ", schema registry " + runtime.schemaRegistryUrl());

            PublishSummary summary = publish(ProducerSettings.from(settings));
            System.err.println("Produced: " + summary.describe());
            if (!summary.succeeded()) {
                return 2;
            }
            try (EnrichmentProcessor processor = new EnrichmentProcessor(processorSettings, enricher)) {
                processor.start();
                int printed = printResults(processorSettings.connection(), topics, summary.sent());
                return view ? serveView(settings) : printed;
            }
        }
    }

    /** Serves the view of the demo's topics until Ctrl-C (or until its streams die: then 4). */
    private int serveView(Map<String, String> settings) throws Exception {
        Map<String, String> viewSettings = new TreeMap<>(settings);
        viewSettings.put("view.application.id", "wirestream-demo-view");
        viewSettings.put("view.port", String.valueOf(viewPort));
        try (NewsroomView newsroom = new NewsroomView(ViewSettings.from(viewSettings))) {
            newsroom.start();
            if (!newsroom.awaitRunning(Duration.ofSeconds(timeoutSeconds))) {
                System.err.println("The newsroom view did not start (" + newsroom.state() + ").");
                return 4;
            }
            System.err.println("Newsroom view: " + newsroom.url() + "  (Ctrl-C to stop)");
            newsroom.awaitStop();
            return 4;
        }
    }

    private PublishSummary publish(ProducerSettings settings) throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(settings)) {
            if (input != null) {
                return publisher.publishFiles(java.util.List.of(input), Reports::printRejection);
            }
            try (InputStream samples = DemoCommand.class.getResourceAsStream(SAMPLES)) {
                if (samples == null) {
                    throw new IllegalStateException("bundled samples " + SAMPLES + " are missing from the class path");
                }
                return publisher.publishStream(samples, Reports::printRejection);
            }
        }
    }

    private int printResults(KafkaConnection connection, Topics topics, long expected) {
        long enriched = 0;
        long dead = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        try (TopicReader<EnrichedArticle> enrichedReader =
                        new TopicReader<>(connection, topics.enriched(), EnrichedArticle.class);
                TopicReader<DeadLetter> deadReader =
                        new TopicReader<>(connection, topics.deadLetter(), DeadLetter.class)) {
            while (enriched + dead < expected && System.nanoTime() < deadline) {
                enriched += enrichedReader.poll(
                        Duration.ofMillis(200), r -> System.out.println(AvroJson.toPrettyJson(r.value())));
                dead += deadReader.poll(
                        Duration.ofMillis(50),
                        r -> System.err.println("dead letter: "
                                + r.value().getArticleId() + " " + r.value().getStage() + " "
                                + r.value().getReason() + " "
                                + r.value().getMessage()));
            }
        }
        System.err.println("Enriched " + enriched + ", dead-lettered " + dead + " of " + expected + " published.");
        return enriched + dead == expected ? 0 : 3;
    }
}
