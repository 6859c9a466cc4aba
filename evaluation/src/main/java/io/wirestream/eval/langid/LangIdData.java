package io.wirestream.eval.langid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The shared language-identification test set, and a development set built from the NER corpora (never the test set). */
public final class LangIdData {

    /** Default location of the test set, relative to the working directory or the repository root. */
    public static final String DEFAULT_TEST = "../shared/data/langid/langid_test.tsv";
    /** Default location of the NER corpora the development set is cut from. */
    public static final String DEFAULT_NER = "../shared/data/ner";

    /** One labelled text. */
    public record Item(String language, String bucket, String source, String text) {
        /** The bucket and source, e.g. {@code short/ud}. */
        public String cell() {
            return bucket + "/" + source;
        }
    }

    private LangIdData() {}

    /** A path as given, or else resolved against the repository root (and its parent); null when neither exists. */
    public static Path locate(String requested) {
        Path asGiven = Path.of(requested).toAbsolutePath().normalize();
        if (Files.exists(asGiven)) {
            return asGiven;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path fromRoot = dir.resolve(requested).normalize();
                if (Files.exists(fromRoot)) {
                    return fromRoot;
                }
                Path beside =
                        dir.resolve(requested.replaceFirst("^\\.\\./", "")).normalize();
                return Files.exists(beside) ? beside : null;
            }
        }
        return null;
    }

    /** Reads {@code lang bucket source text} rows. */
    public static List<Item> readTest(Path tsv) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            if (f.length == 4) {
                items.add(new Item(f[0], f[1], f[2], f[3]));
            }
        }
        return items;
    }

    /**
     * Corpora of the development set: language and path under the NER directory, preferring dev splits. Running
     * text only: WikiANN (lists of entity names) is left out, and with it French and Dutch.
     */
    private static final String[][] DEV_CORPORA = {
        {"ar", "ar/anercorp/train.conll"},
        {"az", "az/az-ner-mnahmadov/train.conll"},
        {"de", "de/germeval2014/dev.conll"},
        {"en", "en/conll2003/dev.conll"},
        {"es", "es/conll2002/dev.conll"},
        {"fa", "fa/peyma/dev.conll"},
        {"he", "he/nemo/dev.conll"},
        {"id", "id/nergrit/dev.conll"},
        {"pt", "pt/lener-br/dev.conll"},
        {"ru", "ru/factrueval2016/dev.conll"},
        {"tr", "tr/turkish-wiki-ner/dev.conll"},
        {"ur", "ur/ijcnlp08-ssea/train.conll"},
        {"zh", "zh/msra/dev.conll"}
    };

    /**
     * A development set with the test set's buckets ({@code short} up to 60 characters, {@code sentence}),
     * sentences rebuilt from the NER corpora's tokens; {@code perLanguage} of each bucket, seeded.
     */
    public static List<Item> readDev(Path nerDir, int perLanguage, long seed) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String[] corpus : DEV_CORPORA) {
            Path file = nerDir.resolve(corpus[1]);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String language = corpus[0];
            boolean noSpaces = language.equals("zh");
            List<String> sentences = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    if (sb.length() > 0) {
                        sentences.add(sb.toString());
                        sb.setLength(0);
                    }
                    continue;
                }
                String token = line.split("\t", 2)[0];
                boolean attach = noSpaces || token.matches("[.,;:!?)\\]»%،؛؟]+");
                if (sb.length() > 0 && !attach) {
                    sb.append(' ');
                }
                sb.append(token);
            }
            if (sb.length() > 0) {
                sentences.add(sb.toString());
            }
            java.util.Collections.shuffle(sentences, new Random(seed ^ language.hashCode()));
            int shortCount = 0;
            int sentenceCount = 0;
            for (String s : sentences) {
                if (s.codePoints().filter(Character::isLetter).count() < 8) {
                    continue;
                }
                if (s.length() > 60 && s.length() <= 300 && sentenceCount < perLanguage) {
                    items.add(new Item(language, "sentence", "dev", s));
                    sentenceCount++;
                } else if (shortCount < perLanguage) {
                    String cut = s.length() <= 60 ? s : s.substring(0, Math.max(s.lastIndexOf(' ', 60), 20));
                    items.add(new Item(language, "short", "dev", cut.strip()));
                    shortCount++;
                }
            }
        }
        return items;
    }

    static String pct(long right, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.2f", 100.0 * right / total);
    }
}
