package io.wirestream.enrichment.link;

import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.link.Transliterator.Model;
import io.wirestream.enrichment.link.Transliterator.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Writes a name from Arabic, Cyrillic, Han or Hebrew script in Latin letters, word by word: {@code رشاد نبييف}
 * as {@code Rashad Nabiyev}. It gives people the knowledge base does not know, and no Latin mention in the
 * article names, an English-readable {@code canonicalName}.
 *
 * <p>A word the Wikidata name-word pairs spell in Latin is written as they spell it most often (its
 * {@link Transliterator#latinKey} form, title-cased). Any other word is generated: the best path of the
 * script's {@link Transliterator} edit model (which letters a foreign letter writes, which vowels are inserted)
 * weighed with a {@link LetterModel} of the pairs' Latin words, by beam search. Only the words where generation
 * and the pairs disagree are stored, so the resource stays small. Built by {@link BuildKnowledgeBase}, which
 * prints the held-out accuracy.
 *
 * <p>A romanization is a reading aid, not an identity: it is never used to link. Immutable and thread-safe.
 */
public final class Romanizer {

    static final String RESOURCE = "/io/wirestream/enrichment/link/romanization.tsv.gz";

    /** Hypotheses kept per foreign letter. */
    static final int BEAM = 8;

    /** Edits tried per foreign letter, and insertions tried per position. */
    static final int MAX_EDITS = 6;

    /** Edits below this probability are not tried. */
    static final double MIN_EDIT_PROBABILITY = 1e-5;

    /** One script's generation model and the words the pairs spell otherwise. */
    record Table(Edits edits, LetterModel letters, double letterWeight, double letterBonus, Spellings spelled) {}

    /** The edits of one script's transducer, indexed by foreign letter; Latin as symbols 1..26. */
    record Edits(Map<Integer, List<Edit>> byLetter, List<Edit> insertions) {

        static Edits of(Model model) {
            Map<Integer, List<Edit>> byLetter = new HashMap<>();
            List<Edit> insertions = new ArrayList<>();
            long[] keys = model.ops().keys();
            Arrays.sort(keys);
            for (long op : keys) {
                double p = model.ops().get(op, 0.0);
                if (p < MIN_EDIT_PROBABILITY) {
                    continue;
                }
                int foreign = Transliterator.opForeign(op);
                Edit edit = new Edit(Transliterator.letters(Transliterator.opLatin(op)), Math.log(p));
                if (foreign < 0) {
                    insertions.add(edit);
                } else {
                    byLetter.computeIfAbsent(foreign, k -> new ArrayList<>()).add(edit);
                }
            }
            Map<Integer, List<Edit>> kept = new HashMap<>();
            byLetter.forEach((letter, edits) -> kept.put(letter, best(edits)));
            return new Edits(Map.copyOf(kept), best(insertions));
        }

        /** The {@link #MAX_EDITS} likeliest edits, likeliest first. */
        private static List<Edit> best(List<Edit> edits) {
            List<Edit> sorted = new ArrayList<>(edits);
            sorted.sort((x, y) -> x.logProbability() != y.logProbability()
                    ? Double.compare(y.logProbability(), x.logProbability())
                    : Arrays.compare(x.latin(), y.latin()));
            return List.copyOf(sorted.subList(0, Math.min(MAX_EDITS, sorted.size())));
        }
    }

    /** One edit: the Latin symbols it writes and its log probability. */
    record Edit(byte[] latin, double logProbability) {}

    private final Map<Script, Table> tables;

    Romanizer(Map<Script, Table> tables) {
        this.tables = new EnumMap<>(tables);
    }

    /** Loads the bundled tables with the bundled transliteration models; call once. */
    public static Romanizer loadDefault(Transliterator transliterator) {
        try (InputStream in = Romanizer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("romanization tables missing: " + RESOURCE);
            }
            return read(new GZIPInputStream(in), transliterator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the TSV written by {@link RomanizerTrainer#write}. */
    static Romanizer read(InputStream in, Transliterator transliterator) throws IOException {
        Map<Script, int[]> counts = new EnumMap<>(Script.class);
        Map<Script, Double> weights = new EnumMap<>(Script.class);
        Map<Script, Double> bonuses = new EnumMap<>(Script.class);
        Map<Script, Map<String, String>> spelled = new EnumMap<>(Script.class);
        Transliterator.readRows(in, "romanization", (script, f) -> {
            switch (f[1]) {
                case "weight" -> weights.put(script, Double.parseDouble(f[2]));
                case "bonus" -> bonuses.put(script, Double.parseDouble(f[2]));
                case "count" ->
                    counts.computeIfAbsent(script, s -> new int[LetterModel.CONTEXTS * LetterModel.SYMBOLS])[
                                    Integer.parseInt(f[2])] =
                            Integer.parseInt(f[3]);
                case "word" ->
                    spelled.computeIfAbsent(script, s -> new HashMap<>()).put(f[2], f[3]);
                default -> {
                    return false;
                }
            }
            return true;
        });
        Map<Script, Table> tables = new EnumMap<>(Script.class);
        for (Map.Entry<Script, int[]> e : counts.entrySet()) {
            Model model = transliterator.model(e.getKey());
            if (model == null) {
                throw new IOException("no transliteration model for " + e.getKey());
            }
            tables.put(
                    e.getKey(),
                    new Table(
                            Edits.of(model),
                            new LetterModel(e.getValue()),
                            weights.getOrDefault(e.getKey(), 1.0),
                            bonuses.getOrDefault(e.getKey(), 0.0),
                            Spellings.of(spelled.getOrDefault(e.getKey(), Map.of()))));
        }
        return new Romanizer(tables);
    }

    /**
     * The name in Latin letters, word by word, each title-cased; Latin words stay as written.
     *
     * @return empty when a word is in a script without a model, or the name has no letters
     */
    public Optional<String> romanize(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("[\\s\\-‐]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Script script = Script.of(word);
            String latin;
            if (script == Script.LATIN) {
                latin = word;
            } else {
                Table table = tables.get(script);
                if (table == null) {
                    return Optional.empty();
                }
                String key = table.spelled().get(MatchingKey.of(word));
                if (key == null) {
                    key = generate(table, Transliterator.foreignLetters(word, script));
                }
                if (key.isEmpty()) {
                    continue;
                }
                latin = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(latin);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /** The scripts with tables. */
    public List<Script> scripts() {
        return List.copyOf(tables.keySet());
    }

    /** A partial romanization: the Latin symbols so far, the letter-model context and the score. */
    private record Hypothesis(byte[] latin, int context, double score) {

        Hypothesis extend(Edit edit, LetterModel letters, double weight, double bonus) {
            byte[] symbols = edit.latin();
            byte[] out = Arrays.copyOf(latin, latin.length + symbols.length);
            int c = context;
            double s = score + edit.logProbability() + bonus * symbols.length;
            for (int k = 0; k < symbols.length; k++) {
                out[latin.length + k] = symbols[k];
                s += weight * letters.logProbability(c, symbols[k]);
                c = LetterModel.next(c, symbols[k]);
            }
            return new Hypothesis(out, c, s);
        }
    }

    /** The best romanization of the foreign letters under the table's models, as a Latin key (a-z). */
    static String generate(Table table, int[] foreign) {
        if (foreign.length == 0) {
            return "";
        }
        LetterModel letters = table.letters();
        double weight = table.letterWeight();
        double bonus = table.letterBonus();
        Map<Integer, Hypothesis> beam = new HashMap<>();
        beam.put(LetterModel.START, new Hypothesis(new byte[0], LetterModel.START, 0.0));
        for (int i = 0; i <= foreign.length; i++) {
            // the beam's best, each with at most one insertion (one or two vowels) before the next foreign letter
            List<Hypothesis> kept = top(beam);
            Map<Integer, Hypothesis> withInsertions = new HashMap<>();
            kept.forEach(h -> keepBest(withInsertions, h));
            for (Hypothesis h : kept) {
                for (Edit insertion : table.edits().insertions()) {
                    keepBest(withInsertions, h.extend(insertion, letters, weight, bonus));
                }
            }
            if (i == foreign.length) {
                beam = withInsertions;
                break;
            }
            List<Edit> edits = table.edits().byLetter().getOrDefault(foreign[i], List.of());
            Map<Integer, Hypothesis> next = new HashMap<>();
            for (Hypothesis h : top(withInsertions)) {
                for (Edit edit : edits) {
                    keepBest(next, h.extend(edit, letters, weight, bonus));
                }
            }
            if (next.isEmpty()) {
                return ""; // a letter the model never saw
            }
            beam = next;
        }
        Hypothesis best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Hypothesis h : top(beam)) {
            double s = h.score() + weight * letters.logProbability(h.context(), LetterModel.END);
            if (best == null || s > bestScore || (s == bestScore && Arrays.compare(h.latin(), best.latin()) < 0)) {
                best = h;
                bestScore = s;
            }
        }
        StringBuilder sb = new StringBuilder(best.latin().length);
        for (byte b : best.latin()) {
            sb.append((char) ('a' + b - 1));
        }
        return sb.toString();
    }

    /** Keeps the better of two hypotheses that end in the same letter-model context. */
    private static void keepBest(Map<Integer, Hypothesis> beam, Hypothesis h) {
        beam.merge(h.context(), h, (a, b) -> b.score() > a.score() ? b : a);
    }

    /** The {@link #BEAM} best hypotheses, best first (ties by Latin letters, so the result is deterministic). */
    private static List<Hypothesis> top(Map<Integer, Hypothesis> beam) {
        List<Hypothesis> all = new ArrayList<>(beam.values());
        all.sort((a, b) ->
                a.score() != b.score() ? Double.compare(b.score(), a.score()) : Arrays.compare(a.latin(), b.latin()));
        return all.size() > BEAM ? all.subList(0, BEAM) : all;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Romanizer%s", tables.keySet());
    }
}
