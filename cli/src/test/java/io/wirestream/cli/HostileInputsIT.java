package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.enrichment.Enricher;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.producer.Rejection;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.config.ProcessorSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus through the real pipeline: the producer rejects what it must (with line
 * numbers and reasons) and sends the rest; the streams processor enriches or dead-letters each sent
 * article as expected, keeps running, and the audit balances.
 */
class HostileInputsIT extends LocalRuntimeTest {

    @Test
    void shouldRejectEnrichOrDeadLetterEachHostileInputWhenItFlowsThroughThePipeline() throws Exception {
        List<HostileCorpus.Case> corpus = HostileCorpus.all();
        Path input = tmp.resolve("hostile.jsonl");
        Files.write(input, corpus.stream().map(HostileCorpus.Case::line).toList(), StandardCharsets.UTF_8);
        Topics topics = Topics.defaults().withPrefix("hostile.");
        Map<String, String> settings = pipelineSettings(topics, "hostile-it");
        ProcessorSettings processorSettings = ProcessorSettings.from(settings);
        TopicSetup.ensure(processorSettings.connection(), topics, 2, (short) -1);

        List<Rejection> rejections = new ArrayList<>();
        PublishSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(settings))) {
            summary = publisher.publishFiles(List.of(input), rejections::add);
        }
        Map<Long, String> rejectedByLine = new HashMap<>();
        rejections.forEach(r -> rejectedByLine.put(r.line(), r.reason()));
        Map<String, String> expectedAfterProducer = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            HostileCorpus.Case hostile = corpus.get(i);
            if (hostile.outcome().startsWith("rejected:")) {
                assertThat(rejectedByLine.get((long) i + 1))
                        .as("line %d: %s", i + 1, hostile.name())
                        .isEqualTo(hostile.reason());
            } else {
                assertThat(rejectedByLine)
                        .as("line %d: %s must be sent", i + 1, hostile.name())
                        .doesNotContainKey((long) i + 1);
                String id = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(hostile.line())
                        .get("id")
                        .asText();
                expectedAfterProducer.put(id, hostile.outcome());
            }
        }
        assertThat(summary.sent()).isEqualTo(expectedAfterProducer.size());
        assertThat(summary.failed()).isZero();

        Map<String, String> outcomes = new ConcurrentHashMap<>();
        try (EnrichmentProcessor processor = new EnrichmentProcessor(processorSettings, Enricher.loadDefault());
                TopicReader<EnrichedArticle> enriched =
                        new TopicReader<>(processorSettings.connection(), topics.enriched(), EnrichedArticle.class);
                TopicReader<DeadLetter> dead =
                        new TopicReader<>(processorSettings.connection(), topics.deadLetter(), DeadLetter.class);
                TopicReader<DuplicateArticle> duplicates = new TopicReader<>(
                        processorSettings.connection(), topics.duplicates(), DuplicateArticle.class)) {
            processor.start();
            await().atMost(Duration.ofSeconds(180))
                    .conditionEvaluationListener(condition -> {
                        if (condition.getRemainingTimeInMS() < 2_000) {
                            System.out.println("HostileInputsIT still missing: "
                                    + expectedAfterProducer.keySet().stream()
                                            .filter(id -> !outcomes.containsKey(id))
                                            .toList());
                        }
                    })
                    .until(() -> {
                        enriched.poll(
                                Duration.ofMillis(200),
                                r -> outcomes.put(r.value().getId(), "enriched"));
                        dead.poll(
                                Duration.ofMillis(50),
                                r -> outcomes.put(
                                        r.value().getArticleId(),
                                        "dead:" + r.value().getReason()));
                        duplicates.poll(
                                Duration.ofMillis(50),
                                r -> outcomes.put(
                                        r.value().getId(),
                                        "duplicate of " + r.value().getOriginalId()));
                        return outcomes.size() == expectedAfterProducer.size();
                    });
            assertThat(processor.state().isRunningOrRebalancing()).isTrue();
        }
        assertThat(outcomes).isEqualTo(expectedAfterProducer);
        Audit.Report report = new Audit(processorSettings.connection(), topics).run();
        assertThat(report.balanced()).as(report.describe()).isTrue();
    }
}
