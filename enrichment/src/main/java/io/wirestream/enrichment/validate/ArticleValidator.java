package io.wirestream.enrichment.validate;

import io.wirestream.enrichment.ArticleInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks an {@link ArticleInput} against size and plausibility limits before any expensive work.
 * Immutable and thread-safe.
 *
 * <p>Returns every violation found, in a fixed order (id, text, url, time, title, size), so the
 * first one is the most fundamental. Text that becomes empty only after cleaning is reported by the
 * cleaning stage ({@link ReasonCode#EMPTY_TEXT_AFTER_CLEANING}), not here.
 */
public final class ArticleValidator {

    /**
     * Limits applied by the validator.
     *
     * @param maxIdLength        maximum id length in chars
     * @param maxTitleLength     maximum title length in chars
     * @param maxTextBytes       maximum UTF-8 size of body and of html, each
     * @param earliestPublished  earliest acceptable publication instant
     * @param maxFutureSkew      how far past "now" a publication instant may be (clock skew, time zones)
     */
    public record Limits(
            int maxIdLength, int maxTitleLength, long maxTextBytes, Instant earliestPublished, Duration maxFutureSkew) {

        public Limits {
            if (maxIdLength <= 0 || maxTitleLength <= 0 || maxTextBytes <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
            Objects.requireNonNull(earliestPublished, "earliestPublished");
            Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        }

        /** 512-char ids, 2,000-char titles, 5 MB texts, published from 1900 to two days ahead. */
        public static Limits defaults() {
            return new Limits(512, 2_000, 5L * 1024 * 1024, Instant.parse("1900-01-01T00:00:00Z"), Duration.ofDays(2));
        }
    }

    private final Limits limits;
    private final Clock clock;

    public ArticleValidator() {
        this(Limits.defaults(), Clock.systemUTC());
    }

    public ArticleValidator(Limits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Limits limits() {
        return limits;
    }

    /**
     * @param article the article; never null
     * @return the violations, empty when the article is acceptable; never null
     */
    public List<Violation> validate(ArticleInput article) {
        Objects.requireNonNull(article, "article");
        List<Violation> violations = new ArrayList<>();
        checkId(article.id(), violations);
        if (isBlank(article.body()) && isBlank(article.html())) {
            violations.add(new Violation(ReasonCode.NO_TEXT, "neither body nor html has text"));
        }
        if (article.url() != null && !isHttpUrl(article.url())) {
            violations.add(new Violation(ReasonCode.INVALID_URL, "url is not an absolute http(s) URL with a host"));
        }
        Instant published = article.publishedAt();
        if (published != null) {
            Instant latest = clock.instant().plus(limits.maxFutureSkew());
            if (published.isBefore(limits.earliestPublished()) || published.isAfter(latest)) {
                violations.add(new Violation(
                        ReasonCode.INVALID_PUBLISHED_AT,
                        "publishedAt " + published + " outside [" + limits.earliestPublished() + ", " + latest + "]"));
            }
        }
        if (article.title() != null && article.title().length() > limits.maxTitleLength()) {
            violations.add(new Violation(
                    ReasonCode.TITLE_TOO_LONG,
                    "title has " + article.title().length() + " chars, limit " + limits.maxTitleLength()));
        }
        checkSize("body", article.body(), violations);
        checkSize("html", article.html(), violations);
        return List.copyOf(violations);
    }

    private void checkId(String id, List<Violation> violations) {
        if (isBlank(id)) {
            violations.add(new Violation(ReasonCode.MISSING_ID, "id is missing"));
            return;
        }
        if (id.length() > limits.maxIdLength()) {
            violations.add(new Violation(
                    ReasonCode.ID_TOO_LONG, "id has " + id.length() + " chars, limit " + limits.maxIdLength()));
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                violations.add(new Violation(
                        ReasonCode.ID_INVALID_CHARS,
                        String.format(
                                Locale.ROOT, "id has U+%04X at index %d; only visible ASCII is allowed", (int) c, i)));
                return;
            }
        }
    }

    private void checkSize(String field, String value, List<Violation> violations) {
        if (value == null) {
            return;
        }
        long bytes = utf8Length(value, limits.maxTextBytes());
        if (bytes > limits.maxTextBytes()) {
            violations.add(
                    new Violation(ReasonCode.TOO_LARGE, field + " exceeds " + limits.maxTextBytes() + " UTF-8 bytes"));
        }
    }

    /** The UTF-8 length of {@code s}, or any value above {@code cap} once it is known to exceed it. */
    static long utf8Length(String s, long cap) {
        if ((long) s.length() * 3 <= cap) {
            return s.length(); // cannot exceed the cap; exact size not needed
        }
        if (s.length() > cap) {
            return s.length();
        }
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return uri.isAbsolute()
                    && scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
