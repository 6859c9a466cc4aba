package io.wirestream.enrichment.link;

import io.wirestream.enrichment.clean.MatchingKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.zip.GZIPInputStream;

/**
 * Tells whether two single name words written in different scripts are the same name: {@code نتنياهو} and
 * {@code Netanyahu}, {@code Нетаньяху} and {@code Netanyahu}, {@code علييف} and {@code Aliyev}.
 *
 * <p>One model per script paired with Latin (Arabic, Cyrillic, Han, Hebrew), each a memoryless stochastic
 * transducer (Ristad and Yianilos, 1998): a foreign letter writes zero to a few Latin letters, and Latin
 * letters may be inserted alone (the vowels Arabic and Hebrew do not write). Its edit probabilities were
 * learned by expectation-maximization from the Wikidata name-word pairs in {@code ../shared/data/names}
 * (see {@link TransliterationTrainer}); the score of a pair is the log-likelihood ratio of "one name
 * transliterated" against "two unrelated words" (letter unigram models), per letter. Persian letters are
 * read as their nearest Arabic ones (پ as ب, گ as ك) since the training pairs are Arabic.
 *
 * <p>Sharp edges: words, not full names (split names first); two non-Latin scripts are not compared to each
 * other (go through a Latin name); short words (under three letters) carry little evidence and are refused.
 * Immutable and thread-safe.
 */
public final class Transliterator {

    static final String RESOURCE = "/io/wirestream/enrichment/link/transliteration.tsv.gz";

    /** Scripts with a model, and Latin, which every model pairs with. */
    public enum Script {
        LATIN,
        ARABIC,
        CYRILLIC,
        HAN,
        HEBREW,
        OTHER;

