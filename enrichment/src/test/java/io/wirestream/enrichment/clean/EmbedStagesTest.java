package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.ArticleInput;
import org.junit.jupiter.api.Test;

/** Instagram and YouTube embeds flattened into text; tweets are covered in {@link TextCleanerTest}. */
class EmbedStagesTest {

    private static final TextCleaner CLEANER = new TextCleaner();

    private static CleanedArticle clean(String body) {
        return CLEANER.clean(ArticleInput.ofText("id", null, body));
    }

    @Test
    void shouldMoveInstagramSignatureToEmbedWhenCaptionPrecedesIt() {
        CleanedArticle cleaned = clean("Intro.\nView this post on Instagram\nGreat day in Baku #ai\n"
                + "A post shared by Jane Doe (@jane.doe) on Feb 3, 2026 at 7:12am PST\nOutro.");

        assertThat(cleaned.paragraphs()).containsExactly("Intro.", "Great day in Baku #ai", "Outro.");
        assertThat(cleaned.embeds()).singleElement().satisfies(e -> {
            assertThat(cleaned.text().substring(e.start(), e.end())).isEqualTo("Great day in Baku #ai");
            assertThat(e)
                    .extracting(Embed::kind, Embed::author, Embed::handle, Embed::date)
                    .containsExactly("instagram", "Jane Doe", "jane.doe", "Feb 3, 2026 at 7:12am PST");
        });
        assertThat(cleaned.report()).containsEntry("embed-signature", 1).containsEntry("embed-furniture", 1);
    }

    @Test
    void shouldCutInstagramSignatureWhenItEndsTheCaptionParagraph() {
        CleanedArticle cleaned =
                clean("Caption text. A post shared by NASA (@nasa) https://www.instagram.com/p/ABC123/");

        assertThat(cleaned.text()).isEqualTo("Caption text.");
        assertThat(cleaned.embeds())
                .singleElement()
                .extracting(Embed::kind, Embed::author, Embed::handle, Embed::url)
                .containsExactly("instagram", "NASA", "nasa", "https://www.instagram.com/p/ABC123/");
    }

    @Test
    void shouldReadInstagramSignatureWhenItIsInFrench() {
        CleanedArticle cleaned = clean("Légende.\nUne publication partagée par Le Monde (@lemondefr)");

        assertThat(cleaned.text()).isEqualTo("Légende.");
        assertThat(cleaned.embeds()).singleElement().extracting(Embed::handle).isEqualTo("lemondefr");
    }

    @Test
    void shouldKeepProseWhenItOnlyMentionsAPostSharedByAFriend() {
        String body = "The photo was a post shared by a friend of the minister, officials said.";

        assertThat(clean(body).text()).isEqualTo(body);
        assertThat(clean(body).embeds()).isEmpty();
    }

    @Test
    void shouldMoveYouTubeLinkToEmbedWhenItEndsACaption() {
        CleanedArticle cleaned =
                clean("Intro.\nWatch: the launch from Baikonur https://www.youtube.com/watch?v=dQw4w9WgXcQ\nOutro.");

        assertThat(cleaned.paragraphs()).containsExactly("Intro.", "Watch: the launch from Baikonur", "Outro.");
        assertThat(cleaned.embeds()).singleElement().satisfies(e -> {
            assertThat(cleaned.text().substring(e.start(), e.end())).isEqualTo("Watch: the launch from Baikonur");
            assertThat(e)
                    .extracting(Embed::kind, Embed::url)
                    .containsExactly("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        });
    }

    @Test
    void shouldLeaveEmptyEmbedWhenYouTubeLinkStandsAlone() {
        CleanedArticle cleaned = clean("Intro.\nhttps://youtu.be/dQw4w9WgXcQ\nWatch on YouTube\nOutro.");

        assertThat(cleaned.paragraphs()).containsExactly("Intro.", "Outro.");
        assertThat(cleaned.embeds()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(e.end()).isEqualTo("Intro.".length());
            assertThat(e.url()).isEqualTo("https://youtu.be/dQw4w9WgXcQ");
        });
        assertThat(cleaned.report()).containsEntry("embed-furniture", 1);
    }

    @Test
    void shouldKeepYouTubeLinkWhenItIsInsideASentence() {
        String body = "The video https://www.youtube.com/watch?v=abc was viewed a million times.";

        assertThat(clean(body).text()).isEqualTo(body);
    }

    @Test
    void shouldKeepEveryEmbedInTextOrderWhenKindsMix() {
        CleanedArticle cleaned = clean("Tweet text — A (@a) February 3, 2026\nCaption\nA post shared by B (@b)\n"
                + "Video title https://youtu.be/x1\nEnd.");

        assertThat(cleaned.embeds()).extracting(Embed::kind).containsExactly("tweet", "instagram", "youtube");
        assertThat(cleaned.embeds())
                .extracting(e -> cleaned.text().substring(e.start(), e.end()))
                .containsExactly("Tweet text", "Caption", "Video title");
    }
}
