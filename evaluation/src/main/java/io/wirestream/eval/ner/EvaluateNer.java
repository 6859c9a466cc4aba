package io.wirestream.eval.ner;

import io.wirestream.enrichment.entity.GazetteerTagger;
import io.wirestream.enrichment.ner.NerModel;
import io.wirestream.enrichment.ner.NerTagger;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * conlleval-style exact-span evaluation of the bundled entity models: one CoNLL file on gold tokens or through
 * the real tokenizer, or ({@code --all}) every language's test splits in one table with a gazetteer-only
 * baseline, single-thread tagging speed and the heap of all models together.
 *
 * <pre>./mvnw -q -B -o -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.ner.EvaluateNer -Dexec.args="--all"</pre>
 */
@Command(
        name = "evaluate-ner",
        mixinStandardHelpOptions = true,
        description = "Scores the bundled NER models (P/R/F1 overall and per type).")
public final class EvaluateNer implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", paramLabel = "CONLL", description = "A CoNLL file (token TAB tag) to score.")
    private Path file;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of --file.")
    private String lang;

    @Option(
            names = "--real-tokenizer",
            description = "Rebuild raw text from the tokens, tokenize and tag it, score by character offsets.")
    private boolean realTokenizer;

    @Option(names = "--gazetteer", description = "Score GazetteerTagger.loadDefault() instead of the model (raw text).")
    private boolean gazetteer;

    @Option(names = "--all", description = "Every language's test splits in one table.")
    private boolean all;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = NerCorpora.DEFAULT_DATA,
            description = "Data root with ner/ (for --all). Default: ${DEFAULT-VALUE}")
    private String data;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Untimed passes before timing.")
    private int warmup;

    @Option(names = "--languages", split = ",", paramLabel = "LANG", description = "Restrict --all to these languages.")
    private List<String> languages;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (all) {
            return all(out);
        }
        if (file == null || lang == null) {
            spec.commandLine().getErr().println("give --file and --lang, or --all");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().printf(Locale.ROOT, "no such file: %s%n", file);
            return 2;
        }
        List<List<TaggedSentence>> sentences = NerCorpora.readDocuments(file);
        SpanScore score;
        if (gazetteer) {
            score = NerEvaluation.realText(GazetteerTagger.loadDefault(), lang, sentences);
        } else {
            NerTagger tagger = NerTagger.load(List.of(lang));
            NerModel model = tagger.model(lang);
            if (model == null) {
                spec.commandLine().getErr().printf(Locale.ROOT, "no model for %s%n", lang);
                return 2;
            }
            score = realTokenizer
                    ? NerEvaluation.realText(tagger, lang, sentences)
                    : NerEvaluation.goldTokens(model, sentences);
        }
        out.printf(
                Locale.ROOT,
                "%s (%s, %s)%n",
                file,
                lang,
                gazetteer ? "gazetteer, raw text" : realTokenizer ? "real tokenizer" : "gold tokens");
        TrainNer.printScore(out, "all types", score);
        out.flush();
        return 0;
    }

    private int all(PrintWriter out) {
        Path root = NerCorpora.locate(data);
        if (root == null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "no NER data at %s%n", data);
            return 2;
        }
        long before = usedHeap();
        NerTagger tagger = NerTagger.loadDefault();
        long heap = usedHeap() - before;
        GazetteerTagger gaz = GazetteerTagger.loadDefault();
        out.printf(
                Locale.ROOT,
                "%-4s %-32s %7s %7s %7s %8s %8s %8s %10s %10s%n",
                "lang",
                "test",
                "P",
                "R",
                "F1",
                "F1 sent",
                "F1 real",
                "F1 gaz",
                "tok/s",
                "tok/s raw");
        for (String l : NerTagger.LANGUAGES) {
            NerCorpora.Spec s = NerCorpora.SPECS.get(l);
            NerModel model = tagger.model(l);
            if (s == null || model == null || languages != null && !languages.contains(l)) {
                continue;
            }
            for (String test : s.test()) {
                List<List<TaggedSentence>> documents =
                        NerCorpora.readAllDocuments(root.resolve("ner"), l, List.of(test));
                if (documents.isEmpty()) {
                    continue;
                }
                SpanScore.Prf gold = NerEvaluation.goldTokens(model, documents).overall();
                double sentence = NerEvaluation.sentenceBySentence(model, NerEvaluation.flatten(documents))
                        .overall()
                        .f1();
                double real =
                        NerEvaluation.realText(tagger, l, documents).overall().f1();
                double g = NerEvaluation.realText(gaz, l, documents).overall().f1();
                double speed = NerEvaluation.tokensPerSecond(model, documents, warmup);
                double raw = NerEvaluation.rawTokensPerSecond(tagger, l, documents, warmup);
                out.printf(
                        Locale.ROOT,
                        "%-4s %-32s %7.4f %7.4f %7.4f %8.4f %8.4f %8.4f %,10.0f %,10.0f%n",
                        l,
                        test,
                        gold.precision(),
                        gold.recall(),
                        gold.f1(),
                        sentence,
                        real,
                        g,
                        speed,
                        raw);
                out.flush();
            }
        }
        out.printf(
                Locale.ROOT,
                "heap of all %d models: %.1f MB (measured), %.1f MB (estimated from arrays)%n",
                tagger.languages().size(),
                heap / 1e6,
                tagger.languages().stream()
                                .mapToLong(l -> tagger.model(l).heapBytes())
                                .sum()
                        / 1e6);
        out.flush();
        return 0;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateNer()).execute(args));
    }
}
