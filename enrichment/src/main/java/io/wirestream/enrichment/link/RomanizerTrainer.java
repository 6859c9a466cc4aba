package io.wirestream.enrichment.link;

import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.link.Romanizer.Table;
import io.wirestream.enrichment.link.TransliterationTrainer.Pair;
import io.wirestream.enrichment.link.Transliterator.Model;
import io.wirestream.enrichment.link.Transliterator.Script;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Romanizer} tables of one script from its name-word pairs: the letter model of the Latin
 * words, the weight of that model against the edit model (the one that generates the dev pairs best), and the
 * words whose pair spelling generation does not reproduce. Deterministic.
 */
final class RomanizerTrainer {

    /** Letter-model weights tried on the dev pairs. */
    static final double[] WEIGHTS = {0.0, 0.25, 0.5, 1.0};

    /** Per-letter bonuses tried on the dev pairs (the edit and letter models alone favour short outputs). */
    static final double[] BONUSES = {0.0, 1.0, 2.0, 3.0};

    /** Dev words the grid is scored on. */
    static final int DEV_WORDS = 1_000;

    /** Held-out figures of generation alone and of the whole romanizer (pair spellings first). */
    record Evaluation(
            Script script,
            double weight,
            double bonus,
            int words,
            double generatedExact,
            double generatedCharacterError,
            int unseenWords,
            double unseenExact,
            int spelled) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-8s romanization: letter weight %.2f, bonus %.1f; %d held-out words, generated exactly as a pair spells"
                            + " them %.3f (letter error %.3f); %d of them unseen in training, romanized exactly %.3f;"
                            + " %d stored spellings",
                    Transliterator.label(script),
                    weight,
                    bonus,
                    words,
                    generatedExact,
                    generatedCharacterError,
                    unseenWords,
                    unseenExact,
                    spelled);
        }
    }

    private RomanizerTrainer() {}

    /**
     * Tables trained on {@code train}, weight chosen on {@code dev}, scored on {@code test}; {@code tables}
     * receives the table trained on all three (what ships).
     */
    static Evaluation train(
            Script script,
            Model model,
            List<Pair> train,
            List<Pair> dev,
            List<Pair> test,
            Map<String, Integer> latinFrequency,
            Map<Script, Table> tables) {
        Romanizer.Edits edits = Romanizer.Edits.of(model);
        Map<String, Set<String>> devRefs = references(script, dev);
        LetterModel trainLetters = LetterModel.train(latinKeys(train));
        Map<String, Set<String>> devSample = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : devRefs.entrySet()) {
            if (devSample.size() < DEV_WORDS) {
                devSample.put(e.getKey(), e.getValue());
            }
        }
        double weight = WEIGHTS[0];
        double bonus = BONUSES[0];
        double bestExact = -1;
        for (double w : WEIGHTS) {
            for (double b : BONUSES) {
                double exact = exactShare(new Table(edits, trainLetters, w, b, Spellings.NONE), script, devSample)[0];
                if (exact > bestExact) {
                    bestExact = exact;
                    weight = w;
                    bonus = b;
                }
            }
        }
        Map<String, String> trainSpelled = spellings(script, model, train, latinFrequency);
        Map<String, Set<String>> testRefs = references(script, test);
        Table generationOnly = new Table(edits, trainLetters, weight, bonus, Spellings.NONE);
        double[] generated = exactShare(generationOnly, script, testRefs);
        Map<String, Set<String>> unseen = new TreeMap<>(testRefs);
        unseen.keySet().removeAll(trainSpelled.keySet());
        double unseenExact = exactShare(generationOnly, script, unseen)[0];

        List<Pair> all = new ArrayList<>(train);
        all.addAll(dev);
        all.addAll(test);
        Table shipped = table(script, model, edits, all, weight, bonus, latinFrequency);
        tables.put(script, shipped);
        return new Evaluation(
                script,
                weight,
                bonus,
                testRefs.size(),
                generated[0],
                generated[1],
                unseen.size(),
                unseenExact,
                shipped.spelled().size());
    }

    /** The table of these pairs: their letter model, and the spellings generation misses. */
    static Table table(
            Script script,
            Model model,
            Romanizer.Edits edits,
            List<Pair> pairs,
            double weight,
            double bonus,
            Map<String, Integer> latinFrequency) {
        Table generation = new Table(edits, LetterModel.train(latinKeys(pairs)), weight, bonus, Spellings.NONE);
        Map<String, String> misses = new TreeMap<>();
        for (Map.Entry<String, String> e :
                spellings(script, model, pairs, latinFrequency).entrySet()) {
            String generated = Romanizer.generate(generation, Transliterator.foreignLetters(e.getKey(), script));
            if (!generated.equals(e.getValue())) {
                misses.put(e.getKey(), e.getValue());
            }
        }
        return new Table(edits, generation.letters(), weight, bonus, Spellings.of(misses));
    }

    /**
     * Each foreign word's Latin spelling: the Latin key most of its pairs give; among equally frequent keys the
     * more common name word ({@code latinFrequency}: Latin sides of all pair files; أيريز is Erez rather than
     * Airez), then the one the transliteration model scores highest, then the alphabetically first.
     */
    static Map<String, String> spellings(
            Script script, Model model, List<Pair> pairs, Map<String, Integer> latinFrequency) {
        Map<String, Map<String, Integer>> votes = votes(script, pairs);
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
            int[] f = Transliterator.foreignLetters(e.getKey(), script);
            String best = null;
            int bestVotes = 0;
            int bestFrequency = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
                int n = v.getValue();
                int frequency = latinFrequency.getOrDefault(v.getKey(), 0);
                double score = e.getValue().size() > 1
                        ? Transliterator.score(model, f, Transliterator.latinLetters(v.getKey()))
                        : 0;
                if (best == null
                        || n > bestVotes
                        || (n == bestVotes
                                && (frequency > bestFrequency || (frequency == bestFrequency && score > bestScore)))) {
                    best = v.getKey();
                    bestVotes = n;
                    bestFrequency = frequency;
                    bestScore = score;
                }
            }
            out.put(e.getKey(), best);
        }
        return out;
    }

    /** Each foreign word's Latin keys (several for ambiguous words), with how many pairs give each. */
    private static Map<String, Map<String, Integer>> votes(Script script, List<Pair> pairs) {
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        for (Pair pair : pairs) {
            String foreign = MatchingKey.of(pair.foreign());
            String latin = Transliterator.latinKey(pair.latin());
            if (!foreign.isEmpty() && !latin.isEmpty() && Transliterator.foreignLetters(foreign, script).length > 0) {
                votes.computeIfAbsent(foreign, k -> new TreeMap<>()).merge(latin, 1, Integer::sum);
            }
        }
        return votes;
    }

    /** Every Latin key the pairs give each foreign word. */
    private static Map<String, Set<String>> references(Script script, List<Pair> pairs) {
        Map<String, Set<String>> out = new TreeMap<>();
        votes(script, pairs).forEach((foreign, latin) -> out.put(foreign, latin.keySet()));
        return out;
    }

    /** {share generated exactly as one of the references, mean letter error rate against the nearest one}. */
    private static double[] exactShare(Table table, Script script, Map<String, Set<String>> references) {
        if (references.isEmpty()) {
            return new double[] {0, 0};
        }
        int exact = 0;
        double error = 0;
        for (Map.Entry<String, Set<String>> e : references.entrySet()) {
            String generated = Romanizer.generate(table, Transliterator.foreignLetters(e.getKey(), script));
            if (e.getValue().contains(generated)) {
                exact++;
            }
            double nearest = 1;
            for (String ref : e.getValue()) {
                nearest = Math.min(nearest, (double) editDistance(generated, ref) / Math.max(1, ref.length()));
            }
            error += nearest;
        }
        return new double[] {(double) exact / references.size(), error / references.size()};
    }

    static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(
                        Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.length()];
    }

    private static List<String> latinKeys(List<Pair> pairs) {
        List<String> out = new ArrayList<>(pairs.size());
        for (Pair pair : pairs) {
            String key = Transliterator.latinKey(pair.latin());
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    /** Writes the tables as TSV rows ({@code script, kind, ...}), sorted, for {@link Romanizer#read}. */
    static void write(Map<Script, Table> tables, Writer out) throws IOException {
        out.write("# Romanizer tables: letter-model weight, letter 4-gram counts (context * 28 + next), spellings\n");
        for (Map.Entry<Script, Table> e : new TreeMap<>(tables).entrySet()) {
            String script = e.getKey().name();
            Table table = e.getValue();
            out.write(String.format(Locale.ROOT, "%s\tweight\t%s\n", script, table.letterWeight()));
            out.write(String.format(Locale.ROOT, "%s\tbonus\t%s\n", script, table.letterBonus()));
            int[] counts = table.letters().counts();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    out.write(script + "\tcount\t" + i + "\t" + counts[i] + "\n");
                }
            }
            StringBuilder words = new StringBuilder();
            table.spelled()
                    .forEach((key, latin) -> words.append(script)
                            .append("\tword\t")
                            .append(key)
                            .append('\t')
                            .append(latin)
                            .append('\n'));
            out.write(words.toString());
        }
    }
}
