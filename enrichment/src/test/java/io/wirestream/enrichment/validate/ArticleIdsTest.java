package io.wirestream.enrichment.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "HTTPS://Example.COM/News/Story/|https://example.com/News/Story",
                "https://example.com/a?utm_source=x&id=7&UTM_medium=y#top|https://example.com/a?id=7",
                "https://example.com:443/a|https://example.com/a",
                "http://example.com:8080/a/|http://example.com:8080/a",
                "https://example.com/|https://example.com",
                "https://example.com/a?utm_source=x|https://example.com/a",
            })
    void shouldNormalizeUrlWhenGivenVariants(String url, String expected) {
        assertThat(ArticleIds.normalizeUrl(url)).isEqualTo(expected);
    }

    @Test
    void shouldDeriveSameIdWhenUrlsDifferOnlyInTrackingAndCase() {
        String id = ArticleIds.fromUrl("https://example.com/news/1");

        assertThat(id).matches("url-[0-9a-f]{32}");
        assertThat(ArticleIds.fromUrl("HTTPS://EXAMPLE.com/news/1/?utm_campaign=z#frag"))
                .isEqualTo(id);
        assertThat(ArticleIds.fromUrl("https://example.com/news/2")).isNotEqualTo(id);
    }

    @Test
    void shouldMatchKnownDigestWhenUrlIsFixed() {
        // sha256("https://example.com/news/1") — golden value, pinned so the id scheme never drifts silently
        assertThat(ArticleIds.fromUrl("https://example.com/news/1")).isEqualTo("url-3eaea8abd01c3643b0d4c6bc01f2cd93");
    }

    @Test
    void shouldRejectWhenUrlIsNotAbsolute() {
        assertThatThrownBy(() -> ArticleIds.fromUrl("/news/1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleIds.fromUrl("not a url")).isInstanceOf(IllegalArgumentException.class);
    }
}