        /** The script of a word's first letter. */
        public static Script of(String word) {
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                if (Character.isLetter(cp)) {
                    return switch (Character.UnicodeScript.of(cp)) {
                        case LATIN -> LATIN;
                        case ARABIC -> ARABIC;
                        case CYRILLIC -> CYRILLIC;
                        case HAN -> HAN;
                        case HEBREW -> HEBREW;
                        default -> OTHER;
                    };
                }
                i += Character.charCount(cp);
            }
            return OTHER;
        }
    }

    static final int MAX_INSERT = 2;
    static final int MIN_LETTERS = 3;
    private static final long[] POW27 = {1L, 27L, 729L, 19_683L, 531_441L, 14_348_907L, 387_420_489L};

    /**
     * One script's model.
     *
     * @param maxOut    most Latin letters one foreign letter writes
     * @param ops       edit probabilities by {@link #op} key
     * @param foreign   log probability of each foreign letter under the unrelated-words model
     * @param latin     log probability of each Latin letter under the unrelated-words model
     * @param threshold the per-letter score from which two words are the same name
     */
    record Model(int maxOut, OpTable ops, OpTable foreign, OpTable latin, double threshold) {}

    private final Map<Script, Model> models;
    private final String version;

    Transliterator(Map<Script, Model> models, String version) {
        this.models = new EnumMap<>(models);
        this.version = version;
    }

    /** Loads the bundled models (about 1 MB); call once. */
    public static Transliterator loadDefault() {
        try (InputStream in = Transliterator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("transliteration model missing: " + RESOURCE);
            }
            return read(new GZIPInputStream(in), "transliteration");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the TSV written by {@link TransliterationTrainer#write}. */
    static Transliterator read(InputStream in, String version) throws IOException {
        Map<Script, int[]> maxOut = new EnumMap<>(Script.class);
        Map<Script, OpTable[]> tables = new EnumMap<>(Script.class);
        Map<Script, Double> thresholds = new EnumMap<>(Script.class);
        readRows(in, "transliteration", (script, f) -> {
            OpTable[] t = tables.computeIfAbsent(
                    script, s -> new OpTable[] {new OpTable(4096), new OpTable(64), new OpTable(32)});
            switch (f[1]) {
                case "max" -> maxOut.put(script, new int[] {Integer.parseInt(f[2])});
                case "threshold" -> thresholds.put(script, Double.parseDouble(f[2]));
                case "op" ->
                    t[0].put(
                            op(f[2].isEmpty() ? -1 : f[2].codePointAt(0), latinCode(f[3], 0, f[3].length())),
                            Math.exp(Double.parseDouble(f[4])));
                case "foreign" -> t[1].put(f[2].codePointAt(0), Double.parseDouble(f[3]));
                case "latin" -> t[2].put(f[2].charAt(0), Double.parseDouble(f[3]));
                default -> {
                    return false;
                }
            }
            return true;
        });
        Map<Script, Model> models = new EnumMap<>(Script.class);
        for (Map.Entry<Script, OpTable[]> e : tables.entrySet()) {
            OpTable[] t = e.getValue();
            models.put(
                    e.getKey(),
                    new Model(
                            maxOut.getOrDefault(e.getKey(), new int[] {4})[0],
                            t[0],
                            t[1],
                            t[2],
                            thresholds.getOrDefault(e.getKey(), 0.0)));
        }
        return new Transliterator(models, version);
    }

    /** One row of a model file and its script; false when the row's kind is unknown. */
    interface Row {
        boolean accept(Script script, String[] fields) throws IOException;
    }

    /** Reads a model file's TSV rows ({@code script, kind, values...}; {@code #} comments), passing each on. */
    static void readRows(InputStream in, String what, Row row) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!row.accept(Script.valueOf(f[0]), f)) {
                throw new IOException("unknown " + what + " row: " + line);
            }
        }
    }

    /** The model of one script, or null. */
    Model model(Script script) {
        return models.get(script);
    }

    /** A short description for model-version reports. */
    public String version() {
        return version;
    }

    /**
     * The per-letter log-likelihood ratio that {@code a} and {@code b} are one name, for a Latin word and a
     * word in a script with a model (either order).
     *
     * @return empty when the pair has no model (same script, two non-Latin scripts, too short)
     */
    public OptionalDouble score(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Script sa = Script.of(a);
        Script sb = Script.of(b);
        if (sa == Script.LATIN && sb != Script.LATIN) {
            return score(b, sb, a);
        }
        if (sb == Script.LATIN && sa != Script.LATIN) {
            return score(a, sa, b);
        }
        return OptionalDouble.empty();
    }

    /**
     * Whether two words are the same name: equal {@link #latinKey} when both are Latin, equal
     * {@link MatchingKey} when both share another script, the model's threshold across scripts.
     */
    public boolean sameName(String a, String b) {
        return sameName(word(a), word(b));
    }

    /**
     * A word prepared for {@link #sameName(Word, Word)}: its script and the keys and letters the comparison
     * reads, computed once. Names compared with many words (a knowledge base's) are prepared once at load
     * instead of once per comparison.
     *
     * @param text    the word as given
     * @param script  the script of its first letter
     * @param key     {@link #latinKey} for a Latin word, {@link MatchingKey} for any other
     * @param latin   the Latin letters as the models read them (Latin words), else null
     * @param foreign the foreign letters as its script's model reads them (scripts with a model), else null
     */
    public record Word(String text, Script script, String key, byte[] latin, int[] foreign) {}

    /** Prepares a word for {@link #sameName(Word, Word)}. */
    public Word word(String text) {
        Objects.requireNonNull(text, "text");
        Script script = Script.of(text);
        if (script == Script.LATIN) {
            String key = latinKey(text);
            return new Word(text, script, key, letters(key), null);
        }
        return new Word(
                text,
                script,
                MatchingKey.of(text),
                null,
                models.containsKey(script) ? foreignLetters(text, script) : null);
    }

    /**
     * As {@link #sameName(String, String)} on prepared words: equal keys within a script, the model's
     * threshold between Latin and a script with a model, false otherwise.
     */
    public boolean sameName(Word a, Word b) {
        if (a.script() == b.script()) {
            return a.key().equals(b.key());
        }
        Word foreign;
        Word latin;
        if (a.script() == Script.LATIN) {
            foreign = b;
            latin = a;
        } else if (b.script() == Script.LATIN) {
            foreign = a;
            latin = b;
        } else {
            return false;
        }
        Model model = models.get(foreign.script());
        if (model == null) {
            return false;
        }
        int[] f = foreign.foreign();
        byte[] e = latin.latin();
        if (f.length < (foreign.script() == Script.HAN ? 2 : MIN_LETTERS) || e.length < MIN_LETTERS) {
            return false;
        }
        return score(model, f, e) >= model.threshold();
    }

    private OptionalDouble score(String foreignWord, Script script, String latinWord) {
        Model model = models.get(script);
        if (model == null) {
            return OptionalDouble.empty();
        }
        int[] f = foreignLetters(foreignWord, script);
        byte[] e = latinLetters(latinWord);
        if (f.length < (script == Script.HAN ? 2 : MIN_LETTERS) || e.length < MIN_LETTERS) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(score(model, f, e));
    }

    static double score(Model model, int[] f, byte[] e) {
        double p = forward(f, e, model.ops(), model.maxOut(), null);
        if (!(p > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double nullModel = 0;
        for (int c : f) {
            nullModel += model.foreign().get(c, -12.0);
        }
        for (byte c : e) {
            nullModel += model.latin().get((char) ('a' + c - 1), -12.0);
        }
        return (Math.log(p) - nullModel) / (f.length + e.length);
    }

    /**
     * Total probability of all alignments of {@code f} and {@code e}; fills {@code alpha} when given (for
     * training). Edges: a foreign letter writes 0..maxOut Latin letters; 1..{@link #MAX_INSERT} Latin letters
     * are inserted alone.
     */
    static double forward(int[] f, byte[] e, OpTable ops, int maxOut, double[][] alpha) {
        int n = f.length;
        int m = e.length;
        double[][] a = alpha != null ? alpha : new double[n + 1][m + 1];
        for (double[] row : a) {
            java.util.Arrays.fill(row, 0, m + 1, 0.0);
        }
        a[0][0] = 1.0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double v = a[i][j];
                if (v == 0.0) {
                    continue;
                }
                long code = 0;
                for (int k = 1; k <= MAX_INSERT && j + k <= m; k++) {
                    code += e[j + k - 1] * POW27[k - 1];
                    a[i][j + k] += v * ops.get(op(-1, code), 0.0);
                }
                if (i < n) {
                    int c = f[i];
                    a[i + 1][j] += v * ops.get(op(c, 0), 0.0);
                    code = 0;
                    for (int k = 1; k <= maxOut && j + k <= m; k++) {
                        code += e[j + k - 1] * POW27[k - 1];
                        a[i + 1][j + k] += v * ops.get(op(c, code), 0.0);
                    }
                }
            }
        }
        return a[n][m];
    }

    /** Key of an edit: foreign code point (-1 for none) and the base-27 code of the Latin letters it writes. */
    static long op(int foreign, long latinCode) {
        return ((long) (foreign + 1) << 32) | latinCode;
    }

    static int opForeign(long op) {
        return (int) (op >>> 32) - 1;
    }

    static String opLatin(long op) {
        long code = op & 0xFFFFFFFFL;
        StringBuilder sb = new StringBuilder();
        while (code > 0) {
            sb.append((char) ('a' + (code % 27) - 1));
            code /= 27;
        }
        return sb.toString();
    }

    static long latinCode(String letters, int from, int to) {
        long code = 0;
        for (int k = from; k < to; k++) {
            code += (letters.charAt(k) - 'a' + 1) * POW27[k - from];
        }
        return code;
    }

    static long pow27(int k) {
        return POW27[k];
    }

    /**
     * A Latin word reduced to the letters a-z: case folded, accents removed, ə ı ø æ œ ß ł đ spelled out.
     * Two Latin spellings of one name often meet here ({@code Erdoğan}, {@code Erdogan}).
     */
    public static String latinKey(String word) {
        String key = Normalizer.normalize(MatchingKey.of(word), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case 'ə' -> sb.append('a');
                case 'ı' -> sb.append('i');
                case 'ø' -> sb.append('o');
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'ß' -> sb.append("ss");
                case 'ł' -> sb.append('l');
                case 'đ' -> sb.append('d');
                case 'þ' -> sb.append("th");
                default -> {
                    if (c >= 'a' && c <= 'z') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static byte[] latinLetters(String word) {
        return letters(latinKey(word));
    }

    /** Letters a-z as symbols 1..26. */
    static byte[] letters(String key) {
        byte[] out = new byte[key.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (key.charAt(i) - 'a' + 1);
        }
        return out;
    }

    /** The letters of a foreign word as the model reads them, as code points. */
    static int[] foreignLetters(String word, Script script) {
        String key = MatchingKey.of(word);
        return key.codePoints()
                .map(cp -> switch (cp) {
                    case 'پ' -> 'ب';
                    case 'چ' -> 'ج';
                    case 'ژ' -> 'ز';
                    case 'گ', 'ک' -> 'ك';
                    case 'ڤ' -> 'ف';
                    case '׳', '\'', '\u2019' -> '\'';
                    default -> cp;
                })
                .filter(cp -> Character.isLetter(cp)
                        ? Script.of(new String(Character.toChars(cp))) == script
                        : cp == '\'' && script == Script.HEBREW)
                .toArray();
    }

    /** Lower-cased name of a script for reports. */
    static String label(Script script) {
        return script.name().toLowerCase(Locale.ROOT);
    }
}
