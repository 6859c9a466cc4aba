package io.wirestream.eval.ner;

import io.wirestream.enrichment.ner.NerModel;
import io.wirestream.enrichment.ner.NerTrainer;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Markdown model card written next to each model: data, license obligations, features, scores. Deterministic. */
final class ModelCard {

    private static final Set<String> RESEARCH_ONLY = Set.of("en", "es", "pt", "ru", "fa", "he", "ur", "zh", "az");

    record TestScore(String file, SpanScore gold, double sentenceF1, double realF1, double gazetteerF1) {}

    private ModelCard() {}

    static String write(
            String lang,
            NerCorpora.Spec spec,
            NerTrainer.Config config,
            NerModel model,
            long bytes,
            List<TaggedSentence> train,
            int unlabeledSentences,
            List<TestScore> scores) {
        StringBuilder sb = new StringBuilder();
        long tokens = train.stream().mapToLong(s -> s.tokens().size()).sum();
        sb.append(String.format(Locale.ROOT, "# Entity model `%s`%n%n", lang));
        sb.append("Averaged structured perceptron over hashed features, first-order constrained Viterbi");
        sb.append(model.twoPass() ? ", two passes; trained by\n" : "; trained by\n");
        sb.append(String.format(
                Locale.ROOT,
                "`TrainNer --lang %s` (deterministic: re-running reproduces `%s.bin` byte for byte).%n%n",
                lang,
                lang));
        sb.append("## Data\n");
        sb.append(String.format(
                Locale.ROOT,
                "- Labeled training data (`../shared/data/ner/%s/`): %s — %,d sentences, %,d tokens.%n",
                lang,
                String.join(", ", spec.train()),
                train.size(),
                tokens));
        sb.append(String.format(
                Locale.ROOT,
                "- Unlabeled text for word clusters and statistics (labels unused): %s (%,d sentences) plus the training text.%n",
                spec.unlabeled().isEmpty() ? "none" : String.join(", ", spec.unlabeled()),
                unlabeledSentences));
        sb.append(
                "- Gazetteer features from `../shared/data/names/`: country names (umpirsky/country-list MIT, mledoze/countries ODbL-1.0),\n");
        sb.append("  Wikidata person names and name words (CC0), where the language has them.\n");
        if (lang.equals("ar")) {
            sb.append(
                    "- Gazetteer features from the Arabic names of the project's curated gazetteer (enrichment resources\n");
            sb.append(
                    "  `gazetteer/organizations.tsv`, `gazetteer/places.tsv`; written by the Wirestream team, this repository's license).\n");
        }
        sb.append(String.format(
                Locale.ROOT,
                "- Test splits (scored only, never trained or tuned on): %s.%n%n",
                String.join(", ", spec.test())));
        sb.append("## License obligations\n");
        sb.append("Corpus licenses as their sources state them: ")
                .append(spec.license())
                .append(".\n");
        if (RESEARCH_ONLY.contains(lang)) {
            sb.append(
                    "**Some training data is research-only or has no stated license: this model is for research and\n");
            sb.append("evaluation use; check the sources before any commercial deployment.**\n");
        }
        sb.append(
                "Share-alike sources (CC BY-SA) may make the weights a derivative work under the same license; ODbL\n");
        sb.append("country names require attribution.\n\n");
        sb.append("## Model\n");
        sb.append(String.format(
                Locale.ROOT,
                "- Labels: %s over %s; %d epochs, shuffling seed %d%s.%n",
                config.bilou() ? "BILOU" : "BIO",
                String.join(", ", model.types()),
                config.epochs(),
                config.seed(),
                config.ensemble() > 1
                        ? String.format(
                                Locale.ROOT,
                                "; every pass averages %d perceptrons trained with different shuffling seeds,"
                                        + " each blind to a different share of the features",
                                config.ensemble())
                        : ""));
        sb.append(String.format(
                Locale.ROOT,
                "- %,d weight rows (16-bit), lexicon of %,d words; %,d bytes on disk, about %.1f MB of heap.%n",
                model.featureRows(),
                model.lexiconSize(),
                bytes,
                model.heapBytes() / 1e6));
        sb.append(String.format(
                Locale.ROOT,
                "- Word clusters: exchange algorithm, %d and %d classes, %d passes, words seen at least %d times.%n",
                config.fineClusters(),
                config.coarseClusters(),
                config.clusterPasses(),
                config.minWordCount()));
        sb.append(
                "- Features: word and lowercase form, words and clusters within two tokens, word bigrams and a trigram,\n");
        sb.append(
                "  shapes, prefixes and suffixes up to 4, character trigrams, gazetteer flags (off on words the training\n");
        sb.append("  data shows are usually not names), capitalization ratio in unlabeled text, sentence position");
        sb.append(
                lang.equals("ar")
                        ? ", the\n  word without proclitics و ف ب ل ك ال (stem, stripped prefix, stem affixes, stem cluster), and the\n"
                                + "  word without و ف ب ل ك but with its article (word, clusters, gazetteer flags: والسعودية as السعودية).\n"
                        : lang.equals("he")
                                ? ", and\n  the word without a one-letter prefix (ו ה ב ל מ ש כ).\n"
                                : ".\n");
        if (model.twoPass()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "- Second pass over the document (the article, or in the corpora blocks of consecutive sentences of at%n"
                            + "  most %d tokens): the local features plus the first pass's labels of the token and its neighbours and how%n"
                            + "  the first pass tagged the document's other occurrences of the word%s. Its training input is first-pass%n"
                            + "  output from %d-fold cross-validation over the training documents, so it is as noisy as on new text.%n",
                    NerCorpora.BLOCK_TOKENS,
                    lang.equals("ar") ? " and of the word without proclitics" : "",
                    config.folds()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "- Base forms: %s.%n%n",
                switch (lang) {
                    case "ar" ->
                        "proclitics removed when the stripped word is more frequent in unlabeled text or starts with ال";
                    case "tr", "az" -> "a suffix after an apostrophe dropped (Ankara'da -> Ankara)";
                    default -> "as written (no case-ending rule)";
                }));
        sb.append("## Scores (exact-span micro P/R/F1)\n");
        sb.append("Gold tokens, tagged document by document (blocks of consecutive sentences of at most ")
                .append(NerCorpora.BLOCK_TOKENS)
                .append(
                        " tokens);\n`sentence` = every sentence tagged on its own; `real` = the blocks' raw text rebuilt from the tokens\n");
        sb.append("(a sentence per line), tagged through `NerTokenizer`, scored by character offsets; `gazetteer` =\n");
        sb.append("`GazetteerTagger.loadDefault()` alone on the same raw text.\n\n");
        sb.append("| test | P | R | F1 | PER | LOC | ORG | MISC | F1 sentence | F1 real | F1 gazetteer |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (TestScore s : scores) {
            SpanScore.Prf o = s.gold().overall();
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %s | %s | %s | %s | %.4f | %.4f | %.4f |%n",
                    s.file(),
                    o.precision(),
                    o.recall(),
                    o.f1(),
                    type(s.gold(), "PER"),
                    type(s.gold(), "LOC"),
                    type(s.gold(), "ORG"),
                    type(s.gold(), "MISC"),
                    s.sentenceF1(),
                    s.realF1(),
                    s.gazetteerF1()));
        }
        return sb.toString();
    }

    private static String type(SpanScore score, String type) {
        SpanScore.Prf p = score.of(type);
        return p.gold() == 0 ? "—" : String.format(Locale.ROOT, "%.3f", p.f1());
    }
}
