package io.wirestream.bench;

import io.wirestream.enrichment.clean.TextCleaner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link StageBenchmarks} and prints the per-stage cost table: microseconds per article and per
 * KB (of input text and of clean text), and what one core does per second. The defaults (2 warm-up and
 * 3 measured iterations of 3 s, one fork) take about four minutes for all stages.
 */
@Command(
        name = "stage-benchmarks",
        mixinStandardHelpOptions = true,
        description = "JMH benchmarks of each enrichment stage, single thread, on the benchmark corpus.")
public final class RunStageBenchmarks implements Callable<Integer> {

    @Option(names = "--include", description = "Regex of benchmark methods (default: all).")
    String include = "StageBenchmarks\\..*";

    @Option(names = "--warmup", description = "Warm-up iterations (default ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = "--iterations", description = "Measured iterations (default ${DEFAULT-VALUE}).")
    int iterations = 3;

    @Option(names = "--seconds", description = "Seconds per iteration (default ${DEFAULT-VALUE}).")
    int seconds = 3;

    @Option(names = "--forks", description = "Forks (default ${DEFAULT-VALUE}).")
    int forks = 1;

    @Option(names = "--prof", description = "JMH profiler, e.g. gc or stack (repeatable).")
    List<String> profilers = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new RunStageBenchmarks()).execute(args));
    }

    @Override
    public Integer call() throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include.contains(".") ? include : "StageBenchmarks\\." + include)
                .warmupIterations(warmup)
                .measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementTime(TimeValue.seconds(seconds))
                .forks(forks);
        for (String profiler : profilers) {
            options.addProfiler(profiler);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        List<CorpusArticle> corpus = StageBenchmarks.load();
        TextCleaner cleaner = new TextCleaner();
        long inputBytes = 0;
        long textBytes = 0;
        for (CorpusArticle article : corpus) {
            inputBytes += article.textBytes();
            textBytes += cleaner.clean(article.toInput()).text().getBytes(StandardCharsets.UTF_8).length;
        }
        double inKb = inputBytes / 1024.0 / corpus.size();
        double textKb = textBytes / 1024.0 / corpus.size();
        System.out.println();
        System.out.println(table(results, inKb, textKb));
        System.out.println(String.format(
                Locale.ROOT,
                "Corpus: %s; mean %.1f KB input text, %.1f KB clean text per article.",
                BenchmarkCorpus.describe(corpus),
                inKb,
                textKb));
        System.out.println(MachineInfo.describe());
        return 0;
    }

    static String table(Collection<RunResult> results, double inKb, double textKb) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| stage | µs/article (± error) | µs/KB input | µs/KB clean text | articles/s (1 core) | MB/s input |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double us = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f (± %.1f) | %.2f | %.2f | %.0f | %.2f |%n",
                    name,
                    us,
                    Double.isNaN(error) ? 0.0 : error,
                    us / inKb,
                    us / textKb,
                    1e6 / us,
                    inKb * 1024 / us));
        }
        return out.toString();
    }
}
