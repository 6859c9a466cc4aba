package io.wirestream.enrichment.langid;

import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.lang.LanguageCodes;
import io.wirestream.enrichment.lang.LanguageDetector;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Language identification over an open set of 85 languages: a character n-gram model (1- to 5-grams, with
 * back-off) for the 75 languages of Lingua's models, compacted into one hashed table
 * ({@link NgramModel}, built by {@code io.wirestream.eval.langid.BuildLanguageModel}); scripts only one
 * language here writes (Ethiopic, Khmer, Lao, Myanmar, Sinhala, Kannada, Malayalam, Oriya, Thaana, Tibetan)
 * decide alone; a few letters settle languages the model lacks (Pashto and Sorani against Persian/Urdu,
 * Uzbek, Tajik, Kyrgyz against Kazakh/Russian).
 *
 * <p>Scoring. Each letter costs {@code -ln P(letter | up to four letters before it in the word)} in each
 * language, from the longest n-gram the language has, plus {@link Settings#backoff()} for each order it had
 * to back off; a letter the language never writes costs {@link Settings#floor()}. A language's score is
 * the sum over letters plus its {@link NewsPrior news prior}. Costs are additive, so a paragraph's score
 * is the sum of its sentences' scores, which is what segmentation uses: a Viterbi pass over sentences,
 * where changing language costs {@link Settings#switchSentence()} inside a paragraph and
 * {@link Settings#switchParagraph()} at a line break. A short quoted phrase cannot pay for two switches.
 *
 * <p>Confidence is a softmax of the scores at temperature {@link Settings#temperature()}, fitted on
 * sentences that are not in the evaluation set (see the model card).
 *
 * <p>Thread-safe: the model is immutable and every call works on its own scratch arrays.
 */
public final class NgramLanguageDetector implements LanguageDetector {

    /** The model shipped in this package's resources. */
    public static final String DEFAULT_MODEL = "ngrams.bin.gz";

    /**
     * Scoring constants, all in nats.
     *
     * @param backoff         cost per n-gram order a language backs off from
     * @param floor           cost of a letter of the language's script that it does not have
     * @param scriptFloor     cost of a letter of a script the language is not written in
     * @param priorScale      multiplies the {@link NewsPrior} log-weights (0 turns the prior off)
     * @param temperature     softmax temperature of confidences
     * @param switchSentence  cost of changing language between two sentences of a paragraph
     * @param switchParagraph cost of changing language at a line break
     * @param hintBonus       added to the hinted language's prior
     * @param ruleCost        cost per letter of a language recognised by its script alone
     * @param averageOrders   score the first letters of each unit by the mean cost over orders 1 to 5 rather
     *                        than by the longest n-gram alone (better on short text)
     */
    public record Settings(
            double backoff,
            double floor,
            double scriptFloor,
            double priorScale,
            double temperature,
            double switchSentence,
            double switchParagraph,
            double hintBonus,
            double ruleCost,
            boolean averageOrders) {

        /** The defaults, chosen on text outside the evaluation set. */
        public static final Settings DEFAULT = new Settings(1.0, 12.0, 24.0, 1.0, 2.0, 12.0, 4.0, 2.3, 4.0, true);
    }

    /** Scripts only one language (of those we know) writes, with that language. */
    private static final String[][] SCRIPT_LANGUAGES = {
        {"am", "ETHIOPIC"}, {"km", "KHMER"}, {"lo", "LAO"}, {"my", "MYANMAR"}, {"si", "SINHALA"},
        {"kn", "KANNADA"}, {"ml", "MALAYALAM"}, {"or", "ORIYA"}, {"dv", "THAANA"}, {"bo", "TIBETAN"}
    };

    private static final int GROUPS = Character.UnicodeScript.values().length;
    /** All distinguishing letters are below this code point (Latin, Cyrillic, Arabic, Vietnamese). */
    private static final int DISTINGUISHING_LIMIT = 0x1F00;
    /** Candidates this far behind the best (nats) are dropped from the rest of a unit; e^-80 is no contest. */
    private static final double PRUNE_MARGIN = 80.0;
    /**
     * Letters of a unit scored with {@link Settings#averageOrders() averaged orders}; the rest of a long unit uses
     * each language's longest n-gram only, which needs far fewer lookups once the candidates are few (Lingua, too,
     * uses only trigrams for long text).
     */
    private static final int AVERAGED_LETTERS = 48;
    /** A unit with this many letters scored and a lead of {@link #DECIDED_LEAD} nats is decided. */
    private static final int DECIDED_LETTERS = 64;

    private static final double DECIDED_LEAD = 30.0;
    /** Letters between pruning passes. */
    private static final int PRUNE_EVERY = 32;
    /**
     * Letters (lower case) that only the listed languages of the same script write. Lingua's letter counts come
     * from web text and hold a little of everything (Turkish has some {@code ə}, Arabic some {@code پ}); by
     * orthography these letters are decisive, so any other language of the script pays at least
     * {@link Settings#floor()} for them.
     */
    private static final String[][] DISTINGUISHING = {
        {"\u0259", "az"},
        {"\u00DF", "de"},
        {"\u0151\u0171", "hu"},
        {"\u016F", "cs"},
        {"\u0142", "pl"},
        {"\u0105\u0119", "pl lt"},
        {"\u0117\u012F\u0173", "lt"},
        {"\u00F0\u00FE", "is"},
        {"\u0175\u0177", "cy"},
        {"\u011F\u0131", "tr az"},
        {"\u0219\u021B", "ro"},
        {
            "\u01B0\u01A1\u0111\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7"
                    + "\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3"
                    + "\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF"
                    + "\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9",
            "vi"
        },
        {"\u0451", "ru be kk mn"},
        {"\u044B\u044D", "ru be kk mn"},
        {"\u044A", "ru bg"},
        {"\u0457\u0454\u0491", "uk"},
        {"\u0456", "uk be kk"},
        {"\u045E", "be"},
        {"\u0452\u045B", "sr"},
        {"\u0453\u045C\u0455", "mk"},
        {"\u0458\u0459\u045A\u045F", "sr mk"},
        {"\u04D9\u0493\u049B\u04B1\u04BB", "kk"},
        {"\u04A3\u04AF\u04E9", "kk mn"},
        {"\u067E\u0686\u0698\u06AF", "fa ur"},
        {"\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1", "ur"}
    };

    private final NgramModel model;
    private final Settings settings;
    private final String[] codes;
    private final int[] languageGroup; // script group of each language, model languages first
    private final int[] maxOrder; // highest n-gram order of each model language
    private final int modelLanguages;
    private final double[] logPrior;
    private final boolean[] groupHasLanguage;
    private final int[][] groupLanguages;
    /** Languages allowed to write a distinguishing letter, by code point; null for other letters. */
    private final boolean[][] distinguishing = new boolean[DISTINGUISHING_LIMIT][];

    /** A detector over a loaded model. */
    public NgramLanguageDetector(NgramModel model, Settings settings) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.modelLanguages = model.languages().size();
        int total = modelLanguages + SCRIPT_LANGUAGES.length;
        this.codes = new String[total];
        this.languageGroup = new int[total];
        this.logPrior = new double[total];
        this.groupHasLanguage = new boolean[GROUPS];
        this.maxOrder = new int[modelLanguages];
        for (int i = 0; i < modelLanguages; i++) {
            maxOrder[i] = model.maxOrder(i);
        }
        for (int i = 0; i < total; i++) {
            boolean fromModel = i < modelLanguages;
            codes[i] = fromModel ? model.languages().get(i) : SCRIPT_LANGUAGES[i - modelLanguages][0];
            String script = fromModel ? model.scripts().get(i) : SCRIPT_LANGUAGES[i - modelLanguages][1];
            languageGroup[i] = group(Character.UnicodeScript.valueOf(script));
            logPrior[i] = settings.priorScale() * NewsPrior.logWeight(codes[i]);
            groupHasLanguage[languageGroup[i]] = true;
        }
        for (String[] entry : DISTINGUISHING) {
            boolean[] allowed = new boolean[total];
            for (String code : entry[1].split(" ")) {
                allowed[Arrays.asList(codes).indexOf(code)] = true;
            }
            entry[0].codePoints().forEach(cp -> distinguishing[cp] = allowed);
        }
        this.groupLanguages = new int[GROUPS][];
        for (int g = 0; g < GROUPS; g++) {
            int gg = g;
            groupLanguages[g] = java.util.stream.IntStream.range(0, total)
                    .filter(l -> languageGroup[l] == gg)
                    .toArray();
        }
    }

    /** Loads the model shipped with this class, with default settings. Takes about a second; call once and share. */
    public static NgramLanguageDetector loadDefault() {
        return new NgramLanguageDetector(loadDefaultModel(), Settings.DEFAULT);
    }

    /** Reads the model shipped with this class. */
    public static NgramModel loadDefaultModel() {
        try (InputStream in = NgramLanguageDetector.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + DEFAULT_MODEL + " not on the class path");
            }
            return NgramModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + DEFAULT_MODEL, e);
        }
    }

    /** Model and detector version, as reported in every enriched record's provenance. */
    public String version() {
        return "ngram-langid-1/" + DEFAULT_MODEL + "/" + languages().size() + "-languages";
    }

    /** All language codes this detector can return, besides {@code und}. */
    public List<String> languages() {
        List<String> all = new ArrayList<>(Arrays.asList(codes));
        all.addAll(List.of("ps", "ckb", "uz", "tg", "ky"));
        return List.copyOf(all);
    }

    @Override
    public DetectedLanguage detect(CharSequence text) {
        return detect(text, null);
    }

    @Override
    public DetectedLanguage detect(CharSequence text, String hint) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        String masked = TextUnits.mask(s);
        List<LanguageSegment> segments = segment(s, masked, hint);
        if (segments.size() == 1) {
            LanguageSegment only = segments.get(0);
            return new DetectedLanguage(only.language(), only.confidence());
        }
        // Weigh segments by letters: the winner's confidence is its letter share times its mean confidence.
        java.util.Map<String, double[]> votes = new java.util.LinkedHashMap<>();
        double all = 0;
        for (LanguageSegment segment : segments) {
            int letters = letters(masked, segment.start(), segment.end());
            double[] v = votes.computeIfAbsent(segment.language(), k -> new double[2]);
            v[0] += letters;
            v[1] += letters * segment.confidence();
            all += letters;
        }
        String best = null;
        double[] bestVote = null;
        for (java.util.Map.Entry<String, double[]> e : votes.entrySet()) {
            if (bestVote == null || e.getValue()[0] > bestVote[0]) {
                best = e.getKey();
                bestVote = e.getValue();
            }
        }
        if (best == null || best.equals("und") || all == 0) {
            return DetectedLanguage.UNDETERMINED;
        }
        return new DetectedLanguage(best, clamp(bestVote[1] / all));
    }

    @Override
    public List<LanguageSegment> segment(String text) {
        return segment(text, null);
    }

    @Override
    public List<LanguageSegment> segment(String text, String hint) {
        Objects.requireNonNull(text, "text");
        return segment(text, TextUnits.mask(text), hint);
    }

    private List<LanguageSegment> segment(String text, String masked, String hint) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return List.of();
        }
        double[] prior = priorWith(LanguageCodes.normalize(hint));
        List<TextUnits.Unit> units = TextUnits.split(masked);
        int total = codes.length;
        double[][] scores = new double[units.size()][];
        int[] letters = new int[units.size()];
        Scratch scratch = new Scratch(total, masked.length());
        int allLetters = 0;
        for (int u = 0; u < units.size(); u++) {
            scores[u] = new double[total];
            letters[u] = score(masked, units.get(u).start(), units.get(u).end(), scratch, scores[u]);
            allLetters += letters[u];
        }
        if (allLetters == 0) {
            int last = text.length();
            while (Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            return List.of(new LanguageSegment("und", first, last, 0.0));
        }
        int[] path = viterbi(units, scores, prior);
        List<LanguageSegment> segments = new ArrayList<>();
        int u = 0;
        while (u < units.size()) {
            int v = u;
            double[] sum = new double[total];
            while (v < units.size() && path[v] == path[u]) {
                for (int l = 0; l < total; l++) {
                    sum[l] += scores[v][l];
                }
                v++;
            }
            int start = units.get(u).start();
            int end = units.get(v - 1).end();
            String language = refine(codes[path[u]], masked, start, end);
            addTrimmed(segments, text, start, end, language, confidence(sum, prior, path[u]));
            u = v;
        }
        return List.copyOf(segments);
    }

    /** The five best languages with their scores in nats (prior included) for the text as one unit; for diagnostics. */
    public String explain(String text) {
        String masked = TextUnits.mask(text);
        double[] sum = new double[codes.length];
        score(masked, 0, masked.length(), new Scratch(codes.length, masked.length()), sum);
        Integer[] order = new Integer[codes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            sum[i] += logPrior[i];
        }
        Arrays.sort(order, (a, b) -> Double.compare(sum[b], sum[a]));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(codes[order[i]]).append(String.format(java.util.Locale.ROOT, " %.1f  ", sum[order[i]]));
        }
        return sb.toString();
    }

    /** Prior log-weights, with the hint's bonus. */
    private double[] priorWith(String hint) {
        if (hint == null) {
            return logPrior;
        }
        double[] prior = logPrior.clone();
        for (int l = 0; l < codes.length; l++) {
            if (codes[l].equals(hint)) {
                prior[l] += settings.hintBonus();
            }
        }
        return prior;
    }

    /** Best language per unit: staying costs nothing, switching costs the boundary's price plus the new language's prior. */
    private int[] viterbi(List<TextUnits.Unit> units, double[][] scores, double[] prior) {
        int total = codes.length;
        int n = units.size();
        int[][] back = new int[n][total];
        double[] prev = new double[total];
        double[] cur = new double[total];
        for (int l = 0; l < total; l++) {
            prev[l] = prior[l] + scores[0][l];
        }
        for (int u = 1; u < n; u++) {
            int best = argmax(prev);
            double switchCost = units.get(u).paragraphStart() ? settings.switchParagraph() : settings.switchSentence();
            for (int l = 0; l < total; l++) {
                double stay = prev[l];
                double move = prev[best] - switchCost + prior[l];
                if (l == best || stay >= move) {
                    cur[l] = stay + scores[u][l];
                    back[u][l] = l;
                } else {
                    cur[l] = move + scores[u][l];
                    back[u][l] = best;
                }
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        int[] path = new int[n];
        path[n - 1] = argmax(prev);
        for (int u = n - 1; u > 0; u--) {
            path[u - 1] = back[u][path[u]];
        }
        return path;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Softmax share of {@code chosen} among all languages at the configured temperature. */
    private double confidence(double[] sum, double[] prior, int chosen) {
        double top = sum[chosen] + prior[chosen];
        double z = 0;
        for (int l = 0; l < sum.length; l++) {
            z += Math.exp((sum[l] + prior[l] - top) / settings.temperature());
        }
        return clamp(1.0 / z);
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }

    /** Adds {@code [start, end)} trimmed of whitespace, merging with the previous segment when the language is the same. */
    private static void addTrimmed(
            List<LanguageSegment> segments, String text, int start, int end, String language, double confidence) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).language().equals(language)) {
            LanguageSegment last = segments.remove(segments.size() - 1);
            double merged = Math.min(last.confidence(), confidence);
            segments.add(new LanguageSegment(language, last.start(), e, merged));
            return;
        }
        segments.add(new LanguageSegment(language, s, e, confidence));
    }

    /** Per-call work arrays. */
    private static final class Scratch {
        final int[] stamp;
        final boolean[] candidate;
        final int[] candidates;
        final int[] word;
        final int[] wordGroup;
        final int[] prunedAt;
        final double[] current;
        final int[] found;
        final double[] accumulated;
        final int[] groupLetters = new int[GROUPS];
        int generation;

        Scratch(int languages, int textLength) {
            stamp = new int[languages];
            candidate = new boolean[languages];
            candidates = new int[languages];
            prunedAt = new int[languages];
            current = new double[languages];
            found = new int[languages];
            accumulated = new double[languages];
            word = new int[textLength + 1];
            wordGroup = new int[textLength + 1];
        }
    }

    /**
     * Adds the cost of every letter of {@code text[from, to)} to {@code out} (as negative log-probabilities)
     * and returns the number of letters that count: letters of scripts some language here writes.
     */
    private int score(String text, int from, int to, Scratch s, double[] out) {
        Arrays.fill(s.groupLetters, 0);
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                s.groupLetters[groupOf(cp)]++;
            }
            i += Character.charCount(cp);
        }
        int letters = 0;
        int count = 0;
        Arrays.fill(s.candidate, false);
        for (int g = 0; g < GROUPS; g++) {
            if (s.groupLetters[g] > 0 && groupHasLanguage[g]) {
                letters += s.groupLetters[g];
                for (int l : groupLanguages[g]) {
                    s.candidate[l] = true;
                    s.candidates[count++] = l;
                }
            }
        }
        if (letters == 0) {
            return 0;
        }
        int n = 0;
        int scored = 0;
        int nextPrune = PRUNE_EVERY;
        Arrays.fill(s.prunedAt, -1);
        for (int i = from; i <= to; ) {
            int cp = i < to ? text.codePointAt(i) : ' ';
            i += i < to ? Character.charCount(cp) : 1;
            int type = Character.getType(cp);
            if (Character.isLetter(cp) && cp != '\u0640') {
                int g = groupOf(cp);
                if (groupHasLanguage[g]) {
                    s.word[n] = Character.toLowerCase(cp);
                    s.wordGroup[n++] = g;
                    continue;
                }
            } else if (isJoiner(cp, type)) {
                continue; // Lingua's training text drops punctuation inside words ("l'homme" -> "lhomme") and tashkeel
            }
            if (n > 0) {
                if (settings.averageOrders() && scored < AVERAGED_LETTERS) {
                    scoreWordAveraged(s, n, count, out);
                } else {
                    scoreWord(s, n, count, out);
                }
                scored += n;
                n = 0;
                if (scored >= nextPrune && count > 1) {
                    count = prune(s, count, out, scored);
                    nextPrune = scored + PRUNE_EVERY;
                }
                if (scored < letters
                        && (count == 1 && scored >= PRUNE_EVERY
                                || scored >= DECIDED_LETTERS && lead(s, count, out) >= DECIDED_LEAD)) {
                    // Decided: one language left, or a clear lead after a sentence's worth of letters. The rest of
                    // the unit (a sentence, or a run of one script) is charged at each candidate's mean cost per
                    // letter so far instead of being looked up: that keeps the ranking and the scale.
                    for (int c = 0; c < count; c++) {
                        int l = s.candidates[c];
                        out[l] += out[l] / scored * (letters - scored);
                    }
                    scored = letters;
                    break;
                }
            }
        }
        double missing = settings.scriptFloor() * letters;
        for (int l = 0; l < out.length; l++) {
            if (s.prunedAt[l] >= 0) {
                out[l] -= settings.floor() * (letters - s.prunedAt[l]);
            } else if (!s.candidate[l]) {
                out[l] -= missing;
            }
        }
        return letters;
    }

    /**
     * Drops candidates already {@link #PRUNE_MARGIN} nats behind the best: they cannot come back (the rest of
     * the unit charges them {@link Settings#floor()} per letter, more than any language pays on average), and
     * long sentences then cost little more than short ones.
     */
    private static int prune(Scratch s, int count, double[] out, int scored) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            best = Math.max(best, out[s.candidates[c]]);
        }
        int kept = 0;
        for (int c = 0; c < count; c++) {
            int l = s.candidates[c];
            if (out[l] >= best - PRUNE_MARGIN) {
                s.candidates[kept++] = l;
            } else {
                s.candidate[l] = false;
                s.prunedAt[l] = scored;
            }
        }
        return kept;
    }

    /** How far the best candidate is ahead of the second. */
    private static double lead(Scratch s, int count, double[] out) {
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            double v = out[s.candidates[c]];
            if (v > best) {
                second = best;
                best = v;
            } else if (v > second) {
                second = v;
            }
        }
        return best - second;
    }

    private static boolean isJoiner(int cp, int type) {
        return cp == '\u0640'
                || type == Character.CONNECTOR_PUNCTUATION
                || cp == '\''
                || cp == '\u2019'
                || cp == '\u02BC'
                || (type == Character.NON_SPACING_MARK && cp >= 0x064B && cp <= 0x0670)
                || cp == '\u200C'
                || cp == '\u200D'
                || cp == '-';
    }

    private void scoreWord(Scratch s, int n, int candidateCount, double[] out) {
        int[] w = s.word;
        double backoff = settings.backoff();
        double floor = settings.floor();
        double scriptFloor = settings.scriptFloor();
        int modelCandidates = 0;
        for (int c = 0; c < candidateCount; c++) {
            if (s.candidates[c] < modelLanguages) {
                modelCandidates++;
            }
        }
        for (int i = 0; i < n; i++) {
            int maxOrder = Math.min(NgramModel.MAX_ORDER, i + 1);
            int generation = ++s.generation;
            boolean[] allowed = w[i] < DISTINGUISHING_LIMIT ? distinguishing[w[i]] : null;
            int resolved = 0;
            for (int k = maxOrder; k >= 1 && resolved < modelCandidates; k--) {
                long slot = model.find(NgramModel.hash(w, i - k + 1, k));
                if (slot == 0) {
                    continue;
                }
                int start = NgramModel.postingStart(slot);
                int end = start + NgramModel.postingCount(slot);
                for (int p = start; p < end; p++) {
                    int l = model.postingLanguage(p);
                    if (s.candidate[l] && s.stamp[l] != generation) {
                        s.stamp[l] = generation;
                        // back-off is counted from the longest n-gram the language has at all
                        double cost = model.postingCost(p) + backoff * (Math.min(maxOrder, this.maxOrder[l]) - k);
                        out[l] -= allowed == null || allowed[l] ? cost : Math.max(cost, floor);
                        resolved++;
                    }
                }
            }
            int g = s.wordGroup[i];
            for (int c = 0; c < candidateCount; c++) {
                int l = s.candidates[c];
                if (l >= modelLanguages) {
                    out[l] -= languageGroup[l] == g ? settings.ruleCost() : scriptFloor;
                } else if (s.stamp[l] != generation) {
                    out[l] -= languageGroup[l] == g ? floor : scriptFloor;
                }
            }
        }
    }

    /**
     * Like {@link #scoreWord}, but a letter's cost is the mean over orders 1 to 5 of the cost under that
     * order's longest available n-gram: short n-grams keep a say where long ones are sparse (short text).
     */
    private void scoreWordAveraged(Scratch s, int n, int candidateCount, double[] out) {
        int[] w = s.word;
        double backoff = settings.backoff();
        double floor = settings.floor();
        double scriptFloor = settings.scriptFloor();
        double[] cur = s.current;
        int[] found = s.found;
        double[] acc = s.accumulated;
        for (int i = 0; i < n; i++) {
            int maxOrder = Math.min(NgramModel.MAX_ORDER, i + 1);
            boolean[] allowed = w[i] < DISTINGUISHING_LIMIT ? distinguishing[w[i]] : null;
            for (int c = 0; c < candidateCount; c++) {
                int l = s.candidates[c];
                acc[l] = 0;
                found[l] = 0;
            }
            // A language has an n-gram only if it has its suffix one letter shorter (pruning keeps counts
            // monotone), so the orders a language has here are 1..found, and the lookups can stop at the first
            // order no candidate has.
            for (int k = 1; k <= maxOrder; k++) {
                long slot = model.find(NgramModel.hash(w, i - k + 1, k));
                if (slot == 0) {
                    break;
                }
                boolean any = false;
                int start = NgramModel.postingStart(slot);
                int end = start + NgramModel.postingCount(slot);
                for (int p = start; p < end; p++) {
                    int l = model.postingLanguage(p);
                    if (s.candidate[l]) {
                        double cost = model.postingCost(p);
                        cost = allowed == null || allowed[l] ? cost : Math.max(cost, floor);
                        acc[l] += cost;
                        cur[l] = cost;
                        found[l] = k;
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            int g = s.wordGroup[i];
            for (int c = 0; c < candidateCount; c++) {
                int l = s.candidates[c];
                int f = found[l];
                double total;
                if (f == 0) {
                    double base = l >= modelLanguages
                            ? (languageGroup[l] == g ? settings.ruleCost() : scriptFloor)
                            : languageGroup[l] == g ? floor : scriptFloor;
                    total = base * maxOrder;
                } else {
                    // orders above the longest found: that n-gram's cost plus back-off up to the language's own top
                    // order
                    total = acc[l];
                    int top = this.maxOrder[l];
                    for (int k = f + 1; k <= maxOrder; k++) {
                        total += cur[l] + backoff * (Math.min(k, top) - f);
                    }
                }
                out[l] -= total / maxOrder;
            }
        }
    }

    private int maxOrder(int language) {
        return maxOrder[language];
    }

    private static int letters(String masked, int from, int to) {
        int count = 0;
        for (int i = from; i < to; ) {
            int cp = masked.codePointAt(i);
            if (Character.isLetter(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    /** Script group of a letter: Han and kana are one group, as Japanese mixes them. */
    static int groupOf(int cp) {
        if (cp < 0x250) {
            return LATIN;
        }
        return cp < BMP_GROUPS.length ? BMP_GROUPS[cp] & 0xFF : group(Character.UnicodeScript.of(cp));
    }

    /** {@link #group} of every BMP code point, precomputed: a script lookup is a binary search over ranges. */
    private static final byte[] BMP_GROUPS = new byte[0x10000];

    static {
        for (int cp = 0; cp < BMP_GROUPS.length; cp++) {
            BMP_GROUPS[cp] = (byte) group(Character.UnicodeScript.of(cp));
        }
    }

    private static final int LATIN = Character.UnicodeScript.LATIN.ordinal();

    private static int group(Character.UnicodeScript script) {
        return switch (script) {
            case HIRAGANA, KATAKANA, BOPOMOFO -> Character.UnicodeScript.HAN.ordinal();
            default -> script.ordinal();
        };
    }

    /** Languages the model lacks, told from their closest model language by letters only they write. */
    static String refine(String language, String text, int start, int end) {
        switch (language) {
            case "ar", "fa", "ur" -> {
                int arabic = 0;
                int pashto = 0;
                int sorani = 0;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c >= 0x0600 && c <= 0x06FF) {
                        arabic++;
                    }
                    if ("\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0".indexOf(c) >= 0) {
                        pashto++;
                    } else if ("\u0695\u06B5\u06CE\u06C6\u06D5".indexOf(c) >= 0) {
                        sorani++;
                    }
                }
                if (pashto >= 2 && pashto * 60 >= arabic && pashto > sorani) {
                    return "ps";
                }
                if (sorani >= 2 && sorani * 40 >= arabic) {
                    return "ckb";
                }
                return language;
            }
            case "ru", "kk", "uk", "bg", "mk", "sr", "be", "mn" -> {
                int tajik = 0;
                int uzbek = 0;
                int kyrgyz = 0;
                int exclusion = 0;
                boolean shortU = false;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    switch (Character.toLowerCase(c)) {
                        case '\u0497', '\u04E3', '\u04EF' -> tajik++;
                        case '\u045E' -> shortU = true;
                        case '\u049B', '\u0493', '\u04B3' -> uzbek++;
                        case '\u04A3', '\u04E9', '\u04AF' -> kyrgyz++;
                        case '\u04D9', '\u0456', '\u04B1', '\u04BB' -> exclusion++;
                        default -> {}
                    }
                }
                if (tajik >= 2 && exclusion == 0) {
                    return "tg";
                }
                if (shortU && uzbek >= 2 && exclusion == 0 && kyrgyz == 0) {
                    return "uz";
                }
                if (kyrgyz >= 2 && yngCount(text, start, end) > 0 && uzbek == 0 && exclusion == 0) {
                    return "ky";
                }
                return language;
            }
            default -> {
                int marks = 0;
                for (int i = start + 1; i < end; i++) {
                    char c = text.charAt(i);
                    char before = Character.toLowerCase(text.charAt(i - 1));
                    if ((c == '\u02BB' || c == '\u2018') && (before == 'o' || before == 'g')) {
                        marks++;
                    }
                }
                return marks >= 2 && isLatinModelLanguage(language) ? "uz" : language;
            }
        }
    }

    private static int yngCount(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Character.toLowerCase(text.charAt(i)) == '\u04A3') {
                count++;
            }
        }
        return count;
    }

    private static boolean isLatinModelLanguage(String language) {
        return !List.of(
                        "zh", "ja", "ko", "he", "el", "th", "hy", "ka", "hi", "mr", "bn", "gu", "pa", "ta", "te", "am",
                        "km", "lo", "my", "si", "kn", "ml", "or", "dv", "bo", "und")
                .contains(language);
    }
}
