package io.wirestream.bench;

import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.EnrichmentException;
import io.wirestream.enrichment.EnrichmentResult;
import io.wirestream.enrichment.LanguageResult;
import io.wirestream.enrichment.clean.CleanedArticle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs one stage (or the whole chain) over the stage corpus in a loop for a while, to be sampled by a
 * profiler: {@code java -XX:StartFlightRecording=filename=stage.jfr,settings=profile ... ProfileStages
 * --stage detect-language}, then {@code jfr print --events jdk.ExecutionSample stage.jfr}. Prints wall and
 * CPU time per article; on a shared machine the CPU time of the thread is the steadier figure.
 */
@Command(
        name = "profile-stages",
        mixinStandardHelpOptions = true,
        description = "Loops a stage over the corpus for profiling.")
public final class ProfileStages implements Callable<Integer> {

    @Option(
            names = "--stage",
            description = "clean-text, detect-language, tag-entities or all (default ${DEFAULT-VALUE}).")
    String stage = "all";

    @Option(names = "--seconds", description = "How long to loop (default ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(
            names = "--warmup-seconds",
            description = "Unmeasured loop first, so the JIT has compiled the stage "
                    + "(default ${DEFAULT-VALUE}; on a busy machine the first loops are mostly interpreted).")
    int warmupSeconds = 10;

    @Option(
            names = "--dump",
            description = "Instead of looping, write every article's enrichment result to this file "
                    + "(to check that an optimization changes no output).")
    Path dump;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProfileStages()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Enricher enricher = Enricher.loadDefault();
        List<CorpusArticle> articles = StageBenchmarks.load();
        if (dump != null) {
            List<String> lines = new ArrayList<>();
            for (CorpusArticle article : articles) {
                try {
                    EnrichmentResult result = enricher.enrich(article.toInput());
                    lines.add(article.id() + "\t" + result.cleaned() + "\t" + result.language() + "\t"
                            + result.entities() + "\t" + result.contentHash());
                } catch (EnrichmentException e) {
                    lines.add(article.id() + "\t" + e.code() + "\t" + e.getMessage());
                }
            }
            Files.write(dump, lines, StandardCharsets.UTF_8);
            return 0;
        }
        int n = articles.size();
        CleanedArticle[] cleaned = new CleanedArticle[n];
        LanguageResult[] languages = new LanguageResult[n];
        for (int i = 0; i < n; i++) {
            cleaned[i] = enricher.clean(articles.get(i).toInput());
            languages[i] = enricher.detectLanguage(cleaned[i], articles.get(i).hint());
        }
        loop(enricher, articles, cleaned, languages, System.nanoTime() + warmupSeconds * 1_000_000_000L);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = loop(enricher, articles, cleaned, languages, end);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "%s: %d articles in %.1f s, %.0f µs/article wall, %.0f µs/article CPU",
                stage,
                done,
                elapsed,
                elapsed * 1e6 / done,
                cpu * 1e6 / done));
        return 0;
    }

    /** Runs the stage over the whole corpus until {@code end} (at least once when {@code end} is in the future); returns the articles done. */
    private long loop(
            Enricher enricher,
            List<CorpusArticle> articles,
            CleanedArticle[] cleaned,
            LanguageResult[] languages,
            long end) {
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < articles.size(); i++) {
                CorpusArticle article = articles.get(i);
                sink += switch (stage) {
                    case "clean-text" ->
                        enricher.clean(article.toInput()).text().length();
                    case "detect-language" ->
                        enricher.detectLanguage(cleaned[i], article.hint())
                                .segments()
                                .size();
                    case "tag-entities" ->
                        enricher.tagEntities(cleaned[i], languages[i]).size();
                    case "all" -> enricher.enrich(article.toInput()).entities().size();
                    default ->
                        throw new CommandLine.ParameterException(new CommandLine(this), "unknown stage " + stage);
                };
                done++;
            }
        }
        return sink == Long.MIN_VALUE ? -1 : done; // sink keeps the work from being optimized away
    }
}
