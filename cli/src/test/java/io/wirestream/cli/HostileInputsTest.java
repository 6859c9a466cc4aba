package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.EnrichmentException;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.producer.ArticleJson;
import io.wirestream.producer.ParsedArticle;
import io.wirestream.producer.SourceItem;
import io.wirestream.streams.ArticleMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input, one by one through the producer's parser and the enrichment chain with a time
 * bound, then all of them through the {@code enrich} command.
 */
class HostileInputsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static Enricher enricher;
    private static final ArticleJson PARSER = new ArticleJson(new ArticleValidator());

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        enricher = Enricher.loadDefault();
    }

    static Stream<HostileCorpus.Case> cases() {
        return HostileCorpus.all().stream();
    }

    @Test
    void shouldHaveAtLeastFortyHostileInputs() {
        assertThat(HostileCorpus.all()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReachItsOutcomeInBoundedTimeWhenInputIsHostile(HostileCorpus.Case hostile) {
        String outcome = assertTimeoutPreemptively(BOUND, () -> outcome(hostile.line()), hostile.name());

        assertThat(outcome).as(hostile.name()).isEqualTo(hostile.outcome());
    }

    /** What the producer's parser and then the enrichment chain make of one line. */
    private static String outcome(String line) {
        ParsedArticle parsed = PARSER.parse(new SourceItem("hostile", 1, line));
        if (parsed instanceof ParsedArticle.Rejected rejected) {
            return "rejected:" + rejected.rejection().reason();
        }
        try {
            var result = enricher.enrich(ArticleMapper.toInput(((ParsedArticle.Valid) parsed).article()));
            assertThat(result.cleaned().text()).doesNotContain("\u0000", "\u202E", "\uD800");
            assertThat(result.language().document().language()).isNotNull();
            return "enriched";
        } catch (EnrichmentException e) {
            return "dead:" + e.code().name();
        }
    }

    @Test
    void shouldEnrichOrDeadLetterEveryLineWhenCorpusRunsThroughEnrichCommand() throws Exception {
        List<HostileCorpus.Case> corpus = HostileCorpus.all();
        Path input = dir.resolve("hostile.jsonl");
        Files.write(input, corpus.stream().map(HostileCorpus.Case::line).toList(), StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");
        Path dead = dir.resolve("dead.jsonl");

        int exit = assertTimeoutPreemptively(
                Duration.ofSeconds(120),
                () -> WirestreamCli.run(
                        "enrich",
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--dead-letter",
                        dead.toString()));

        assertThat(exit).isZero();
        Map<Long, String> reasonByLine = new HashMap<>();
        for (String line : Files.readAllLines(dead, StandardCharsets.UTF_8)) {
            JsonNode node = MAPPER.readTree(line);
            reasonByLine.put(node.get("line").asLong(), node.get("reason").asText());
        }
        long enriched = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .count();
        for (int i = 0; i < corpus.size(); i++) {
            HostileCorpus.Case hostile = corpus.get(i);
            assertThat(reasonByLine.get((long) i + 1))
                    .as("line %d: %s", i + 1, hostile.name())
                    .isEqualTo(hostile.reason());
        }
        assertThat(enriched + reasonByLine.size()).isEqualTo(corpus.size());
    }
}
