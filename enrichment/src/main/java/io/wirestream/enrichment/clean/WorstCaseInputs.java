package io.wirestream.enrichment.clean;

import io.wirestream.enrichment.ArticleInput;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Hostile inputs that {@link TextCleaner#clean} must finish in bounded time and memory: deep and wide
 * markup, huge tokens, entity chains, a megabyte of one repeated line, and bait for every pattern in the
 * chain (long runs of spaces, parentheses, {@code @}, digits, dashes, combining marks). One list, so the
 * tests that assert the outcomes and the {@code CleaningWorstCase} benchmark that prints the costs always
 * measure the same things. Inputs are built on demand; each is at most a few megabytes.
 */
public final class WorstCaseInputs {

    /**
     * One hostile input.
     *
     * @param name  a short stable name, e.g. {@code "html-nesting-10000"}
     * @param input builds the article (a few MB at most); call once per measurement
     */
    public record Case(String name, Supplier<ArticleInput> input) {}

    private static final String SENTENCE =
            "The council approved the new budget on Monday, after a long debate about schools and roads.";
    private static final int MEGABYTE = 1 << 20;

    private WorstCaseInputs() {}

    /** Every case, plain text first, then HTML. */
    public static List<Case> all() {
        return List.of(
                text("text-repeated-line-1mb", () -> repeatTo(SENTENCE + "\n", MEGABYTE)),
                text("text-repeated-furniture-1mb", () -> repeatTo("Read also: Share on Facebook\n", MEGABYTE)),
                text(
                        "text-repeated-tweet-signature-1mb",
                        () -> repeatTo(
                                "We signed. pic.twitter.com/abc — Prime Minister (@IsraeliPM) February 3, 2026\n",
                                MEGABYTE)),
                text("text-repeated-dateline-1mb", () -> repeatTo("Published: 2026-02-03\n", MEGABYTE)),
                text("text-repeated-credit-1mb", () -> repeatTo("(Reuters)\n", MEGABYTE)),
                text("text-token-200000", () -> "a".repeat(200_000)),
                text("text-angle-brackets-100000", () -> "<".repeat(100_000)),
                text("text-entity-chain", () -> "&amp;".repeat(100_000)),
                text("text-spaces-in-parentheses", () -> SENTENCE + "\n(" + " \u00A0\t".repeat(70_000) + "Reuters)"),
                text("text-parentheses-200000", () -> SENTENCE + "\n" + "(".repeat(100_000) + ")".repeat(100_000)),
                text("text-at-signs", () -> SENTENCE + "\n" + "(@".repeat(100_000) + ")"),
                text("text-digits-200000", () -> "1".repeat(200_000)),
                text("text-dateline-bait", () -> "Published: " + "1 ".repeat(100_000) + "\n" + SENTENCE),
                text("text-byline-bait", () -> "By " + "Jane ".repeat(40_000) + "March 4, 2026\n" + SENTENCE),
                text("text-signature-bait", () -> "Text " + "— ".repeat(50_000) + "A (@a) February 3, 2026"),
                text("text-signature-handles", () -> "Text — " + "A (@a) ".repeat(30_000) + "February 3, 2026"),
                text("text-instagram-bait", () -> "A post shared by ".repeat(20_000) + "@a"),
                text("text-combining-marks", () -> "a" + "\u0301\u0316".repeat(100_000)),
                text("text-short-lines-200000", () -> "x\n".repeat(200_000)),
                html(
                        "html-nesting-10000",
                        () -> "<html><body>" + "<div>".repeat(10_000) + "<p>" + SENTENCE + "</p>"
                                + "</div>".repeat(10_000)),
                html(
                        "html-paragraphs-200000",
                        () -> "<article>" + "<p>A short paragraph of text, with a comma.</p>".repeat(200_000)
                                + "</article>"),
                html("html-angle-brackets-100000", () -> "<p>" + "<".repeat(100_000) + "</p>"),
                html("html-token-200000", () -> "<p>" + "a".repeat(200_000) + "</p>"),
                html(
                        "html-entity-chain",
                        () -> "<p>" + "&amp;amp;".repeat(100_000) + "</p><p>&" + "amp;".repeat(100_000) + "</p>"),
                html(
                        "html-repeated-line-1mb",
                        () -> "<article>" + repeatTo("<p>" + SENTENCE + "</p>\n", MEGABYTE) + "</article>"));
    }

    /** The case with this name. */
    public static Case named(String name) {
        return all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no worst case named " + name));
    }

    private static Case text(String name, Supplier<String> body) {
        return new Case(name, () -> ArticleInput.ofText(name, null, body.get()));
    }

    private static Case html(String name, Supplier<String> page) {
        return new Case(
                name,
                () -> new ArticleInput(name, "https://example.com/" + name, null, null, null, page.get(), null, null));
    }

    private static String repeatTo(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }
}
