package io.wirestream.eval.ner;

import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.entity.GazetteerTagger;
import io.wirestream.enrichment.ner.NerModel;
import io.wirestream.enrichment.ner.NerTagger;
import io.wirestream.enrichment.ner.NerTrainer;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the bundled entity models from the public corpora and writes {@code <lang>.bin} and its model card
 * {@code <lang>.md} into the enrichment module's resources. Deterministic: re-running reproduces the model
 * files byte for byte. Test splits are only scored, for the model card.
 *
 * <pre>./mvnw -q -B -o -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.ner.TrainNer -Dexec.args="--lang all"</pre>
 */
@Command(
        name = "train-ner",
        mixinStandardHelpOptions = true,
        description = "Trains NER models from ../shared/data/ner and writes them with model cards.")
public final class TrainNer implements Callable<Integer> {

    /** Cross-validation folds that give the second pass its training input (two-pass languages). */
    static final int FOLDS = 5;

    static final String DEFAULT_OUT = "enrichment/src/main/resources/io/wirestream/enrichment/ner";

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "A language code, or 'all'.")
    private String lang;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = NerCorpora.DEFAULT_DATA,
            description = "Data root with ner/ and names/. Default: ${DEFAULT-VALUE}")
    private String data;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = DEFAULT_OUT,
            description = "Where models and cards go (relative to the repository root). Default: ${DEFAULT-VALUE}")
    private String out;

    @Option(
            names = "--holdout",
            paramLabel = "FILE",
            description =
                    "Development run: leave this training file (e.g. conll2003/dev.conll) out, score on it, write nothing.")
    private String holdout;

    @Option(
            names = "--holdout-last",
            paramLabel = "N",
            description = "Development run: leave the last N training sentences out, score on them, write nothing.")
    private Integer holdoutLast;

    @Option(
            names = "--cv",
            paramLabel = "K",
            description =
                    "Development run: K-fold cross-validation over the training documents (contiguous folds), pooled scores, write nothing.")
    private Integer cv;

    @Option(names = "--extra-train", paramLabel = "FILE", description = "Development run: also train on this file.")
    private List<String> extraTrain = new ArrayList<>();

    @Option(names = "--cost", paramLabel = "C", description = "Override the loss-augmented training cost.")
    private Float cost;

    @Option(
            names = "--show-errors",
            paramLabel = "N",
            defaultValue = "0",
            description = "Development run: print N missed spans (with --cv: N missed or spurious spans per fold).")
    private int showErrors;

    @Option(names = "--epochs", paramLabel = "N", description = "Override the number of perceptron epochs.")
    private Integer epochs;

    @Option(
            names = "--prune",
            paramLabel = "Q",
            description = "Override the pruning threshold (quantized weight units).")
    private Integer prune;

    @Option(
            names = "--folds",
            paramLabel = "K",
            description = "Override the cross-validation folds of the second pass (0: one pass).")
    private Integer folds;

    @Option(
            names = "--clusters",
            paramLabel = "FINE,COARSE",
            split = ",",
            description = "Development run: override the fine and coarse cluster counts.")
    private int[] clusters;

    @Option(
            names = "--ensemble",
            paramLabel = "N",
            description = "Override the number of perceptrons averaged per pass.")
    private Integer ensemble;

    @Option(names = "--bilou", negatable = true, description = "BILOU instead of BIO labels (default: per language).")
    private Boolean bilou;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Path root = NerCorpora.locate(data);
        if (root == null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "no NER data at %s%n", data);
            return 2;
        }
        List<String> languages = lang.equals("all") ? NerTagger.LANGUAGES : List.of(lang);
        for (String l : languages) {
            if (!NerCorpora.SPECS.containsKey(l)) {
                spec.commandLine().getErr().printf(Locale.ROOT, "no training data for %s%n", l);
                return 2;
            }
        }
        Path outDir = repositoryRoot().resolve(out);
        for (String l : languages) {
            trainOne(root, l, outDir, log);
        }
        return 0;
    }

    static NerTrainer.Config config(String lang) {
        NerTrainer.Config c = NerTrainer.Config.defaults(lang);
        return switch (lang) {
            // five perceptrons' averaged weights leave many small rows: pruning below 300 of 32,767 quantized units
            // keeps about as many rows as one perceptron did, so tagging is as fast (cross-validated F1 unchanged)
            case "ar" ->
                c.withBilou(true).withCost(2f).withFolds(FOLDS).withEnsemble(5).withPrune(300);
            case "en" -> c.withBilou(true).withFolds(FOLDS);
            case "es" -> c.withBilou(true);
            default -> c;
        };
    }

    private void trainOne(Path root, String l, Path outDir, PrintWriter log) throws IOException {
        NerCorpora.Spec s = NerCorpora.SPECS.get(l);
        Path ner = root.resolve("ner");
        List<String> trainFiles = new ArrayList<>(s.train());
        trainFiles.remove(holdout);
        List<List<TaggedSentence>> documents = new ArrayList<>(NerCorpora.readAllDocuments(ner, l, trainFiles));
        List<List<TaggedSentence>> heldOut = null;
        if (holdoutLast != null) {
            int from = documents.size();
            for (int n = 0; n < holdoutLast && from > 0; ) {
                n += documents.get(--from).size();
            }
            heldOut = new ArrayList<>(documents.subList(from, documents.size()));
            documents = new ArrayList<>(documents.subList(0, from));
        }
        List<List<TaggedSentence>> extra = NerCorpora.readAllDocuments(ner, l, extraTrain);
        if (cv != null) {
            crossValidate(root, l, documents, extra, unlabeled(ner, l, s), log);
            return;
        }
        documents.addAll(extra);
        List<TaggedSentence> train = NerEvaluation.flatten(documents);
        List<List<String>> unlabeled = unlabeled(ner, l, s);
        NerTrainer.Config config = config(l, config(l));
        log.printf(
                Locale.ROOT,
                "%s: %,d training sentences, %,d unlabeled; %s%n",
                l,
                train.size(),
                unlabeled.size(),
                config);
        log.flush();
        long t0 = System.nanoTime();
        NerModel model = new NerTrainer(config, log).trainDocuments(documents, unlabeled, NameLists.flags(root, l));
        finish(root, l, s, ner, outDir, documents, heldOut, train, unlabeled.size(), config, model, t0, log);
    }

    private static List<List<String>> unlabeled(Path ner, String l, NerCorpora.Spec s) {
        List<List<String>> unlabeled = new ArrayList<>();
        for (TaggedSentence t : NerCorpora.readAll(ner, l, s.unlabeled())) {
            unlabeled.add(t.tokens());
        }
        return unlabeled;
    }

    /** Each of {@code --cv} contiguous folds of the documents scored by a model trained on the others (plus extra). */
    private void crossValidate(
            Path root,
            String l,
            List<List<TaggedSentence>> documents,
            List<List<TaggedSentence>> extra,
            List<List<String>> unlabeled,
            PrintWriter log) {
        double[] biases = {-0.5, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3};
        SpanScore[] pooled = new SpanScore[biases.length];
        for (int b = 0; b < biases.length; b++) {
            pooled[b] = new SpanScore();
        }
        // per type: that type's labels raised by a bias (in confidence units), the others unchanged
        double[] typeBiases = {-0.5, 0.25, 0.5, 1, 1.5, 2};
        Map<String, SpanScore[]> typePooled = new TreeMap<>();
        NerTrainer.Config config = config(l, config(l));
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        for (int fold = 0; fold < cv; fold++) {
            List<List<TaggedSentence>> in = new ArrayList<>();
            List<List<TaggedSentence>> out = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                ((long) d * cv / documents.size() == fold ? out : in).add(documents.get(d));
            }
            in.addAll(extra);
            NerModel model = new NerTrainer(config, quiet).trainDocuments(in, unlabeled, NameLists.flags(root, l));
            SpanScore score = NerEvaluation.goldTokens(model, out);
            log.printf(Locale.ROOT, "  fold %d: %s%n", fold + 1, score.overall().format());
            if (showErrors > 0) {
                printErrors(model, out, log);
            }
            log.flush();
            for (int b = 0; b < biases.length; b++) {
                pooled[b].addAll(
                        biases[b] == 0 ? score : NerEvaluation.goldTokens(model.withOutsideBias(biases[b]), out));
            }
            for (String type : model.types()) {
                SpanScore[] p = typePooled.computeIfAbsent(type, t -> {
                    SpanScore[] a = new SpanScore[typeBiases.length];
                    for (int b = 0; b < a.length; b++) {
                        a[b] = new SpanScore();
                    }
                    return a;
                });
                for (int b = 0; b < typeBiases.length; b++) {
                    p[b].addAll(NerEvaluation.goldTokens(model.withTypeBias(Map.of(type, typeBiases[b])), out));
                }
            }
        }
        log.printf(Locale.ROOT, "%s: %s%n", l, config);
        for (int b = 0; b < biases.length; b++) {
            printScore(
                    log,
                    String.format(Locale.ROOT, "%s cross-validated (%d folds), outside bias %.2f", l, cv, biases[b]),
                    pooled[b]);
        }
        for (Map.Entry<String, SpanScore[]> e : typePooled.entrySet()) {
            for (int b = 0; b < typeBiases.length; b++) {
                SpanScore p = e.getValue()[b];
                log.printf(
                        Locale.ROOT,
                        "  %s bias %5.2f: %s | %s %s%n",
                        e.getKey(),
                        typeBiases[b],
                        p.overall().format(),
                        e.getKey(),
                        p.of(e.getKey()).format());
            }
        }
        log.flush();
    }

    /** Up to {@code --show-errors} missed and spurious spans of the documents, tagged document by document. */
    private void printErrors(NerModel model, List<List<TaggedSentence>> documents, PrintWriter log) {
        int shown = 0;
        for (List<TaggedSentence> document : documents) {
            List<List<NerModel.Mention>> tagged = model.tagDocument(
                    document.stream().map(TaggedSentence::tokens).toList());
            for (int k = 0; k < document.size() && shown < showErrors; k++) {
                List<String> tokens = document.get(k).tokens();
                List<SpanScore.Span> g = NerEvaluation.spans(document.get(k).tags());
                List<SpanScore.Span> p = new ArrayList<>();
                for (NerModel.Mention m : tagged.get(k)) {
                    p.add(new SpanScore.Span(m.start(), m.end(), m.typeCode()));
                }
                shown += showUnmatched(log, "missed", "pred", tokens, g, p);
                shown += showUnmatched(log, "extra", "gold", tokens, p, g);
            }
        }
    }

    private static String text(List<String> tokens, SpanScore.Span x) {
        return String.join(" ", tokens.subList(x.start(), x.end()));
    }

    /** Prints the spans of {@code these} that {@code others} lacks, with what {@code others} has there; returns how many. */
    private static int showUnmatched(
            PrintWriter log,
            String what,
            String otherName,
            List<String> tokens,
            List<SpanScore.Span> these,
            List<SpanScore.Span> others) {
        int shown = 0;
        for (SpanScore.Span span : these) {
            if (!others.contains(span)) {
                shown++;
                log.printf(
                        Locale.ROOT,
                        "  %s %s [%s] %s=%s | %s%n",
                        what,
                        span.type(),
                        text(tokens, span),
                        otherName,
                        overlapping(tokens, span, others),
                        context(tokens, span));
            }
        }
        return shown;
    }

    private static List<String> overlapping(List<String> tokens, SpanScore.Span x, List<SpanScore.Span> others) {
        return others.stream()
                .filter(y -> y.end() > x.start() && y.start() < x.end())
                .map(y -> y.type() + ":" + text(tokens, y))
                .toList();
    }

    private static String context(List<String> tokens, SpanScore.Span x) {
        return String.join(" ", tokens.subList(Math.max(0, x.start() - 4), Math.min(tokens.size(), x.end() + 3)));
    }

    private NerTrainer.Config config(String l, NerTrainer.Config base) {
        NerTrainer.Config config = base;
        if (epochs != null) {
            config = config.withEpochs(epochs);
        }
        if (bilou != null) {
            config = config.withBilou(bilou);
        }
        if (cost != null) {
            config = config.withCost(cost);
        }
        if (prune != null) {
            config = config.withPrune(prune);
        }
        if (folds != null) {
            config = config.withFolds(folds);
        }
        if (ensemble != null) {
            config = config.withEnsemble(ensemble);
        }
        if (clusters != null) {
            config = config.withClusters(clusters[0], clusters[1], config.clusterPasses());
        }
        return config;
    }

    private void finish(
            Path root,
            String l,
            NerCorpora.Spec s,
            Path ner,
            Path outDir,
            List<List<TaggedSentence>> documents,
            List<List<TaggedSentence>> heldOut,
            List<TaggedSentence> train,
            int unlabeledSize,
            NerTrainer.Config config,
            NerModel model,
            long t0,
            PrintWriter log)
            throws IOException {
        double seconds = (System.nanoTime() - t0) / 1e9;
        log.printf(Locale.ROOT, "%s: trained in %.1f s%n", l, seconds);
        if (holdout != null || heldOut != null) {
            List<List<TaggedSentence>> dev =
                    heldOut != null ? heldOut : NerCorpora.readAllDocuments(ner, l, List.of(holdout));
            SpanScore score = NerEvaluation.goldTokens(model, dev);
            printScore(log, l + " held out", score);
            if (model.twoPass()) {
                printScore(
                        log,
                        l + " held out, sentence by sentence",
                        NerEvaluation.sentenceBySentence(model, NerEvaluation.flatten(dev)));
            }
            if (showErrors > 0) {
                int shown = 0;
                for (TaggedSentence t : NerEvaluation.flatten(dev)) {
                    List<SpanScore.Span> g = NerEvaluation.spans(t.tags());
                    List<SpanScore.Span> p = NerEvaluation.spans(model.tagNames(t.tokens()));
                    for (SpanScore.Span x : g) {
                        if (!p.contains(x) && shown++ < showErrors) {
                            log.printf(
                                    Locale.ROOT,
                                    "  missed %s [%s] pred=%s | %s%n",
                                    x.type(),
                                    String.join(" ", t.tokens().subList(x.start(), x.end())),
                                    p.stream()
                                            .filter(y -> y.end() > x.start() && y.start() < x.end())
                                            .map(y -> y.type() + ":"
                                                    + String.join(
                                                            " ", t.tokens().subList(y.start(), y.end())))
                                            .toList(),
                                    String.join(
                                            " ",
                                            t.tokens()
                                                    .subList(
                                                            Math.max(0, x.start() - 4),
                                                            Math.min(t.tokens().size(), x.end() + 3))));
                        }
                    }
                }
            }
            log.flush();
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        Files.createDirectories(outDir);
        Files.write(outDir.resolve(l + ".bin"), bytes.toByteArray());
        String card =
                ModelCard.write(l, s, config, model, bytes.size(), train, unlabeledSize, scores(ner, l, s, model, log));
        Files.writeString(outDir.resolve(l + ".md"), card, StandardCharsets.UTF_8);
        log.printf(
                Locale.ROOT,
                "%s: wrote %s (%,d bytes) and its model card%n",
                l,
                outDir.resolve(l + ".bin"),
                bytes.size());
        log.flush();
    }

    private static List<ModelCard.TestScore> scores(
            Path ner, String l, NerCorpora.Spec s, NerModel model, PrintWriter log) {
        EntityTagger real = NerTagger.of(Map.of(l, model));
        GazetteerTagger gazetteer = GazetteerTagger.loadDefault();
        List<ModelCard.TestScore> out = new ArrayList<>();
        for (String test : s.test()) {
            List<List<TaggedSentence>> sentences = NerCorpora.readAllDocuments(ner, l, List.of(test));
            if (sentences.isEmpty()) {
                continue;
            }
            SpanScore gold = NerEvaluation.goldTokens(model, sentences);
            SpanScore realScore = NerEvaluation.realText(real, l, sentences);
            SpanScore gaz = NerEvaluation.realText(gazetteer, l, sentences);
            printScore(log, l + " " + test, gold);
            double sentence = NerEvaluation.sentenceBySentence(model, NerEvaluation.flatten(sentences))
                    .overall()
                    .f1();
            out.add(new ModelCard.TestScore(
                    test,
                    gold,
                    sentence,
                    realScore.overall().f1(),
                    gaz.overall().f1()));
        }
        return out;
    }

    static void printScore(PrintWriter log, String what, SpanScore score) {
        log.printf(Locale.ROOT, "  %-40s %s%n", what, score.overall().format());
        for (String type : score.types()) {
            log.printf(Locale.ROOT, "    %-6s %s%n", type, score.of(type).format());
        }
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainNer()).execute(args));
    }
}
