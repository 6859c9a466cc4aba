package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.config.KafkaConnection;
import io.wirestream.enrichment.Enricher;
import io.wirestream.serde.SpecificAvroSerializer;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.config.ProcessorSettings;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Duplicates across partitions on a real broker: copies of one wire story under other ids land on
 * other partitions of the raw topic (they are keyed by id) and still meet on the content-keyed
 * internal topic: exact copies become duplicates, an edited copy is enriched and flagged, a resent id
 * is a duplicate, and the audit balances.
 */
class DedupIT extends LocalRuntimeTest {

    private static final String STORY =
            "Water ministers from Egypt, Ethiopia and Sudan met in Geneva on Wednesday for a new "
                    + "round of talks on the management of the Nile, officials said. The United Nations hosted the meeting, which "
                    + "followed months of stalled negotiations. A spokesperson said the delegations had agreed to meet again in Cairo "
                    + "next month, after experts have compared their figures on the flow of the river in the dry season.";

    @Test
    void shouldFindDuplicatesAndNearDuplicatesWhenCopiesLandOnOtherPartitions() throws Exception {
        Topics topics = Topics.defaults().withPrefix("dedup.");
        Map<String, String> settings = pipelineSettings(topics, "dedup-it");
        ProcessorSettings processorSettings = ProcessorSettings.from(settings);
        KafkaConnection connection = processorSettings.connection();
        TopicSetup.ensure(connection, topics, 4, (short) -1);

        List<RawArticle> articles = List.of(
                article("wire-original", "Nile talks resume in Geneva", STORY),
                article("outlet-a-copy", "NILE TALKS RESUME IN GENEVA", STORY.replace(". ", ".  ")),
                article("outlet-b-copy", "Nile talks resume in Geneva", STORY),
                article(
                        "outlet-c-edit",
                        "Geneva hosts new Nile talks",
                        STORY.replace("officials said", "diplomats said").replace("next month", "in April")),
                article(
                        "unrelated",
                        "Summit in Vienna",
                        "The heads of government of Austria, Hungary and Slovakia met in "
                                + "Vienna on Monday to discuss transport projects and a new rail link to Budapest."),
                article("wire-original", "Nile talks resume in Geneva", STORY));
        Set<Integer> partitions = new HashSet<>();
        Map<String, Object> config = new TreeMap<>(connection.clientConfig());
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);
        serializer.configure(connection.serdeConfigForClients(), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                config, new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (RawArticle article : articles) {
                partitions.add(producer.send(new ProducerRecord<>(
                                topics.raw(), article.getId(), serializer.serialize(topics.raw(), article)))
                        .get()
                        .partition());
            }
        }
        assertThat(partitions)
                .as("the copies must be spread over partitions for this test to mean anything")
                .hasSizeGreaterThan(1);

        Map<String, EnrichedArticle> enriched = new ConcurrentHashMap<>();
        Map<String, DuplicateArticle> duplicates = new ConcurrentHashMap<>();
        try (EnrichmentProcessor processor = new EnrichmentProcessor(processorSettings, Enricher.loadDefault());
                TopicReader<EnrichedArticle> enrichedReader =
                        new TopicReader<>(connection, topics.enriched(), EnrichedArticle.class);
                TopicReader<DuplicateArticle> duplicateReader =
                        new TopicReader<>(connection, topics.duplicates(), DuplicateArticle.class)) {
            processor.start();
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                enrichedReader.poll(
                        Duration.ofMillis(200), r -> enriched.put(r.value().getId(), r.value()));
                duplicateReader.poll(
                        Duration.ofMillis(50),
                        r -> duplicates.put(
                                r.value().getId() + "@" + r.value().getOffset() + "/"
                                        + r.value().getPartition(),
                                r.value()));
                return enriched.size() + duplicates.size() == articles.size();
            });
        }

        // partitions are processed in no fixed order: whichever exact copy reached the content check first
        // is the original, the others point at it
        Set<String> copies = Set.of("wire-original", "outlet-a-copy", "outlet-b-copy");
        List<String> enrichedCopies =
                enriched.keySet().stream().filter(copies::contains).toList();
        assertThat(enrichedCopies).hasSize(1);
        String original = enrichedCopies.get(0);
        assertThat(enriched).containsOnlyKeys(original, "outlet-c-edit", "unrelated");
        // the edited copy and the original are near-duplicates: the later of the two carries the flag
        EnrichedArticle edit = enriched.get("outlet-c-edit");
        EnrichedArticle first = enriched.get(original);
        EnrichedArticle flagged = edit.getNearDuplicateOf() != null ? edit : first;
        assertThat(flagged.getNearDuplicateOf()).isEqualTo(flagged == edit ? original : "outlet-c-edit");
        assertThat(flagged.getNearDuplicateSimilarity()).isBetween(0.5, 1.0);
        assertThat((flagged == edit ? first : edit).getNearDuplicateOf()).isNull();
        assertThat(enriched.get("unrelated").getNearDuplicateOf()).isNull();
        assertThat(duplicates.values())
                .filteredOn(d -> d.getMatchedBy().equals("content"))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.getOriginalId()).isEqualTo(original))
                .extracting(DuplicateArticle::getId)
                .doesNotContain(original);
        assertThat(duplicates.values())
                .filteredOn(d -> d.getMatchedBy().equals("id"))
                .singleElement()
                .satisfies(d -> assertThat(d.getId()).isEqualTo("wire-original"));
        Audit.Report report = new Audit(connection, topics).run();
        assertThat(report.balanced()).as(report.describe()).isTrue();
    }

    private static RawArticle article(String id, String title, String body) {
        return RawArticle.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setSource(id.split("-")[0])
                .setUrl("https://" + id + ".example.org/story")
                .build();
    }
}
