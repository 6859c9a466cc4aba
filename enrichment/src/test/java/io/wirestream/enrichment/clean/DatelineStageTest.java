package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.ArticleInput;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Publication metadata at the top of a plain-text body: it leaves the text and becomes {@code publishedAt}. */
class DatelineStageTest {

    private static final TextCleaner CLEANER = new TextCleaner();
    private static final String STORY = "The story starts here.";

    static Stream<Arguments> metadata() {
        return Stream.of(
                // English
                Arguments.of("en byline bar", "By Jane Doe, Reuters | March 4, 2026", "2026-03-04", "byline"),
                Arguments.of(
                        "en byline time",
                        "By Jane Doe and John Roe - Updated 10:30 AM GMT, Feb. 3, 2026",
                        "2026-02-03",
                        "byline"),
                Arguments.of("en byline read time", "By Jane Doe | 4 March 2026 | 3 min read", "2026-03-04", "byline"),
                Arguments.of(
                        "en published",
                        "Published: Tuesday, February 3, 2026 at 10:15 a.m. EST",
                        "2026-02-03",
                        "dateline"),
                Arguments.of("en posted", "Posted on Feb 3rd, 2026", "2026-02-03", "dateline"),
                Arguments.of("en updated only", "Last updated: 2026-02-03 10:15", "2026-02-03", "dateline"),
                Arguments.of(
                        "en iso offset", "Published 2026-02-03T10:15:00+03:00", "2026-02-03T07:15:00Z", "dateline"),
                Arguments.of("en us numeric day over 12", "Published 02/23/2026", "2026-02-23", "dateline"),
                // French
                Arguments.of("fr publie le", "Publié le 12 février 2026 à 10h30", "2026-02-12", "dateline"),
                Arguments.of(
                        "fr mis a jour",
                        "Publié le jeudi 12 février 2026 à 10h30, mis à jour le 13 février 2026 à 08h00",
                        "2026-02-12",
                        "dateline"),
                Arguments.of("fr premier", "Publié le 1er mars 2026", "2026-03-01", "dateline"),
                Arguments.of("fr byline", "Par Jean Dupont, le 12 février 2026", "2026-02-12", "byline"),
                // German
                Arguments.of("de stand", "Stand: 03.02.2026 14:15 Uhr", "2026-02-03", "dateline"),
                Arguments.of("de day month", "Dienstag, 3. Februar 2026", "2026-02-03", "dateline"),
                Arguments.of(
                        "de veroeffentlicht", "Veröffentlicht am 3. Februar 2026, 14:15 Uhr", "2026-02-03", "dateline"),
                Arguments.of("de byline", "Von Anna Schmidt | 03.02.2026", "2026-02-03", "byline"),
                // Russian
                Arguments.of("ru published", "Опубликовано 3 февраля 2026", "2026-02-03", "dateline"),
                Arguments.of("ru numeric", "Опубликовано: 03.02.2026, 14:15", "2026-02-03", "dateline"),
                Arguments.of("ru year word", "3 февраля 2026 г., 14:15", "2026-02-03", "dateline"),
                // Arabic
                Arguments.of("ar levantine", "3 شباط/فبراير 2026", "2026-02-03", "dateline"),
                Arguments.of("ar levantine first", "الثلاثاء 3 فبراير/شباط 2026", "2026-02-03", "dateline"),
                Arguments.of("ar kanun", "نشر في 15 كانون الثاني 2026", "2026-01-15", "dateline"),
                Arguments.of("ar tishrin", "1 تشرين الأول 2025", "2025-10-01", "dateline"),
                Arguments.of("ar egyptian", "تاريخ النشر: 3 فبراير 2026 - 10:30 ص", "2026-02-03", "dateline"),
                Arguments.of("ar indic digits", "٣ فبراير ٢٠٢٦", "2026-02-03", "dateline"),
                Arguments.of("ar maghrebi", "3 فيفري 2026", "2026-02-03", "dateline"),
                Arguments.of("ar hijri", "15 شعبان 1447 هـ", "2026-02-03", "dateline"),
                Arguments.of("ar hijri and gregorian", "الثلاثاء 15 شعبان 1447 هـ", "2026-02-03", "dateline"),
                Arguments.of("ar byline", "بقلم محمد علي | 3 فبراير 2026", "2026-02-03", "byline"),
                // Persian (Solar Hijri)
                Arguments.of("fa solar", "۱۴ بهمن ۱۴۰۴", "2026-02-03", "dateline"),
                Arguments.of("fa solar weekday", "سه\u200Cشنبه ۱۴ بهمن ۱۴۰۴ - ۱۰:۳۰", "2026-02-03", "dateline"),
                Arguments.of("fa solar label", "تاریخ انتشار: ۱ فروردین ۱۴۰۵", "2026-03-21", "dateline"),
                Arguments.of("fa solar numeric", "۱۴۰۴/۱۱/۱۴", "2026-02-03", "dateline"),
                Arguments.of("fa esfand leap", "۳۰ اسفند ۱۴۰۳", "2025-03-20", "dateline"),
                // Chinese
                Arguments.of("zh date", "2026年2月3日 10:30", "2026-02-03", "dateline"),
                Arguments.of("zh label", "发布时间：2026年2月3日", "2026-02-03", "dateline"),
                // Others
                Arguments.of("pt", "Publicado em 12 de fevereiro de 2026", "2026-02-12", "dateline"),
                Arguments.of("es", "Publicado el 3 de febrero de 2026", "2026-02-03", "dateline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metadata")
    void shouldMoveDateToPublishedAtWhenMetadataLineLeadsTheBody(
            String name, String line, String expected, String kind) {
        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, line + "\n" + STORY));

        assertThat(cleaned.text()).isEqualTo(STORY);
        assertThat(cleaned.publishedAt()).isEqualTo(instant(expected));
        assertThat(cleaned.publishedAtSource()).isEqualTo("text");
        assertThat(cleaned.report()).containsEntry(kind, 1);
    }

