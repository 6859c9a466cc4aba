package io.wirestream.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.enrichment.html.ArticleExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores {@link ArticleExtractor} on the article-extraction benchmark with the benchmark's own metric.
 *
 * <pre>./mvnw -q -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.ExtractionEval</pre>
 */
@Command(
        name = "extraction-eval",
        mixinStandardHelpOptions = true,
        description = "Extracts every benchmark page and prints shingle F1, precision, recall and speed.")
public final class ExtractionEval implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = ExtractionBenchmark.DEFAULT_DATA,
            description = "Benchmark directory (ground-truth.json, html/); relative paths are tried from the "
                    + "working directory, then from the repository root. Default: ${DEFAULT-VALUE}")
    private String data;

    @Option(
            names = "--write-predictions",
            paramLabel = "FILE",
            description = "Also write predictions as JSON for score.py.")
    private Path predictionsFile;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "Worst pages to list.")
    private int worst;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "1",
            description = "Untimed passes before the measured one, so ms/page is not JIT warm-up.")
    private int warmup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = ExtractionBenchmark.locate(data);
        if (dir == null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "no benchmark data at %s%n", data);
            return 2;
        }
        ExtractionBenchmark benchmark = new ExtractionBenchmark(dir);
        ArticleExtractor extractor = new ArticleExtractor();
        for (int i = 0; i < warmup; i++) {
            benchmark.run(extractor);
        }
        ExtractionBenchmark.Result result = benchmark.run(extractor);
        ShingleScorer.Summary s = result.summary();
        out.printf(Locale.ROOT, "data       %s%n", dir);
        out.printf(Locale.ROOT, "pages      %d%n", s.pages());
        out.printf(Locale.ROOT, "F1         %.4f  (%s)%n", s.f1(), Double.toString(s.f1()));
        out.printf(Locale.ROOT, "precision  %.4f  (%s)%n", s.precision(), Double.toString(s.precision()));
        out.printf(Locale.ROOT, "recall     %.4f  (%s)%n", s.recall(), Double.toString(s.recall()));
        out.printf(Locale.ROOT, "exact      %.4f%n", s.exactMatch());
        out.printf(Locale.ROOT, "ms/page    %.2f%n", result.millisPerPage());
        out.printf(Locale.ROOT, "worst %d pages (page F1, P, R, id, url):%n", worst);
        for (ExtractionBenchmark.PageResult p : result.worst(worst)) {
            ShingleScorer.PageScore ps = p.score();
            out.printf(
                    Locale.ROOT,
                    "  %.3f  %.3f  %.3f  %s  %s%n",
                    ps.f1(),
                    ps.precision(),
                    ps.recall(),
                    ps.id(),
                    p.url());
        }
        if (predictionsFile != null) {
            new ObjectMapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(predictionsFile.toFile(), result.predictions());
            out.printf(Locale.ROOT, "predictions written to %s%n", predictionsFile);
        }
        out.flush();
        return 0;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new ExtractionEval()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
