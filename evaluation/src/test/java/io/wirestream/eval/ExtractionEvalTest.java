package io.wirestream.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.enrichment.html.ArticleExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the whole article-extraction benchmark when its data is present, so a change that makes extraction
 * worse fails the build. Readability4J scores 0.938 on it, Crux 0.898, Boilerpipe 0.836.
 */
class ExtractionEvalTest {

    private static final double MIN_F1 = 0.95;

    private static Path dataDir() {
        Path dir = ExtractionBenchmark.locate(ExtractionBenchmark.DEFAULT_DATA);
        assumeTrue(dir != null, "benchmark data not found; skipping");
        return dir;
    }

    @Test
    void shouldReachMinimumF1WhenExtractingTheBenchmark() throws Exception {
        ExtractionBenchmark.Result result = new ExtractionBenchmark(dataDir()).run(new ArticleExtractor());

        assertThat(result.summary().pages()).isEqualTo(181);
        assertThat(result.summary().f1()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(result.summary().precision()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(result.summary().recall()).isGreaterThanOrEqualTo(MIN_F1);
    }

    @Test
    void shouldPrintScoresAndWritePredictionsWhenRunFromCommandLine(@TempDir Path tmp) throws Exception {
        Path predictions = tmp.resolve("predictions.json");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ExtractionEval()).setOut(new PrintWriter(out));

        int code = cli.execute(
                "--data",
                dataDir().toString(),
                "--warmup",
                "0",
                "--worst",
                "3",
                "--write-predictions",
                predictions.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("F1", "precision", "recall", "ms/page", "worst 3 pages");
        JsonNode written = new ObjectMapper().readTree(predictions.toFile());
        assertThat(written.size()).isEqualTo(181);
        assertThat(written.elements().next().has("articleBody")).isTrue();
    }

    @Test
    void shouldFailWithUsageCodeWhenDataIsMissing(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ExtractionEval()).setErr(new PrintWriter(err));

        assertThat(cli.execute("--data", tmp.resolve("nothing-here").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no benchmark data");
    }
}
