package io.wirestream.enrichment.clean;

import io.wirestream.enrichment.ArticleInput;
import io.wirestream.enrichment.html.ArticleExtractor;
import io.wirestream.enrichment.html.ExtractedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an {@link ArticleInput} into readable, normalized text: an ordered chain of small stateless
 * stages (see each stage's documentation for its sharp edges). Immutable and thread-safe.
 *
 * <ol>
 *   <li>character stages, on title and body: lone surrogates to U+FFFD, line endings, C0/C1 controls,
 *       tatweel, invisible format characters (bidi, zero-width; ZWNJ/ZWJ kept where the script needs
 *       them), runs of more than 30 combining marks, NFC, whitespace;</li>
 *   <li>structure stages, on the body only: one blank line between paragraphs; then, repeated until
 *       nothing changes, page furniture lines ("Read also: …", share rows, captions…), leaked datelines
 *       and bylines at the top, embedded tweet, Instagram and YouTube signatures, trailing credit line.</li>
 * </ol>
 *
 * <p>Cost is linear in the input (a bounded number of passes, each stage reading a bounded window per
 * paragraph; no backtracking-prone pattern sees more than a few hundred chars), so the input size limit
 * that {@link io.wirestream.enrichment.validate.ArticleValidator} enforces bounds time and memory.
 *
 * <p>The text people read keeps its harakat, case and punctuation; normalization for matching is
 * {@link MatchingKey}'s job. Cleaning its own output text again changes nothing.
 */
public final class TextCleaner {

    static final List<CleaningStage> CHARACTER_STAGES = List.of(
            new LoneSurrogateStage(),
            new LineEndingStage(),
            new ControlCharStage(),
            new TatweelStage(),
            new InvisibleCharStage(),
            new ExcessMarkStage(),
            new NfcStage(),
            new WhitespaceStage());

    static final List<CleaningStage> BODY_STAGES = List.of(
            new ParagraphStage(),
            new UntilStableStage(List.of(
                    new FurnitureLineStage(),
                    new DatelineStage(),
                    new TweetEmbedStage(),
                    new InstagramEmbedStage(),
                    new YouTubeEmbedStage(),
                    new CreditLineStage())));

    static final List<CleaningStage> TITLE_STAGES = List.of(new SingleLineStage());

    /** Bumped whenever a change to the chain can change its output. */
    public static final String VERSION = "text-cleaner-2";

    private final ArticleExtractor extractor;

    public TextCleaner() {
        this(new ArticleExtractor());
    }

    public TextCleaner(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Cleans an article. The body is {@code body} when it is non-blank, else the text extracted from
     * {@code html}; the title falls back to the HTML's title. Never throws for odd text; the result's
     * text is empty when nothing readable was left.
     *
     * @param article the article; never null
     * @return the cleaned article; never null
     */
    public CleanedArticle clean(ArticleInput article) {
        Objects.requireNonNull(article, "article");
        String body = article.body();
        String title = article.title();
        Map<String, Integer> report = new HashMap<>();
        if ((body == null || body.isBlank())
                && article.html() != null
                && !article.html().isBlank()) {
            ExtractedArticle extracted = extractor.extract(article.html(), article.url());
            body = extracted.text();
            if (title == null || title.isBlank()) {
                title = extracted.title();
            }
            extracted.removed().forEach((kind, count) -> report.merge("html-" + kind, count, Integer::sum));
        }
        Draft bodyDraft = run(Draft.of(body == null ? "" : body, article.publishedAt()), CHARACTER_STAGES);
        bodyDraft = run(bodyDraft, BODY_STAGES);
        Draft titleDraft = run(run(Draft.of(title == null ? "" : title, null), CHARACTER_STAGES), TITLE_STAGES);
        bodyDraft.report().forEach((kind, count) -> report.merge(kind, count, Integer::sum));
        titleDraft.report().forEach((kind, count) -> report.merge(kind, count, Integer::sum));
        return new CleanedArticle(
                titleDraft.text(),
                bodyDraft.text(),
                bodyDraft.publishedAt(),
                bodyDraft.publishedAtSource(),
                bodyDraft.credits(),
                bodyDraft.embeds(),
                report);
    }

    /** Cleans a bare text with the body chain, for callers without an article (tests, tools). */
    public String cleanText(String text) {
        Objects.requireNonNull(text, "text");
        return run(run(Draft.of(text, null), CHARACTER_STAGES), BODY_STAGES).text();
    }

    /**
     * Cleans a cleaned article's body again, embeds included: what "cleaning twice changes nothing" means
     * for text that holds embedded posts, whose paragraphs are protected only while their embeds are known.
     */
    CleanedArticle cleanAgain(CleanedArticle cleaned) {
        Draft draft = new Draft(
                cleaned.text(),
                cleaned.publishedAt(),
                cleaned.publishedAtSource(),
                cleaned.credits(),
                cleaned.embeds(),
                Map.of());
        Draft again = run(run(draft, CHARACTER_STAGES), BODY_STAGES);
        return new CleanedArticle(
                cleaned.title(),
                again.text(),
                again.publishedAt(),
                again.publishedAtSource(),
                again.credits(),
                again.embeds(),
                again.report());
    }

    private static Draft run(Draft draft, List<CleaningStage> stages) {
        Draft current = draft;
        for (CleaningStage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }
}
