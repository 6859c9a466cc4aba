package io.wirestream.eval.ner;

import io.wirestream.enrichment.entity.ArabicOrganizationPhrases;
import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.GazetteerTagger;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How the phrases {@link ArabicOrganizationPhrases} finds agree with a corpus's gold entities: exactly an
 * organization, overlapping a gold entity with other bounds, or on untagged text; with examples of the last two
 * to read. Not a score of the rule (the corpora leave many organization names untagged), a measurement of it.
 *
 * <pre>./mvnw -q -B -o -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.ner.EvaluateOrganizationPhrases</pre>
 */
@Command(
        name = "evaluate-organization-phrases",
        mixinStandardHelpOptions = true,
        description = "Compares the Arabic organization phrases with a CoNLL corpus's gold entities.")
public final class EvaluateOrganizationPhrases implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--file",
            paramLabel = "FILE",
            defaultValue = "anercorp/train.conll",
            description = "A CoNLL file under the data root's ner/ar/. Default: ${DEFAULT-VALUE}")
    private String file;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = NerCorpora.DEFAULT_DATA,
            description = "Data root with ner/. Default: ${DEFAULT-VALUE}")
    private String data;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "40", description = "Examples printed per kind.")
    private int examples;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path root = NerCorpora.locate(data);
        if (root == null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "no NER data at %s%n", data);
            return 2;
        }
        ArabicOrganizationPhrases phrases = new ArabicOrganizationPhrases(GazetteerTagger.loadDefault());
        int exact = 0;
        int overlap = 0;
        int untagged = 0;
        List<String> overlapExamples = new ArrayList<>();
        List<String> untaggedExamples = new ArrayList<>();
        for (TaggedSentence sentence : NerCorpora.readAll(root.resolve("ner"), "ar", List.of(file))) {
            List<String> tokens = sentence.tokens();
            NerEvaluation.Text text = NerEvaluation.detokenize(tokens, "ar");
            List<SpanScore.Span> gold = NerEvaluation.spans(sentence.tags());
            for (EntityMention m : phrases.tag(text.text(), "ar")) {
                int first = tokenAt(text.starts(), m.start());
                int last = tokenAt(text.starts(), m.end() - 1) + 1;
                if (gold.contains(new SpanScore.Span(first, last, "ORG"))) {
                    exact++;
                    continue;
                }
                List<String> overlapping = new ArrayList<>();
                for (SpanScore.Span g : gold) {
                    if (g.start() < last && first < g.end()) {
                        overlapping.add(g.type() + ":" + String.join(" ", tokens.subList(g.start(), g.end())));
                    }
                }
                if (overlapping.isEmpty()) {
                    untagged++;
                    if (untaggedExamples.size() < examples) {
                        untaggedExamples.add(m.text());
                    }
                } else {
                    overlap++;
                    if (overlapExamples.size() < examples) {
                        overlapExamples.add(m.text() + "  | gold " + overlapping);
                    }
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "%s: %d phrases; %d exactly a gold organization, %d overlapping a gold entity, %d on untagged text%n",
                file,
                exact + overlap + untagged,
                exact,
                overlap,
                untagged);
        overlapExamples.forEach(e -> out.println("  overlap   " + e));
        untaggedExamples.forEach(e -> out.println("  untagged  " + e));
        out.flush();
        return 0;
    }

    /** The token containing character {@code offset}. */
    private static int tokenAt(int[] starts, int offset) {
        int t = 0;
        while (t + 1 < starts.length && starts[t + 1] <= offset) {
            t++;
        }
        return t;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateOrganizationPhrases()).execute(args));
    }
}