    static Stream<Arguments> prose() {
        return Stream.of(
                Arguments.of(
                        "en date opens sentence", "3 February 2026 will be remembered as the day the talks collapsed."),
                Arguments.of("en impossible date", "2026-02-30 The minister said"),
                Arguments.of("en ambiguous us date", "Published 03/04/2026"),
                Arguments.of("en wire dateline", "BAKU, Feb 3 (Reuters) - Israel and Azerbaijan signed a memorandum."),
                Arguments.of("fr par ailleurs", "Par ailleurs, le 3 février 2026, rien n'a changé."),
                Arguments.of(
                        "de von sentence", "Von Berlin aus reiste der Minister am 3. Februar 2026 weiter nach Baku."),
                Arguments.of("ar date in sentence", "وقّعت إسرائيل وأذربيجان في 3 فبراير 2026 مذكرة تفاهم."),
                Arguments.of("fa solar no year", "۱۴ بهمن روز مهمی بود."),
                Arguments.of("year out of range", "3 February 1850"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prose")
    void shouldKeepLineWhenDateIsPartOfTheStory(String name, String line) {
        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, line + "\n" + STORY));

        assertThat(cleaned.paragraphs()).containsExactly(line, STORY);
        assertThat(cleaned.publishedAt()).isNull();
    }

    @Test
    void shouldRemoveBylineAndDateWhenTheyStandOnSeparateLines() {
        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, "By Jane Doe\nMarch 4, 2026\n" + STORY));

        assertThat(cleaned.text()).isEqualTo(STORY);
        assertThat(cleaned.publishedAt()).isEqualTo(instant("2026-03-04"));
        assertThat(cleaned.report()).containsEntry("byline", 2);
    }

    @Test
    void shouldLookPastKickerWhenDateIsOnTheSecondLine() {
        CleanedArticle cleaned =
                CLEANER.clean(ArticleInput.ofText("id", null, "Middle East\nStand: 03.02.2026 14:15 Uhr\n" + STORY));

        assertThat(cleaned.paragraphs()).containsExactly("Middle East", STORY);
        assertThat(cleaned.publishedAt()).isEqualTo(instant("2026-02-03"));
    }

    @Test
    void shouldPreferPublishedDateWhenUpdateComesFirst() {
        CleanedArticle cleaned = CLEANER.clean(
                ArticleInput.ofText("id", null, "Updated: March 5, 2026 | Published: March 4, 2026\n" + STORY));

        assertThat(cleaned.text()).isEqualTo(STORY);
        assertThat(cleaned.publishedAt()).isEqualTo(instant("2026-03-04"));
    }

    @Test
    void shouldKeepInputPublishedAtWhenBylineHasADate() {
        Instant given = Instant.parse("2026-03-04T09:00:00Z");
        ArticleInput input =
                new ArticleInput("id", null, null, null, "By Jane Doe | March 1, 2026\n" + STORY, null, given, null);

        CleanedArticle cleaned = CLEANER.clean(input);

        assertThat(cleaned.text()).isEqualTo(STORY);
        assertThat(cleaned.publishedAt()).isEqualTo(given);
        assertThat(cleaned.publishedAtSource()).isEqualTo("input");
    }

    private static Instant instant(String s) {
        return s.length() == 10 ? Instant.parse(s + "T00:00:00Z") : Instant.parse(s);
    }
}
