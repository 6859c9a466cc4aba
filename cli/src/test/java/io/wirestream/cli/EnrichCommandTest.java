package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldEnrichValidLinesAndDeadLetterBrokenOnesWhenInputIsMixed() throws Exception {
        Path input = dir.resolve("x.jsonl");
        List<String> lines =
                new ArrayList<>(Files.readAllLines(Path.of("../samples/articles.jsonl"), StandardCharsets.UTF_8));
        lines.add("this is not json");
        lines.add("[\"an\", \"array\"]");
        lines.add("{\"id\": \"no-text\"}");
        lines.add("{\"body\": \"no id and no url\"}");
        lines.add("{\"id\": \"emoji\", \"body\": \"\uD83D\uDE00\uD83D\uDE00\"}");
        lines.add("{\"id\": \"only-markup\", \"html\": \"<script>alert(1)</script>\"}");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path output = dir.resolve("y.jsonl");
        Path dead = dir.resolve("z.jsonl");

        int exit = WirestreamCli.run(
                "enrich", "--input", input.toString(), "--output", output.toString(), "--dead-letter", dead.toString());

        assertThat(exit).isZero();
        List<JsonNode> enriched = readJsonLines(output);
        List<JsonNode> rejected = readJsonLines(dead);
        assertThat(enriched.size() + rejected.size()).isEqualTo(lines.size());
        assertThat(enriched)
                .extracting(n -> n.get("id").asText())
                .contains(
                        "e0b798d0f20a28bd",
                        "sample-en-wire-001",
                        "sample-fr-002",
                        "sample-de-003",
                        "sample-ru-004",
                        "emoji");
        JsonNode arabic = enriched.stream()
                .filter(n -> n.get("id").asText().equals("e0b798d0f20a28bd"))
                .findFirst()
                .orElseThrow();
        assertThat(arabic.get("language").asText()).isEqualTo("ar");
        assertThat(arabic.get("publishedAt").asText()).isEqualTo("2026-02-03T00:00:00Z");
        assertThat(arabic.get("text").asText()).startsWith("وقّعت");
        JsonNode emoji = enriched.stream()
                .filter(n -> n.get("id").asText().equals("emoji"))
                .findFirst()
                .orElseThrow();
        assertThat(emoji.get("language").asText()).isEqualTo("und");

        assertThat(rejected)
                .extracting(n -> n.get("line").asInt() + ":" + n.get("reason").asText())
                .containsExactlyInAnyOrder(
                        "6:INVALID_JSON",
                        "7:NOT_AN_OBJECT",
                        "8:NO_TEXT",
                        "9:MISSING_ID",
                        "11:EMPTY_TEXT_AFTER_CLEANING");
        assertThat(rejected)
                .allSatisfy(n -> assertThat(n.get("message").asText()).isNotBlank());
    }

    @Test
    void shouldKeepInputOrderAndResultsWhenEnrichingOnSeveralThreads() throws Exception {
        List<String> samples = Files.readAllLines(Path.of("../samples/articles.jsonl"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < 6; copy++) {
            for (String sample : samples) {
                ObjectNode article = (ObjectNode) MAPPER.readTree(sample);
                article.put("id", article.get("id").asText() + "-" + copy);
                lines.add(MAPPER.writeValueAsString(article));
            }
            lines.add("not json " + copy);
        }
        Path input = dir.resolve("many.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);

        List<List<JsonNode>> runs = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            Path output = dir.resolve("out-" + threads + ".jsonl");
            Path dead = dir.resolve("dead-" + threads + ".jsonl");
            int exit = WirestreamCli.run(
                    "enrich",
                    "--threads",
                    threads,
                    "--input",
                    input.toString(),
                    "--output",
                    output.toString(),
                    "--dead-letter",
                    dead.toString());
            assertThat(exit).isZero();
            assertThat(readJsonLines(dead))
                    .extracting(n -> n.get("line").asInt())
                    .containsExactly(6, 12, 18, 24, 30, 36);
            runs.add(readJsonLines(output));
        }

        List<String> expectedIds = lines.stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> {
                    try {
                        return MAPPER.readTree(line).get("id").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        for (List<JsonNode> run : runs) {
            assertThat(run).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(expectedIds);
        }
        for (int i = 0; i < expectedIds.size(); i++) {
            assertThat(runs.get(1).get(i).get("entities"))
                    .isEqualTo(runs.get(0).get(i).get("entities"));
            assertThat(runs.get(1).get(i).get("text"))
                    .isEqualTo(runs.get(0).get(i).get("text"));
        }
    }

    @Test
    void shouldExitNonZeroWithClearMessageWhenInputIsMissing() {
        int exit = WirestreamCli.run(
                "enrich",
                "--input",
                dir.resolve("missing.jsonl").toString(),
                "--output",
                dir.resolve("out.jsonl").toString());

        assertThat(exit).isEqualTo(1);
    }

    private static List<JsonNode> readJsonLines(Path file) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(MAPPER.readTree(line));
            }
        }
        return nodes;
    }
}
