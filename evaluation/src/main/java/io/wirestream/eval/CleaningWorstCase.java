package io.wirestream.eval;

import io.wirestream.enrichment.ArticleInput;
import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.enrichment.clean.TextCleaner;
import io.wirestream.enrichment.clean.WorstCaseInputs;
import io.wirestream.enrichment.validate.ArticleValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints what {@link TextCleaner#clean} costs on each hostile input of {@link WorstCaseInputs}, on the
 * sample article, and on the sample repeated up to the validator's size limit, so the worst case is
 * visible: wall time and bytes allocated by the cleaning thread.
 *
 * <pre>./mvnw -q -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.CleaningWorstCase</pre>
 */
@Command(
        name = "cleaning-worst-case",
        mixinStandardHelpOptions = true,
        description = "Cleans every hostile input and prints time and allocated bytes per input.")
public final class CleaningWorstCase implements Callable<Integer> {

    /** The repository's sample article, relative to the repository root. */
    static final String DEFAULT_SAMPLE = "samples/000_e0b798d0f20a28bd.txt";

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--sample",
            paramLabel = "FILE",
            defaultValue = DEFAULT_SAMPLE,
            description = "Sample article (plain text); relative paths are tried from the working directory, then "
                    + "from the repository root. Default: ${DEFAULT-VALUE}")
    private String sample;

    @Option(
            names = "--only",
            paramLabel = "NAME",
            split = ",",
            description = "Only these cases (comma-separated names; 'sample' and 'sample-at-size-limit' included).")
    private List<String> only;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "1",
            description = "Untimed runs of each case first, so the time is not JIT warm-up. Default: ${DEFAULT-VALUE}")
    private int warmup;

    /** One measured run. */
    record Measurement(
            String name, long inputChars, double millis, long allocatedBytes, long outputChars, int removed) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<WorstCaseInputs.Case> cases = new ArrayList<>(WorstCaseInputs.all());
        Path samplePath = locate(sample);
        if (samplePath != null) {
            String text = Files.readString(samplePath, StandardCharsets.UTF_8);
            cases.add(0, new WorstCaseInputs.Case("sample", () -> ArticleInput.ofText("sample", null, text)));
            long limit = ArticleValidator.Limits.defaults().maxTextBytes();
            cases.add(new WorstCaseInputs.Case("sample-at-size-limit", atLimit(text, limit)));
        } else {
            spec.commandLine().getErr().printf(Locale.ROOT, "sample %s not found; skipping the sample rows%n", sample);
        }
        if (only != null) {
            cases.removeIf(c -> !only.contains(c.name()));
            if (cases.isEmpty()) {
                spec.commandLine().getErr().printf(Locale.ROOT, "no case matches %s%n", only);
                return 2;
            }
        }
        TextCleaner cleaner = new TextCleaner();
        out.printf(
                Locale.ROOT,
                "%-36s %10s %10s %12s %10s %9s%n",
                "case",
                "in chars",
                "ms",
                "alloc MB",
                "out chars",
                "removed");
        Measurement worst = null;
        for (WorstCaseInputs.Case c : cases) {
            Measurement m = measure(cleaner, c, warmup);
            out.printf(
                    Locale.ROOT,
                    "%-36s %10d %10.1f %12.1f %10d %9d%n",
                    m.name(),
                    m.inputChars(),
                    m.millis(),
                    m.allocatedBytes() / 1e6,
                    m.outputChars(),
                    m.removed());
            out.flush();
            if (worst == null || m.millis() > worst.millis()) {
                worst = m;
            }
        }
        out.printf(
                Locale.ROOT,
                "worst: %s, %.1f ms, %.1f MB allocated%n",
                worst.name(),
                worst.millis(),
                worst.allocatedBytes() / 1e6);
        out.flush();
        return 0;
    }

    static Measurement measure(TextCleaner cleaner, WorstCaseInputs.Case c, int warmup) {
        for (int i = 0; i < warmup; i++) {
            cleaner.clean(c.input().get());
        }
        ArticleInput input = c.input().get();
        long inputChars = length(input.body()) + length(input.html());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        CleanedArticle cleaned = cleaner.clean(input);
        long elapsed = System.nanoTime() - start;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        int removed =
                cleaned.report().values().stream().mapToInt(Integer::intValue).sum();
        return new Measurement(
                c.name(), inputChars, elapsed / 1e6, allocated, cleaned.text().length(), removed);
    }

    /** The sample repeated, as paragraphs, to just under {@code maxBytes} of UTF-8. */
    static Supplier<ArticleInput> atLimit(String text, long maxBytes) {
        return () -> {
            String unit = text.strip() + "\n\n";
            long unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
            int copies = (int) Math.max(1, maxBytes / unitBytes);
            return ArticleInput.ofText("sample-at-size-limit", null, unit.repeat(copies));
        };
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    /** The file as given, else relative to the repository root (the directory holding {@code mvnw}), else null. */
    static Path locate(String requested) {
        Path asGiven = Path.of(requested).toAbsolutePath().normalize();
        if (Files.isRegularFile(asGiven)) {
            return asGiven;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path fromRoot = dir.resolve(requested).normalize();
                return Files.isRegularFile(fromRoot) ? fromRoot : null;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new CleaningWorstCase()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
