package io.wirestream.eval.langid;

import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.langid.NgramLanguageDetector;
import io.wirestream.enrichment.langid.NgramModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs {@link NgramLanguageDetector} and Lingua (high accuracy, all 75 languages, preloaded) side by side on
 * the shared language-identification test set: accuracy per bucket and source and per language, documents
 * per second per bucket (single thread, after a warm-up pass), retained heap of each loaded detector, then
 * the mixed-language segmentation set.
 *
 * <pre>./mvnw -q -B -o -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.langid.LanguageIdEval</pre>
 *
 * Maven's own JVM runs it (its default heap, a quarter of RAM, holds Lingua's 1.4 GB).
 */
@Command(
        name = "language-id-eval",
        mixinStandardHelpOptions = true,
        description =
                "Language identification: ours vs Lingua-all-75 on the shared test set, plus mixed-language segments.")
public final class LanguageIdEval implements Callable<Integer> {

    static final List<String> CELLS = List.of(
            "short/ud", "short/leipzig", "sentence/ud", "sentence/leipzig", "paragraph/ud", "paragraph/leipzig");
    static final List<String> BUCKETS = List.of("short", "sentence", "paragraph");

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "FILE",
            defaultValue = LangIdData.DEFAULT_TEST,
            description = "Test set TSV; relative paths are tried from the working directory, then from the repository "
                    + "root. Default: ${DEFAULT-VALUE}")
    private String data;

    @Option(names = "--skip-lingua", description = "Run our detector only.")
    private boolean skipLingua;

    @Option(
            names = "--dev",
            description = "Score ours on the development set cut from the NER corpora instead "
                    + "(what the settings were chosen on), with a confidence calibration table.")
    private boolean dev;

    @Option(
            names = "--ner",
            paramLabel = "DIR",
            defaultValue = LangIdData.DEFAULT_NER,
            description = "NER corpora for --dev. Default: ${DEFAULT-VALUE}")
    private String ner;

    @Option(names = "--mixed-docs", paramLabel = "N", defaultValue = "500", description = "Mixed-language documents.")
    private int mixedDocs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261125", description = "Seed of the mixed set.")
    private long seed;

    @Option(
            names = "--show-errors",
            paramLabel = "LANG",
            description = "Print up to 30 misclassified items of this language.")
    private String showErrors;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description =
                    "Override a detector setting (backoff, floor, scriptFloor, priorScale, temperature, switchSentence, "
                            + "switchParagraph, hintBonus, ruleCost), for experiments on the development set.")
    private Map<String, Double> overrides = new TreeMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path tsv = LangIdData.locate(dev ? ner : data);
        if (tsv == null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "no data at %s%n", dev ? ner : data);
            return 2;
        }
        List<LangIdData.Item> items = dev ? LangIdData.readDev(tsv, 300, seed) : LangIdData.readTest(tsv);
        out.printf(Locale.ROOT, "data: %s (%,d items)%n", tsv, items.size());

        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        NgramModel model = NgramLanguageDetector.loadDefaultModel();
        NgramLanguageDetector ours = new NgramLanguageDetector(model, settings());
        long oursLoadMs = (System.nanoTime() - t0) / 1_000_000;
        long oursHeap = usedHeapAfterGc() - before;
        out.printf(
                Locale.ROOT,
                "ours:   %d languages, %,d n-gram keys, loaded in %,d ms, retained heap %,d MB%n",
                ours.languages().size(),
                model.size(),
                oursLoadMs,
                oursHeap >> 20);

        LinguaReference lingua = null;
        long linguaHeap = 0;
        if (!skipLingua && !dev) {
            before = usedHeapAfterGc();
            t0 = System.nanoTime();
            lingua = LinguaReference.loadAllLanguages();
            long linguaLoadMs = (System.nanoTime() - t0) / 1_000_000;
            linguaHeap = usedHeapAfterGc() - before;
            out.printf(
                    Locale.ROOT,
                    "lingua: 75 languages, high accuracy, preloaded in %,d ms, retained heap %,d MB%n",
                    linguaLoadMs,
                    linguaHeap >> 20);
        }
        out.flush();

        Function<String, String> oursFn = t -> ours.detect(t).language();
        Run oursRun = run(oursFn, items, items.size());
        Run linguaRun = null;
        if (lingua != null) {
            LinguaReference l = lingua;
            linguaRun = run(l::detect, items, 3_000);
        }
        List<String> cells = dev ? List.of("short/dev", "sentence/dev") : CELLS;
        out.printf(Locale.ROOT, "%naccuracy %%        %8s %8s %7s%n", "ours", "lingua", "items");
        for (String cell : cells) {
            out.printf(
                    Locale.ROOT,
                    "%-18s %8s %8s %7d%n",
                    cell,
                    oursRun.accuracy(cell),
                    linguaRun == null ? "-" : linguaRun.accuracy(cell),
                    oursRun.total.getOrDefault(cell, 0L));
        }
        out.printf(
                Locale.ROOT,
                "%-18s %8s %8s %7d%n",
                "all",
                oursRun.accuracy("all"),
                linguaRun == null ? "-" : linguaRun.accuracy("all"),
                items.size());
        out.printf(
                Locale.ROOT,
                "%nper language %%    ours short / sentence / paragraph    lingua short / sentence / paragraph   (top confusions, ours)%n");
        for (String language : new java.util.TreeSet<>(
                items.stream().map(LangIdData.Item::language).toList())) {
            StringBuilder o = new StringBuilder();
            StringBuilder g = new StringBuilder();
            for (String bucket : BUCKETS) {
                o.append(String.format(Locale.ROOT, "%8s", oursRun.accuracy(language + ":" + bucket)));
                g.append(String.format(
                        Locale.ROOT, "%8s", linguaRun == null ? "-" : linguaRun.accuracy(language + ":" + bucket)));
            }
            out.printf(Locale.ROOT, "%-4s %s   %s   %s%n", language, o, g, oursRun.confusions(language));
        }
        if (!dev) {
            out.printf(
                    Locale.ROOT,
                    "%ndocs/s (1 thread)  %10s %10s %7s   per CPU-second: %10s %10s %7s%n",
                    "ours",
                    "lingua",
                    "ratio",
                    "ours",
                    "lingua",
                    "ratio");
            for (String bucket : BUCKETS) {
                double a = oursRun.docsPerSecond(bucket);
                double b = linguaRun == null ? Double.NaN : linguaRun.docsPerSecond(bucket);
                double c = oursRun.docsPerCpuSecond(bucket);
                double d = linguaRun == null ? Double.NaN : linguaRun.docsPerCpuSecond(bucket);
                out.printf(
                        Locale.ROOT,
                        "%-18s %,10.0f %,10.0f %6.1fx                   %,10.0f %,10.0f %6.1fx%n",
                        bucket,
                        a,
                        b,
                        a / b,
                        c,
                        d,
                        c / d);
            }
            if (linguaRun != null) {
                out.printf(
                        Locale.ROOT,
                        "heap MB            %,10d %,10d %6.2fx%n",
                        oursHeap >> 20,
                        linguaHeap >> 20,
                        (double) oursHeap / linguaHeap);
            }
            List<MixedLanguageSet.Doc> docs = MixedLanguageSet.build(items, mixedDocs, seed);
            MixedLanguageSet.Score s = MixedLanguageSet.score(ours, docs);
            out.printf(Locale.ROOT, "%nmixed-language set (%d docs, %d parts, seed %d)%n", s.docs(), s.parts(), seed);
            out.printf(Locale.ROOT, "  part labels right          %6.2f %%%n", 100 * s.labelAccuracy());
            out.printf(Locale.ROOT, "  characters labelled right  %6.2f %%%n", 100 * s.charAccuracy());
            out.printf(
                    Locale.ROOT,
                    "  boundaries within 1 sentence %4.2f %% (%d of %d; exact %d; spurious %d)%n",
                    100 * s.boundaryRecall(),
                    s.boundariesWithinSentence(),
                    s.boundaries(),
                    s.boundariesExact(),
                    s.spuriousBoundaries());
        }
        if (showErrors != null) {
            items.stream()
                    .filter(i -> i.language().equals(showErrors))
                    .filter(i -> !oursFn.apply(i.text()).equals(showErrors))
                    .limit(30)
                    .forEach(i -> out.printf(
                            Locale.ROOT,
                            "  %s %s -> %s  %s%n",
                            i.cell(),
                            i.language(),
                            ours.segment(i.text()),
                            i.text().length() > 300 ? i.text().substring(0, 300) : i.text()));
        }
        calibration(out, ours, items);
        out.flush();
        // keep both detectors reachable until the end so the heap figures describe live objects
        if (lingua != null && ours.languages().isEmpty()) {
            out.println(lingua);
        }
        return 0;
    }

    private NgramLanguageDetector.Settings settings() {
        NgramLanguageDetector.Settings d = NgramLanguageDetector.Settings.DEFAULT;
        return new NgramLanguageDetector.Settings(
                overrides.getOrDefault("backoff", d.backoff()),
                overrides.getOrDefault("floor", d.floor()),
                overrides.getOrDefault("scriptFloor", d.scriptFloor()),
                overrides.getOrDefault("priorScale", d.priorScale()),
                overrides.getOrDefault("temperature", d.temperature()),
                overrides.getOrDefault("switchSentence", d.switchSentence()),
                overrides.getOrDefault("switchParagraph", d.switchParagraph()),
                overrides.getOrDefault("hintBonus", d.hintBonus()),
                overrides.getOrDefault("ruleCost", d.ruleCost()),
                overrides.getOrDefault("averageOrders", d.averageOrders() ? 1.0 : 0.0) > 0);
    }

    /** Confidence deciles: mean confidence against accuracy, and the log loss of the confidences. */
    private static void calibration(PrintWriter out, NgramLanguageDetector ours, List<LangIdData.Item> items) {
        int bins = 10;
        double[] conf = new double[bins];
        long[] right = new long[bins];
        long[] count = new long[bins];
        double logLoss = 0;
        for (LangIdData.Item item : items) {
            DetectedLanguage d = ours.detect(item.text());
            int bin = Math.min(bins - 1, (int) (d.confidence() * bins));
            boolean ok = d.language().equals(item.language());
            conf[bin] += d.confidence();
            right[bin] += ok ? 1 : 0;
            count[bin]++;
            double p = Math.min(1 - 1e-6, Math.max(1e-6, d.confidence()));
            logLoss -= ok ? Math.log(p) : Math.log(1 - p);
        }
        out.printf(
                Locale.ROOT,
                "%nconfidence calibration (ours): bin, items, mean confidence, accuracy; log loss %.4f%n",
                logLoss / items.size());
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                out.printf(
                        Locale.ROOT,
                        "  [%.1f,%.1f) %6d  %.3f  %.3f%n",
                        b / 10.0,
                        (b + 1) / 10.0,
                        count[b],
                        conf[b] / count[b],
                        (double) right[b] / count[b]);
            }
        }
    }

    /** Accuracy and speed of one detector over the items. */
    static final class Run {
        final Map<String, Long> right = new TreeMap<>();
        final Map<String, Long> total = new TreeMap<>();
        final Map<String, Long> nanos = new TreeMap<>();
        final Map<String, Long> cpuNanos = new TreeMap<>();
        final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

        String accuracy(String key) {
            return LangIdData.pct(right.getOrDefault(key, 0L), total.getOrDefault(key, 0L));
        }

        double docsPerSecond(String bucket) {
            return total.getOrDefault("speed:" + bucket, 0L) / (nanos.getOrDefault(bucket, 1L) / 1e9);
        }

        /** Per second of the measuring thread's CPU time: steadier than wall time on a shared machine. */
        double docsPerCpuSecond(String bucket) {
            return total.getOrDefault("speed:" + bucket, 0L) / (cpuNanos.getOrDefault(bucket, 1L) / 1e9);
        }

        String confusions(String language) {
            return confusion.getOrDefault(language, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(4)
                    .map(e -> e.getKey() + ":" + e.getValue())
                    .reduce((a, b) -> a + " " + b)
                    .orElse("");
        }

        void count(LangIdData.Item item, String predicted) {
            boolean ok = item.language().equals(predicted);
            for (String key : List.of(item.cell(), "all", item.language() + ":" + item.bucket())) {
                total.merge(key, 1L, Long::sum);
                right.merge(key, ok ? 1L : 0L, Long::sum);
            }
            if (!ok) {
                confusion.computeIfAbsent(item.language(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            }
        }
    }

    /** A warm-up pass over up to {@code warmup} items, then one timed pass per bucket (which is also scored). */
    static Run run(Function<String, String> detector, List<LangIdData.Item> items, int warmup) {
        List<LangIdData.Item> sample = new ArrayList<>(items);
        java.util.Collections.shuffle(sample, new java.util.Random(1));
        for (LangIdData.Item item : sample.subList(0, Math.min(warmup, sample.size()))) {
            detector.apply(item.text());
        }
        Run run = new Run();
        for (String bucket : BUCKETS) {
            List<LangIdData.Item> inBucket =
                    items.stream().filter(i -> i.bucket().equals(bucket)).toList();
            String[] predicted = new String[inBucket.size()];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = detector.apply(inBucket.get(i).text());
            }
            run.nanos.put(bucket, System.nanoTime() - t0);
            run.cpuNanos.put(bucket, threads.getCurrentThreadCpuTime() - cpu0);
            run.total.put("speed:" + bucket, (long) predicted.length);
            for (int i = 0; i < predicted.length; i++) {
                run.count(inBucket.get(i), predicted[i]);
            }
        }
        return run;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) {
        int code = new CommandLine(new LanguageIdEval()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
