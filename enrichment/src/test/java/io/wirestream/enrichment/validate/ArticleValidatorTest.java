package io.wirestream.enrichment.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.ArticleInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2026-02-03T12:00:00Z");
    private final ArticleValidator validator =
            new ArticleValidator(ArticleValidator.Limits.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ArticleInput article(
            String id, String url, String title, String body, String html, Instant publishedAt) {
        return new ArticleInput(id, url, "test", title, body, html, publishedAt, null);
    }

    private ReasonCode[] codes(ArticleInput input) {
        return validator.validate(input).stream().map(Violation::code).toArray(ReasonCode[]::new);
    }

    @Test
    void shouldAcceptWhenArticleIsComplete() {
        assertThat(validator.validate(article("url-1", "https://example.com/a?b=1", "Title", "Body", null, NOW)))
                .isEmpty();
    }

    @Test
    void shouldRejectMissingIdWhenIdIsBlank() {
        assertThat(codes(article(" ", null, null, "Body", null, null))).containsExactly(ReasonCode.MISSING_ID);
    }

    @Test
    void shouldRejectIdTooLongWhenOver512Chars() {
        assertThat(codes(article("a".repeat(513), null, null, "Body", null, null)))
                .containsExactly(ReasonCode.ID_TOO_LONG);
        assertThat(codes(article("a".repeat(512), null, null, "Body", null, null)))
                .isEmpty();
    }

    @Test
    void shouldRejectIdInvalidCharsWhenIdHasSpaceOrNonAscii() {
        assertThat(codes(article("a b", null, null, "Body", null, null))).containsExactly(ReasonCode.ID_INVALID_CHARS);
        assertThat(codes(article("مقال", null, null, "Body", null, null))).containsExactly(ReasonCode.ID_INVALID_CHARS);
        assertThat(codes(article("a\u0000", null, null, "Body", null, null)))
                .containsExactly(ReasonCode.ID_INVALID_CHARS);
    }

    @Test
    void shouldRejectNoTextWhenBodyAndHtmlAreBlank() {
        assertThat(codes(article("id", null, "Title", " ", null, null))).containsExactly(ReasonCode.NO_TEXT);
        assertThat(codes(article("id", null, "Title", null, "<p>x</p>", null))).isEmpty();
    }

    @Test
    void shouldRejectInvalidUrlWhenNotAbsoluteHttp() {
        assertThat(codes(article("id", "example.com/a", null, "Body", null, null)))
                .containsExactly(ReasonCode.INVALID_URL);
        assertThat(codes(article("id", "ftp://example.com/a", null, "Body", null, null)))
                .containsExactly(ReasonCode.INVALID_URL);
        assertThat(codes(article("id", "https://exa mple.com", null, "Body", null, null)))
                .containsExactly(ReasonCode.INVALID_URL);
    }

    @Test
    void shouldRejectInvalidPublishedAtWhenBefore1900OrTooFarAhead() {
        assertThat(codes(article("id", null, null, "Body", null, Instant.parse("1899-12-31T23:59:59Z"))))
                .containsExactly(ReasonCode.INVALID_PUBLISHED_AT);
        assertThat(codes(article("id", null, null, "Body", null, NOW.plusSeconds(3 * 86_400))))
                .containsExactly(ReasonCode.INVALID_PUBLISHED_AT);
        assertThat(codes(article("id", null, null, "Body", null, NOW.plusSeconds(86_400))))
                .isEmpty();
    }

    @Test
    void shouldRejectTitleTooLongWhenOver2000Chars() {
        assertThat(codes(article("id", null, "t".repeat(2_001), "Body", null, null)))
                .containsExactly(ReasonCode.TITLE_TOO_LONG);
    }

    @Test
    void shouldRejectTooLargeWhenBodyOrHtmlExceedsLimit() {
        ArticleValidator small = new ArticleValidator(
                new ArticleValidator.Limits(
                        512, 2_000, 10, Instant.parse("1900-01-01T00:00:00Z"), java.time.Duration.ofDays(2)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(small.validate(article("id", null, null, "0123456789", null, null)))
                .isEmpty();
        // five Arabic letters are ten UTF-8 bytes; six are twelve
        assertThat(small.validate(article("id", null, null, "ابتثج", null, null)))
                .isEmpty();
        assertThat(small.validate(article("id", null, null, "ابتثجح", null, null)))
                .extracting(Violation::code)
                .containsExactly(ReasonCode.TOO_LARGE);
        assertThat(small.validate(article("id", null, null, "ok", "<p>0123456789</p>", null)))
                .extracting(Violation::code)
                .containsExactly(ReasonCode.TOO_LARGE);
    }

    @Test
    void shouldRejectTooLargeWhenBodyExceedsFiveMegabytesByDefault() {
        String big = "x".repeat(5 * 1024 * 1024 + 1);
        assertThat(codes(article("id", null, null, big, null, null))).containsExactly(ReasonCode.TOO_LARGE);
    }

    @Test
    void shouldReportEveryViolationWhenSeveralApply() {
        assertThat(codes(article("", "nope", "t".repeat(2_001), null, null, null)))
                .containsExactly(
                        ReasonCode.MISSING_ID, ReasonCode.NO_TEXT, ReasonCode.INVALID_URL, ReasonCode.TITLE_TOO_LONG);
    }
}
