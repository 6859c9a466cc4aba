package io.wirestream.enrichment;

import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.clean.TextCleaner;
import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.lang.LanguageDetector;
import io.wirestream.enrichment.lang.LanguageSegment;
import io.wirestream.enrichment.lang.LanguageVote;
import io.wirestream.enrichment.langid.NgramLanguageDetector;
import io.wirestream.enrichment.link.LinkedEntityTagger;
import io.wirestream.enrichment.ner.NerTagger;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.enrichment.validate.ReasonCode;
import io.wirestream.enrichment.validate.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The enrichment chain: validate, clean, detect language, tag entities. Each stage is a method of its
 * own so the Kafka topology can run (and name) them one by one; {@link #enrich} runs them all.
 *
 * <p>Thread-safe; build one per process with {@link #loadDefault()}, which loads every model once.
 * Rejects and failures surface as {@link EnrichmentException} with a {@link ReasonCode} and the stage
 * name ({@code validate}, {@code clean-text}, {@code detect-language}, {@code tag-entities}).
 */
public final class Enricher {

    private final ArticleValidator validator;
    private final TextCleaner cleaner;
    private final LanguageDetector detector;
    private final EntityTagger tagger;
    private final Map<String, String> modelVersions;
    private final int nlpCharBudget;

    /**
     * The language detector reads at most this many characters of each paragraph; the rest of a longer
     * paragraph is taken to be in the language of its beginning. Keeps detection cost bounded per article.
     */
    static final int MAX_LANGUAGE_PARAGRAPH = 3_000;

    /** Default {@link #nlpCharBudget()}: about 15,000 words, far beyond any news story. */
    public static final int DEFAULT_NLP_CHAR_BUDGET = 100_000;

    /**
     * @param modelVersions stage name -> version of what that stage runs, reported in every result
     */
    public Enricher(
            ArticleValidator validator,
            TextCleaner cleaner,
            LanguageDetector detector,
            EntityTagger tagger,
            Map<String, String> modelVersions) {
        this(validator, cleaner, detector, tagger, modelVersions, DEFAULT_NLP_CHAR_BUDGET);
    }

    /**
     * @param nlpCharBudget the language and entity stages see at most this many characters of the clean
     *                      text (cut at a paragraph or word boundary), so that no article can take
     *                      unbounded time; the record says so with {@code truncated}
     */
    public Enricher(
            ArticleValidator validator,
            TextCleaner cleaner,
            LanguageDetector detector,
            EntityTagger tagger,
            Map<String, String> modelVersions,
            int nlpCharBudget) {
        if (nlpCharBudget < 1_000) {
            throw new IllegalArgumentException("nlpCharBudget must be at least 1000 characters, was " + nlpCharBudget);
        }
        this.nlpCharBudget = nlpCharBudget;
        this.validator = Objects.requireNonNull(validator, "validator");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.modelVersions = Map.copyOf(modelVersions);
    }

    private static volatile Enricher shared;

    /**
     * The default chain: our n-gram language detector (90 languages, from Lingua's models), the
     * statistical entity taggers (15 languages) merged with the gazetteer and linked to the knowledge
     * base. Models are immutable, so they are loaded once per JVM (a few seconds, about 300 MB of heap)
     * and every later call returns the same instance.
     */
    public static Enricher loadDefault() {
        Enricher result = shared;
        if (result == null) {
            synchronized (Enricher.class) {
                result = shared;
                if (result == null) {
                    result = load();
                    shared = result;
                }
            }
        }
        return result;
    }

    private static Enricher load() {
        NgramLanguageDetector detector = NgramLanguageDetector.loadDefault();
        NerTagger ner = NerTagger.loadDefault();
        LinkedEntityTagger tagger = LinkedEntityTagger.loadDefault(ner);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(EnrichmentException.STAGE_CLEAN, TextCleaner.VERSION);
        versions.put(EnrichmentException.STAGE_LANGUAGE, detector.version());
        versions.put(EnrichmentException.STAGE_ENTITIES, ner.version() + "+" + tagger.version());
        return new Enricher(new ArticleValidator(), new TextCleaner(), detector, tagger, versions);
    }

    /** The same chain with another NLP budget (characters of clean text the language and entity stages see). */
    public Enricher withNlpCharBudget(int chars) {
        return new Enricher(validator, cleaner, detector, tagger, modelVersions, chars);
    }

    /** Characters of clean text the language and entity stages see. */
    public int nlpCharBudget() {
        return nlpCharBudget;
    }

    /** Whether the language and entity stages saw only a prefix of this article's text. */
    public boolean isTruncatedForNlp(CleanedArticle cleaned) {
        return cleaned.text().length() > nlpCharBudget;
    }

    /** The prefix of the text within the NLP budget, cut at a paragraph break, else at whitespace. */
    private String nlpText(String text) {
        if (text.length() <= nlpCharBudget) {
            return text;
        }
        int cut = text.lastIndexOf("\n\n", nlpCharBudget);
        if (cut < nlpCharBudget / 2) {
            cut = text.lastIndexOf(' ', nlpCharBudget);
        }
        return text.substring(0, cut < nlpCharBudget / 2 ? nlpCharBudget : cut);
    }

    /** Stage {@code validate}: every violation, empty when the article is acceptable. */
    public List<Violation> validate(ArticleInput article) {
        Objects.requireNonNull(article, "article");
        return guard(EnrichmentException.STAGE_VALIDATE, () -> validator.validate(article));
    }

    /**
     * Stage {@code clean-text}.
     *
     * @throws EnrichmentException {@link ReasonCode#EMPTY_TEXT_AFTER_CLEANING} when no readable body is left,
     *                             {@link ReasonCode#STAGE_FAILED} when cleaning throws
     */
    public CleanedArticle clean(ArticleInput article) {
        Objects.requireNonNull(article, "article");
        CleanedArticle cleaned = guard(EnrichmentException.STAGE_CLEAN, () -> cleaner.clean(article));
        if (cleaned.text().isEmpty()) {
            throw new EnrichmentException(
                    ReasonCode.EMPTY_TEXT_AFTER_CLEANING,
                    EnrichmentException.STAGE_CLEAN,
                    "no readable text left after cleaning article " + article.id());
        }
        return cleaned;
    }

    /**
     * Stage {@code detect-language}: segments of the body; the document language from title and body,
     * weighted by letters, with {@code languageHint} as a small prior.
     */
    public LanguageResult detectLanguage(CleanedArticle cleaned, String languageHint) {
        Objects.requireNonNull(cleaned, "cleaned");
        return guard(EnrichmentException.STAGE_LANGUAGE, () -> {
            String text = nlpText(cleaned.text());
            LanguageView view = LanguageView.of(text, MAX_LANGUAGE_PARAGRAPH);
            List<LanguageSegment> body = view.toText(detector.segment(view.view(), languageHint));
            LanguageView titleView = LanguageView.of(cleaned.title(), MAX_LANGUAGE_PARAGRAPH);
            List<LanguageSegment> title = titleView.toText(detector.segment(titleView.view(), languageHint));
            DetectedLanguage document = new LanguageVote()
                    .add(cleaned.title(), title)
                    .add(text, body)
                    .result();
            if (text.length() < cleaned.text().length()) {
                // the unread tail is assumed to be in the document language, with no confidence
                List<LanguageSegment> all = new ArrayList<>(body);
                all.add(new LanguageSegment(
                        document.language(), text.length(), cleaned.text().length(), 0.0));
                body = List.copyOf(all);
            }
            DetectedLanguage titleLanguage = cleaned.title().isBlank()
                    ? DetectedLanguage.UNDETERMINED
                    : detector.detect(titleView.view(), languageHint);
            return new LanguageResult(document, body, titleLanguage);
        });
    }

    /**
     * Stage {@code tag-entities}: mentions in the body, each language segment tagged with its own language
     * rules; offsets point into {@code cleaned.text()}.
     */
    public List<EntityMention> tagEntities(CleanedArticle cleaned, LanguageResult language) {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(language, "language");
        return guard(EnrichmentException.STAGE_ENTITIES, () -> {
            String text = nlpText(cleaned.text());
            List<LanguageSegment> segments = language.segments().isEmpty() && !text.isEmpty()
                    ? List.of(new LanguageSegment(language.document().language(), 0, text.length(), 0.0))
                    : language.segments();
            if (tagger instanceof LinkedEntityTagger linked) {
                // one linking pass over the whole article, so mentions in different segments share ids
                List<LanguageSegment> within = new ArrayList<>();
                for (LanguageSegment segment : segments) {
                    if (segment.start() < text.length()) {
                        within.add(new LanguageSegment(
                                segment.language(),
                                segment.start(),
                                Math.min(segment.end(), text.length()),
                                segment.confidence()));
                    }
                }
                return nameLike(linked.tagArticle(text, within));
            }
            List<EntityMention> mentions = new ArrayList<>();
            for (LanguageSegment segment : segments) {
                if (segment.start() >= text.length()) {
                    break;
                }
                String part = text.substring(segment.start(), Math.min(segment.end(), text.length()));
                for (EntityMention m : tagger.tag(part, segment.language())) {
                    mentions.add(m.shifted(segment.start()));
                }
            }
            return nameLike(mentions);
        });
    }

    /**
     * Runs every stage.
     *
     * @throws EnrichmentException for an invalid article (stage {@code validate}, the first violation's code),
     *                             an empty text after cleaning, or a stage failure
     */
    public EnrichmentResult enrich(ArticleInput article) {
        List<Violation> violations = validate(article);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new EnrichmentException(first.code(), EnrichmentException.STAGE_VALIDATE, first.message());
        }
        CleanedArticle cleaned = clean(article);
        LanguageResult language = detectLanguage(cleaned, article.languageHint());
        List<EntityMention> entities = tagEntities(cleaned, language);
        return new EnrichmentResult(cleaned, language, entities, contentHash(cleaned), modelVersions);
    }

    /** SHA-256 hex of the {@link MatchingKey} of title and text: equal for copies that differ only in spelling variants. */
    public String contentHash(CleanedArticle cleaned) {
        Objects.requireNonNull(cleaned, "cleaned");
        String key = MatchingKey.of(cleaned.title()) + "\n" + MatchingKey.of(cleaned.text());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Stage name -> model or resource version, e.g. {@code detect-language -> ngram-langid-1/ngrams.bin.gz/90-languages}. */
    public Map<String, String> modelVersions() {
        return modelVersions;
    }

    /** Drops mentions without a single letter (a run of punctuation is never a name, whatever a model says). */
    private static List<EntityMention> nameLike(List<EntityMention> mentions) {
        List<EntityMention> kept = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            if (mention.text().codePoints().anyMatch(Character::isLetter)) {
                kept.add(mention);
            }
        }
        return List.copyOf(kept);
    }

    private static <T> T guard(String stage, Supplier<T> work) {
        try {
            return work.get();
        } catch (EnrichmentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EnrichmentException(
                    ReasonCode.STAGE_FAILED, stage, e.getClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
