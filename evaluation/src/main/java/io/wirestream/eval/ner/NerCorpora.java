package io.wirestream.eval.ner;

import io.wirestream.enrichment.ner.TaggedSentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each language's NER data lives under {@code ../shared/data/ner} and what each file is used for:
 * {@code train} files are labeled training data, {@code unlabeled} files only contribute text to word clusters
 * and statistics, {@code test} files are only ever scored. No test file is read for training, clusters or
 * statistics. Also reads CoNLL files and maps WNUT-17's types onto PER/LOC/ORG/MISC.
 */
final class NerCorpora {

    static final String DEFAULT_DATA = "../shared/data";

    /** Size of the document blocks of corpora without document boundaries. */
    static final int BLOCK_TOKENS = 500;

    /** A language's files, relative to {@code ner/<lang>/}. */
    record Spec(String language, List<String> train, List<String> unlabeled, List<String> test, String license) {}

    static final Map<String, Spec> SPECS = Map.ofEntries(
            spec(
                    "ar",
                    List.of("anercorp/train.conll"),
                    List.of("aqmar/all.conll"),
                    List.of("anercorp/test.conll"),
                    "ANERcorp (CAMeL release): CC BY-SA 4.0; AQMAR text (clusters only): CC BY-SA 3.0"),
            spec(
                    "en",
                    List.of("conll2003/train.conll", "conll2003/dev.conll"),
                    List.of("wikiann/train.conll", "wikiann/dev.conll", "wnut17/train.conll", "wnut17/dev.conll"),
                    List.of("conll2003/test.conll", "wikiann/test.conll", "wnut17/test.conll"),
                    "CoNLL-2003 (Reuters RCV1 text): research use only; WikiANN: none stated (Wikipedia CC BY-SA); "
                            + "WNUT-17: CC BY 4.0"),
            spec(
                    "de",
                    List.of("wikiann/train.conll", "germeval2014/dev.conll"),
                    List.of("wikiann/dev.conll"),
                    List.of("wikiann/test.conll", "germeval2014/test.conll"),
                    "WikiANN: none stated (Wikipedia CC BY-SA); GermEval 2014: CC BY 4.0"),
            spec(
                    "fr",
                    List.of("wikiann/train.conll"),
                    List.of("wikiann/dev.conll"),
                    List.of("wikiann/test.conll"),
                    "WikiANN: none stated (Wikipedia CC BY-SA)"),
            spec(
                    "nl",
                    List.of("wikiann/train.conll"),
                    List.of("wikiann/dev.conll"),
                    List.of("wikiann/test.conll"),
                    "WikiANN: none stated (Wikipedia CC BY-SA)"),
            spec(
                    "es",
                    List.of("conll2002/train.conll", "conll2002/dev.conll"),
                    List.of(),
                    List.of("conll2002/test.conll"),
                    "CoNLL-2002 (EFE news): research use"),
            spec(
                    "pt",
                    List.of(
                            "wikiann/train.conll",
                            "lener-br/train.conll",
                            "harem-first/all.conll",
                            "harem-mini/all.conll"),
                    List.of("wikiann/dev.conll", "lener-br/dev.conll", "paramopama/all.conll"),
                    List.of("wikiann/test.conll", "lener-br/test.conll"),
                    "WikiANN: none stated; LeNER-Br: research use; HAREM: none stated; Paramopama (text only): research use"),
            spec(
                    "ru",
                    List.of("nerel/train.conll", "factrueval2016/dev.conll"),
                    List.of("nerel/dev.conll"),
                    List.of("nerel/test.conll", "factrueval2016/test.conll"),
                    "NEREL: research dataset, no license file; factRuEval-2016: MIT"),
            spec(
                    "tr",
                    List.of("turkish-wiki-ner/train.conll"),
                    List.of("turkish-wiki-ner/dev.conll"),
                    List.of("turkish-wiki-ner/test.conll"),
                    "Turkish Wiki NER: CC BY-SA 4.0"),
            spec(
                    "fa",
                    List.of("peyma/train.conll", "parstwiner/train.conll", "arman/train.conll"),
                    List.of("peyma/dev.conll", "parstwiner/dev.conll"),
                    List.of("peyma/test.conll", "parstwiner/test.conll", "arman/test.conll"),
                    "PEYMA: research use (repo MIT); ParsTwiNER: MIT; ArmanPersoNERCorpus: academic research only"),
            spec(
                    "he",
                    List.of("nemo/train.conll"),
                    List.of("nemo/dev.conll"),
                    List.of("nemo/test.conll"),
                    "NEMO: none stated (Hebrew treebank text: research)"),
            spec(
                    "az",
                    List.of("az-ner-mnahmadov/train.conll"),
                    List.of("az-ner-mnahmadov/dev.conll"),
                    List.of("az-ner-mnahmadov/test.conll"),
                    "none stated"),
            spec(
                    "zh",
                    List.of(
                            "resume/train.conll",
                            "weibo/train.conll",
                            "msra/dev.conll",
                            "peoples-daily-1998/dev.conll"),
                    List.of("resume/dev.conll", "weibo/dev.conll"),
                    List.of(
                            "resume/test.conll",
                            "weibo/test.conll",
                            "msra/test.conll",
                            "peoples-daily-1998/test.conll"),
                    "Resume: none stated; Weibo: CC BY-SA 3.0; MSRA: none stated; People's Daily 1998: none stated"),
            spec(
                    "id",
                    List.of("nergrit/train.conll", "nerp/train.conll"),
                    List.of(),
                    List.of("nergrit/dev.conll", "nerp/dev.conll"),
                    "NERGrit, NERP (IndoNLU): MIT"),
            spec(
                    "ur",
                    List.of("ijcnlp08-ssea/train.conll"),
                    List.of(),
                    List.of("ijcnlp08-ssea/test.conll"),
                    "IJCNLP-08 SSEA: research use"));

