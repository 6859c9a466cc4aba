package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.validate.ArticleValidator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleJsonTest {

    private final ArticleJson parser = new ArticleJson(new ArticleValidator());

    private ParsedArticle parse(String json) {
        return parser.parse(new SourceItem("test.jsonl", 7, json));
    }

    @Test
    void shouldBuildRawArticleWhenEveryFieldIsGiven() {
        ParsedArticle parsed = parse("""
                {"id":"a1","url":"https://example.org/a1","source":"example.org","title":"Title","body":"Some text here.",
                 "publishedAt":"2026-02-03T10:15:00+02:00","fetchedAt":"2026-02-03T09:00:00Z","language":"en",
                 "metadata":{"section":"world","rank":3},"unknownField":{"ignored":true}}""");

        assertThat(parsed).isInstanceOf(ParsedArticle.Valid.class);
        RawArticle article = ((ParsedArticle.Valid) parsed).article();
        assertThat(article.getId()).isEqualTo("a1");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T08:15:00Z"));
        assertThat(article.getFetchedAt()).isEqualTo(Instant.parse("2026-02-03T09:00:00Z"));
        assertThat(article.getLanguageHint()).isEqualTo("en");
        assertThat(article.getMetadata()).containsEntry("section", "world").containsEntry("rank", "3");
    }

    @Test
    void shouldDeriveStableIdFromUrlWhenIdIsMissing() {
        RawArticle first = ((ParsedArticle.Valid)
                        parse("{\"url\":\"https://Example.org/a?utm_source=x#top\",\"body\":\"Text body.\"}"))
                .article();
        RawArticle second =
                ((ParsedArticle.Valid) parse("{\"url\":\"https://example.org/a\",\"body\":\"Text body.\"}")).article();

        assertThat(first.getId()).startsWith("url-").isEqualTo(second.getId());
    }

    @Test
    void shouldAcceptDateOnlyPublishedAtAsMidnightUtc() {
        RawArticle article = ((ParsedArticle.Valid)
                        parse("{\"id\":\"d\",\"body\":\"Text.\",\"publishedAt\":\"2026-02-03\"}"))
                .article();

        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json at all                              | INVALID_JSON",
                "{\"id\": \"x\", \"body\": \"unterminated      | INVALID_JSON",
                "[1, 2, 3]                                    | NOT_AN_OBJECT",
                "\"just a string\"                            | NOT_AN_OBJECT",
                "{\"body\": \"text without id or url\"}       | MISSING_ID",
                "{\"id\": \"x\"}                              | NO_TEXT",
                "{\"id\": \"x\", \"body\": 42}                | INVALID_FIELD",
                "{\"id\": \"x\", \"body\": \"t\", \"publishedAt\": \"yesterday\"} | INVALID_FIELD",
                "{\"id\": \"x\", \"body\": \"t\", \"metadata\": [1]} | INVALID_FIELD",
                "{\"id\": \"x\", \"body\": \"t\", \"url\": \"not a url\"} | INVALID_URL",
            })
    void shouldRejectWithReasonAndLineNumberWhenInputIsInvalid(String json, String reason) {
        ParsedArticle parsed = parse(json);

        assertThat(parsed).isInstanceOf(ParsedArticle.Rejected.class);
        Rejection rejection = ((ParsedArticle.Rejected) parsed).rejection();
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.line()).isEqualTo(7);
        assertThat(rejection.message()).isNotBlank();
    }
}
