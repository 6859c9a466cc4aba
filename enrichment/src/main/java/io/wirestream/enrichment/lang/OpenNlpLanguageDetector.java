package io.wirestream.enrichment.lang;

import io.wirestream.enrichment.lang.Scripts.Group;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with Apache OpenNLP's {@code langdetect-183} model (103 languages, from
 * {@code opennlp-models-langdetect}), constrained by Unicode script: the script of a run decides which
 * languages are possible (Arabic script: ar, fa, ur, ps, ckb; Cyrillic: ru, uk, bg, ...), and scripts
 * used by one language need no model at all (Hebrew, Greek, Hangul, Thai, ...; Han with kana is
 * Japanese, Han alone Chinese).
 *
 * <p>Thread-safe: the model is loaded once and {@link LanguageDetectorME} keeps no per-call state.
 *
 * <p>Known limits of the model (see the language tests): titles of one to three words are often wrong
 * among same-script languages; Azerbaijani can read as Turkish, Urdu as Punjabi (excluded here),
 * Russian as Bulgarian. Sorani Kurdish is not in the model and is recognised by its letters only.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    /** A run needs this many letters to stand as its own segment inside a paragraph. */
    static final int MIN_RUN_LETTERS = 20;
    /** Characters of a run given to the model; more adds cost, not accuracy. */
    private static final int MAX_MODEL_CHARS = 4_000;
    /** Multiplies the hinted language's model probability: enough to tip a close call, no more. */
    private static final double HINT_PRIOR = 1.5;
    private static final double SINGLE_LANGUAGE_SCRIPT_CONFIDENCE = 0.95;

    private static final Set<String> ARABIC_SCRIPT = Set.of("ara", "pes", "fas", "urd", "pus");
    private static final Set<String> CYRILLIC_SCRIPT = Set.of("rus", "ukr", "bel", "bul", "mkd", "srp", "kaz", "kir", "tgk",
            "tat", "bak", "che", "mon");
    private static final Set<String> DEVANAGARI_SCRIPT = Set.of("hin", "mar", "nep", "san");
    private static final Set<String> OTHER_SCRIPTS = Set.of("pnb", "ben", "guj", "pan", "tam", "tel", "kan", "mal", "sin",
            "tha", "kat", "hye", "ell", "heb", "cmn", "jpn", "kor");
    /**
     * Languages the model knows but news almost never uses, which it nonetheless picks for short text
     * ("Netanyahu welcomes minister" as Waray). Left out of the Latin candidates.
     */
    private static final Set<String> RARE_IN_NEWS = Set.of("war", "ceb", "min", "nan", "vol", "lim", "nds", "gsw", "lat",
            "epo", "ast", "fry", "ltz", "fao", "bre", "oci", "sun", "mri", "plt");
    /** Letters only Arabic writes (ي ك ة ى) and letters Arabic never writes but Persian, Urdu and Pashto do. */
    private static final String ARABIC_ONLY = "\u064A\u0643\u0629\u0649";
    private static final String PERSO_ARABIC_ONLY = "\u06CC\u06A9\u067E\u0686\u0698\u06AF\u06D2\u06C1\u06BA\u0679\u0688\u0691\u06BE";
    /** How strongly orthography moves Arabic against Persian/Urdu/Pashto: it is near-decisive evidence. */
    private static final double ORTHOGRAPHY_PRIOR = 10.0;

    private static final Map<Group, String> SINGLE_LANGUAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(Group.HEBREW, "he"), Map.entry(Group.GREEK, "el"), Map.entry(Group.HANGUL, "ko"),
            Map.entry(Group.BENGALI, "bn"), Map.entry(Group.GURMUKHI, "pa"), Map.entry(Group.GUJARATI, "gu"),
            Map.entry(Group.TAMIL, "ta"), Map.entry(Group.TELUGU, "te"), Map.entry(Group.KANNADA, "kn"),
            Map.entry(Group.MALAYALAM, "ml"), Map.entry(Group.SINHALA, "si"), Map.entry(Group.THAI, "th"),
            Map.entry(Group.GEORGIAN, "ka"), Map.entry(Group.ARMENIAN, "hy")));

    private final LanguageDetectorME model;
    private final String version;
    private final Map<Group, Set<String>> candidates;

    /** Uses a loaded model; {@code version} names it in {@code modelVersions()}. */
    public OpenNlpLanguageDetector(LanguageDetectorModel model, String version) {
        this.model = new LanguageDetectorME(Objects.requireNonNull(model, "model"));
        this.version = Objects.requireNonNull(version, "version");
        Set<String> latin = new HashSet<>();
        for (String code : this.model.getSupportedLanguages()) {
            if (!ARABIC_SCRIPT.contains(code) && !CYRILLIC_SCRIPT.contains(code) && !DEVANAGARI_SCRIPT.contains(code)
                    && !OTHER_SCRIPTS.contains(code) && !RARE_IN_NEWS.contains(code)) {
                latin.add(code);
            }
        }
        this.candidates = new EnumMap<>(Map.of(
                Group.LATIN, Set.copyOf(latin),
                Group.ARABIC, ARABIC_SCRIPT,
                Group.CYRILLIC, CYRILLIC_SCRIPT,
                Group.DEVANAGARI, DEVANAGARI_SCRIPT));
    }

    /** Loads the model bundled in {@code opennlp-models-langdetect} from the class path. Call once. */
    public static OpenNlpLanguageDetector loadDefault() {
        Properties props = new Properties();
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream("/model.properties")) {
            if (in != null) {
                props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model.properties", e);
        }
        String name = props.getProperty("model.name", "langdetect-183.bin");
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("language model /" + name + " not on the class path");
            }
            String version = "opennlp-" + name.replace(".bin", "") + "@" + props.getProperty("model.version", "unknown");
            return new OpenNlpLanguageDetector(new LanguageDetectorModel(in), version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + name, e);
        }
    }

    /** Model name and version, e.g. {@code opennlp-langdetect-183@1.8.3}. */
    public String version() {
        return version;
    }

    @Override
    public DetectedLanguage detect(CharSequence text) {
        return detect(text, null);
    }

    @Override
    public DetectedLanguage detect(CharSequence text, String hint) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        return new LanguageVote().add(s, segment(s, hint)).result();
    }

    @Override
    public List<LanguageSegment> segment(String text) {
        return segment(text, null);
    }

    @Override
    public List<LanguageSegment> segment(String text, String hint) {
        Objects.requireNonNull(text, "text");
        String normalizedHint = LanguageCodes.normalize(hint);
        String masked = Scripts.maskNonLanguage(text);
        List<LanguageSegment> segments = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            for (Run run : runs(masked, pos, lineEnd)) {
                DetectedLanguage language = run.group == null
                        ? DetectedLanguage.UNDETERMINED
                        : classify(masked.substring(run.start, run.end), run, normalizedHint);
                append(segments, text, run.start, run.end, language);
            }
            pos = lineEnd + 1;
        }
        return absorbUndetermined(text, segments);
    }

    /** Adds a trimmed segment, merging it into the previous one when the language is the same. */
    private static void append(List<LanguageSegment> segments, String text, int start, int end, DetectedLanguage language) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        LanguageSegment segment = new LanguageSegment(language.language(), start, end, language.confidence());
        if (!segments.isEmpty()) {
            LanguageSegment last = segments.get(segments.size() - 1);
            if (last.language().equals(segment.language())) {
                segments.set(segments.size() - 1, merged(text, last, segment, last.language()));
                return;
            }
        }
        segments.add(segment);
    }

    private static LanguageSegment merged(String text, LanguageSegment a, LanguageSegment b, String language) {
        double wa = Math.max(1, Scripts.letterCount(text, a.start(), a.end()));
        double wb = Math.max(1, Scripts.letterCount(text, b.start(), b.end()));
        boolean aUnd = a.language().equals("und");
        boolean bUnd = b.language().equals("und");
        double confidence = aUnd ? b.confidence() : bUnd ? a.confidence() : (a.confidence() * wa + b.confidence() * wb) / (wa + wb);
        return new LanguageSegment(language, a.start(), b.end(), confidence);
    }

    /** Letterless stretches (numbers, emoji, links) join a neighbour unless the whole text is letterless. */
    private static List<LanguageSegment> absorbUndetermined(String text, List<LanguageSegment> segments) {
        if (segments.stream().allMatch(s -> s.language().equals("und"))) {
            return segments.isEmpty() ? List.of() : List.of(new LanguageSegment("und", segments.get(0).start(),
                    segments.get(segments.size() - 1).end(), 0.0));
        }
        List<LanguageSegment> out = new ArrayList<>();
        LanguageSegment pendingLeading = null;
        for (LanguageSegment s : segments) {
            if (s.language().equals("und")) {
                if (out.isEmpty()) {
                    pendingLeading = pendingLeading == null ? s : new LanguageSegment("und", pendingLeading.start(), s.end(), 0.0);
                } else {
                    LanguageSegment last = out.remove(out.size() - 1);
                    out.add(new LanguageSegment(last.language(), last.start(), s.end(), last.confidence()));
                }
                continue;
            }
            if (pendingLeading != null) {
                s = new LanguageSegment(s.language(), pendingLeading.start(), s.end(), s.confidence());
                pendingLeading = null;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).language().equals(s.language())) {
                LanguageSegment last = out.remove(out.size() - 1);
                out.add(merged(text, last, s, s.language()));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** A stretch of one script group inside a line; {@code group} null when it has no letters. */
    private static final class Run {
        final int start;
        int end;
        Group group;
        final Map<Group, Integer> letters = new EnumMap<>(Group.class);
        int kana;
        int sorani;

        Run(int start) {
            this.start = start;
        }

        int letterTotal() {
            return letters.values().stream().mapToInt(Integer::intValue).sum();
        }

        void absorb(Run other) {
            end = Math.max(end, other.end);
            other.letters.forEach((g, n) -> letters.merge(g, n, Integer::sum));
            kana += other.kana;
            sorani += other.sorani;
            group = letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }

    /** Splits {@code text[start, end)} where the script group changes, then folds short runs into neighbours. */
    private static List<Run> runs(String text, int start, int end) {
        List<Run> runs = new ArrayList<>();
        Run current = new Run(start);
        int lastBoundary = start; // where a new run would start: after the last whitespace
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            Group group = Scripts.groupOf(cp);
            if (Character.isWhitespace(cp)) {
                lastBoundary = i + Character.charCount(cp);
            } else if (group != null) {
                if (current.group != null && group != current.group && lastBoundary > current.start) {
                    current.end = lastBoundary;
                    runs.add(current);
                    current = new Run(lastBoundary);
                }
                current.letters.merge(group, 1, Integer::sum);
                current.group = current.group == null ? group : current.group;
                if (Scripts.isKana(cp)) {
                    current.kana++;
                }
                if (cp == 0x0695 || cp == 0x06B5 || cp == 0x06CE || cp == 0x06C6 || cp == 0x06D5) {
                    current.sorani++;
                }
            }
            i += Character.charCount(cp);
        }
        current.end = end;
        runs.add(current);
        // Fold runs too short to judge (a name, an acronym) into their larger neighbour.
        boolean changed = true;
        while (changed && runs.size() > 1) {
            changed = false;
            int smallest = -1;
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).letterTotal() < MIN_RUN_LETTERS
                        && (smallest < 0 || runs.get(i).letterTotal() < runs.get(smallest).letterTotal())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                Run small = runs.remove(smallest);
                int target = smallest == 0 ? 0
                        : smallest == runs.size() ? smallest - 1
                        : runs.get(smallest - 1).letterTotal() >= runs.get(smallest).letterTotal() ? smallest - 1 : smallest;
                Run into = runs.get(target);
                Run joined = new Run(Math.min(into.start, small.start));
                joined.end = Math.max(into.end, small.end);
                joined.absorb(into);
                joined.absorb(small);
                joined.end = Math.max(into.end, small.end);
                runs.set(target, joined);
                changed = true;
            }
        }
        // Folding can leave neighbours of one script side by side ("Arabic (MOU) Arabic"): join them.
        List<Run> coalesced = new ArrayList<>();
        for (Run run : runs) {
            Run last = coalesced.isEmpty() ? null : coalesced.get(coalesced.size() - 1);
            if (last != null && last.group == run.group) {
                last.absorb(run);
            } else {
                coalesced.add(run);
            }
        }
        return coalesced;
    }

    /** Arabic writes ي ك ة ى; Persian, Urdu and Pashto write ی ک پ چ ژ گ ...: a few such letters settle ar against the rest. */
    private static void applyOrthography(String text, Map<String, Double> byLanguage) {
        int arabicOnly = 0;
        int persoArabicOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ARABIC_ONLY.indexOf(c) >= 0) {
                arabicOnly++;
            } else if (PERSO_ARABIC_ONLY.indexOf(c) >= 0) {
                persoArabicOnly++;
            }
        }
        if (arabicOnly >= 2 && persoArabicOnly == 0) {
            byLanguage.computeIfPresent("ar", (k, p) -> p * ORTHOGRAPHY_PRIOR);
        } else if (persoArabicOnly >= 2 && arabicOnly == 0) {
            byLanguage.computeIfPresent("ar", (k, p) -> p / ORTHOGRAPHY_PRIOR);
        }
    }

    private DetectedLanguage classify(String text, Run run, String hint) {
        Group group = run.group;
        String single = SINGLE_LANGUAGE.get(group);
        if (single != null) {
            return new DetectedLanguage(single, SINGLE_LANGUAGE_SCRIPT_CONFIDENCE);
        }
        if (group == Group.CJK) {
            int cjk = run.letters.getOrDefault(Group.CJK, 0);
            return new DetectedLanguage(run.kana * 10 >= cjk && run.kana > 0 ? "ja" : "zh", SINGLE_LANGUAGE_SCRIPT_CONFIDENCE);
        }
        if (group == Group.ARABIC && run.sorani * 30 >= run.letters.getOrDefault(Group.ARABIC, 1)) {
            return new DetectedLanguage("ckb", 0.8);
        }
        Set<String> allowed = candidates.get(group);
        if (allowed == null) {
            return DetectedLanguage.UNDETERMINED;
        }
        String sample = text.length() > MAX_MODEL_CHARS ? text.substring(0, MAX_MODEL_CHARS) : text;
        Map<String, Double> byLanguage = new java.util.HashMap<>();
        for (Language prediction : model.predictLanguages(sample)) {
            if (allowed.contains(prediction.getLang())) {
                // Two model codes can be one language (pes/fas, est/ekk, lav/lvs). Take the larger, not the sum:
                // on short text the distribution is flat and summing would favour such languages.
                byLanguage.merge(LanguageCodes.normalize(prediction.getLang()), prediction.getConfidence(), Math::max);
            }
        }
        if (group == Group.ARABIC) {
            applyOrthography(text, byLanguage);
        }
        if (hint != null) {
            byLanguage.computeIfPresent(hint, (k, p) -> p * HINT_PRIOR);
        }
        String best = null;
        double p1 = 0;
        double p2 = 0;
        for (Map.Entry<String, Double> e : byLanguage.entrySet()) {
            double p = e.getValue();
            if (p > p1 || (p == p1 && best != null && e.getKey().compareTo(best) < 0)) {
                p2 = p1;
                p1 = p;
                best = e.getKey();
            } else if (p > p2) {
                p2 = p;
            }
        }
        if (best == null) {
            return DetectedLanguage.UNDETERMINED;
        }
        double confidence = p1 + p2 > 0 ? p1 / (p1 + p2) : 0.0;
        return new DetectedLanguage(best, Math.min(1.0, confidence));
    }
}