    private static Map.Entry<String, Spec> spec(
            String lang, List<String> train, List<String> unlabeled, List<String> test, String license) {
        return Map.entry(lang, new Spec(lang, train, unlabeled, test, license));
    }

    private NerCorpora() {}

    /** The data root (containing {@code ner/} and {@code names/}), tried as given and from the repository root. */
    static Path locate(String requested) {
        Path asGiven = Path.of(requested).toAbsolutePath().normalize();
        if (Files.isDirectory(asGiven.resolve("ner"))) {
            return asGiven;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path fromRoot = dir.resolve(requested).normalize();
                return Files.isDirectory(fromRoot.resolve("ner")) ? fromRoot : null;
            }
        }
        return null;
    }

    /**
     * Sentences of a file grouped into documents: at {@code -DOCSTART-} lines where the file has them (CoNLL-2003),
     * else blocks of consecutive sentences of at most {@link #BLOCK_TOKENS} tokens (about one news article), so the
     * second pass sees document context as it does for an article at run time.
     */
    static List<List<TaggedSentence>> readDocuments(Path file) {
        List<List<TaggedSentence>> out = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<TaggedSentence> sentences = read(file, starts);
        if (!starts.isEmpty()) {
            starts.add(sentences.size());
            for (int d = 0; d + 1 < starts.size(); d++) {
                if (starts.get(d + 1) > starts.get(d)) {
                    out.add(List.copyOf(sentences.subList(starts.get(d), starts.get(d + 1))));
                }
            }
            if (starts.get(0) > 0) {
                out.add(0, List.copyOf(sentences.subList(0, starts.get(0))));
            }
            return out;
        }
        return blocks(sentences);
    }

    /** Consecutive sentences in blocks of at most {@link #BLOCK_TOKENS} tokens (a longer sentence stands alone). */
    static List<List<TaggedSentence>> blocks(List<TaggedSentence> sentences) {
        List<List<TaggedSentence>> out = new ArrayList<>();
        List<TaggedSentence> block = new ArrayList<>();
        int tokens = 0;
        for (TaggedSentence s : sentences) {
            if (!block.isEmpty() && tokens + s.tokens().size() > BLOCK_TOKENS) {
                out.add(List.copyOf(block));
                block.clear();
                tokens = 0;
            }
            block.add(s);
            tokens += s.tokens().size();
        }
        if (!block.isEmpty()) {
            out.add(List.copyOf(block));
        }
        return out;
    }

    static List<List<TaggedSentence>> readAllDocuments(Path nerRoot, String lang, List<String> files) {
        List<List<TaggedSentence>> out = new ArrayList<>();
        for (String f : files) {
            Path p = nerRoot.resolve(lang).resolve(f);
            if (Files.isRegularFile(p)) {
                out.addAll(readDocuments(p));
            }
        }
        return out;
    }

    static List<TaggedSentence> read(Path file) {
        return read(file, new ArrayList<>());
    }

    /** The sentences of a file; {@code docStarts} receives the index of the first sentence after each {@code -DOCSTART-}. */
    private static List<TaggedSentence> read(Path file, List<Integer> docStarts) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TaggedSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replace("\uFEFF", "");
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new TaggedSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            if (line.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(new TaggedSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                docStarts.add(out.size());
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue; // a token that is itself whitespace-only
            }
            String token = line.substring(0, line.indexOf('\t')).strip();
            if (token.isEmpty()) {
                continue;
            }
            tokens.add(token);
            tags.add(mapTag(line.substring(tab + 1).strip()));
        }
        if (!tokens.isEmpty()) {
            out.add(new TaggedSentence(tokens, tags));
        }
        return out;
    }

    /** WNUT-17 types onto CoNLL's: person, location, corporation/group, product/creative-work. */
    static String mapTag(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = switch (tag.substring(2).toLowerCase(Locale.ROOT)) {
            case "per", "person" -> "PER";
            case "loc", "location" -> "LOC";
            case "org", "corporation", "group" -> "ORG";
            case "misc", "product", "creative-work" -> "MISC";
            default -> null;
        };
        return type == null ? "O" : tag.charAt(0) + "-" + type;
    }

    static List<TaggedSentence> readAll(Path nerRoot, String lang, List<String> files) {
        List<TaggedSentence> out = new ArrayList<>();
        for (String f : files) {
            Path p = nerRoot.resolve(lang).resolve(f);
            if (Files.isRegularFile(p)) {
                out.addAll(read(p));
            }
        }
        return out;
    }
}
