package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.ArticleInput;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Page furniture in plain-text bodies, per kind and language: what goes, and the story lines that must stay. */
class FurnitureLineStageTest {

    private static final TextCleaner CLEANER = new TextCleaner();
    private static final String BEFORE = "First paragraph of the story.";
    private static final String AFTER = "Last paragraph of the story.";

    static Stream<Arguments> furniture() {
        return Stream.of(
                // English
                Arguments.of("en read also", "Read also: Ministers meet in Baku", "related"),
                Arguments.of("en related bullet", "» Related: Oil prices climb again", "related"),
                Arguments.of("en read more bar", "READ MORE | Markets rally on rate hopes", "related"),
                Arguments.of("en share row", "Share on Facebook", "share"),
                Arguments.of("en network row", "Facebook Twitter WhatsApp Email", "share"),
                Arguments.of("en follow us", "Follow us on Twitter", "share"),
                Arguments.of("en newsletter", "Sign up for our daily newsletter to get the top stories", "newsletter"),
                Arguments.of("en advertisement", "Advertisement", "ad"),
                Arguments.of("en story continues", "Story continues below advertisement", "ad"),
                Arguments.of(
                        "en cookie",
                        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
                        "cookie"),
                Arguments.of("en copyright", "© 2026 Example News. All rights reserved.", "copyright"),
                Arguments.of("en copyright word", "Copyright 2026 The Daily Example", "copyright"),
                Arguments.of(
                        "en photo caption",
                        "Photo: Protesters gather outside parliament on Tuesday. (Reuters)",
                        "caption"),
                Arguments.of("en image credit", "Image credit: Getty Images", "caption"),
                Arguments.of("en comments", "12 Comments", "comments"),
                // Arabic
                Arguments.of("ar read also", "اقرأ أيضاً: إسرائيل وأذربيجان توقعان مذكرة تفاهم", "related"),
                Arguments.of("ar read also no harakat", "اقرأ ايضا: مذكرة تفاهم جديدة", "related"),
                Arguments.of("ar follow", "تابعونا على تويتر", "share"),
                Arguments.of("ar newsletter", "اشترك في النشرة البريدية ليصلك كل جديد", "newsletter"),
                Arguments.of("ar ad", "إعلان", "ad"),
                Arguments.of("ar copyright", "جميع الحقوق محفوظة للعربي الجديد 2026", "copyright"),
                Arguments.of("ar caption", "الصورة: نتنياهو في القدس", "caption"),
                // French
                Arguments.of("fr lire aussi", "Lire aussi : Les ministres se réunissent à Bakou", "related"),
                Arguments.of("fr a lire aussi", "À lire aussi | La réforme des retraites", "related"),
                Arguments.of("fr partager", "Partager sur Facebook", "share"),
                Arguments.of("fr newsletter", "Inscrivez-vous à notre newsletter quotidienne", "newsletter"),
                Arguments.of("fr publicite", "Publicité", "ad"),
                Arguments.of("fr cookies", "Nous utilisons des cookies pour améliorer votre expérience.", "cookie"),
                Arguments.of("fr droits", "Tous droits réservés - Le Journal 2026", "copyright"),
                Arguments.of("fr credit photo", "Crédit photo : AFP", "caption"),
                // German
                Arguments.of("de mehr zum thema", "Mehr zum Thema: Regierung einigt sich auf Haushalt", "related"),
                Arguments.of("de lesen sie auch", "Lesen Sie auch: Die Bahn streikt wieder", "related"),
                Arguments.of("de teilen", "Artikel teilen", "share"),
                Arguments.of("de newsletter", "Newsletter abonnieren", "newsletter"),
                Arguments.of("de anzeige", "Anzeige", "ad"),
                Arguments.of("de cookies", "Diese Website verwendet Cookies.", "cookie"),
                Arguments.of("de foto", "Foto: dpa/Michael Kappeler", "caption"),
                // Persian
                Arguments.of("fa read more", "بیشتر بخوانید: توافق ایران و اروپا", "related"),
                Arguments.of("fa related", "مطالب مرتبط:", "related"),
                Arguments.of("fa ad", "تبلیغات", "ad"),
                Arguments.of("fa copyright", "کلیه حقوق این سایت محفوظ است", "copyright"),
                Arguments.of("fa caption", "عکس: خبرگزاری ایرنا", "caption"),
                Arguments.of("fa newsletter", "عضویت در خبرنامه", "newsletter"),
                // Russian
                Arguments.of("ru read also", "Читайте также: Министры встретились в Баку", "related"),
                Arguments.of("ru share", "Поделиться", "share"),
                Arguments.of("ru newsletter", "Подпишитесь на нашу рассылку", "newsletter"),
                Arguments.of("ru ad", "Реклама", "ad"),
                Arguments.of("ru copyright", "© 2026 РИА Новости", "copyright"),
                Arguments.of("ru photo", "Фото: ТАСС", "caption"),
                // Chinese
                Arguments.of("zh related", "相关阅读：以色列与阿塞拜疆签署谅解备忘录", "related"),
                Arguments.of("zh share", "分享到", "share"),
                Arguments.of("zh ad", "广告", "ad"),
                Arguments.of("zh copyright", "版权所有 2026 新华网", "copyright"),
                Arguments.of("zh caption", "图片来源：新华社", "caption"),
                // Portuguese, Spanish
                Arguments.of("pt leia tambem", "Leia também: Governo anuncia pacote", "related"),
                Arguments.of("es lea tambien", "Lea también: El Gobierno aprueba el presupuesto", "related"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furniture")
    void shouldRemoveFurnitureLineWhenItSitsBetweenStoryParagraphs(String name, String line, String kind) {
        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, BEFORE + "\n" + line + "\n" + AFTER));

        assertThat(cleaned.text()).isEqualTo(BEFORE + "\n\n" + AFTER);
        assertThat(cleaned.report()).containsEntry("furniture-" + kind, 1);
    }

    static Stream<Arguments> story() {
        return Stream.of(
                Arguments.of("en read also in prose", "Read also the report, which the ministry published on Monday."),
                Arguments.of("en share prices", "Share prices fell 3% on Facebook's results."),
                Arguments.of("en follow the money", "Follow the money, the investigators said."),
                Arguments.of("en subscribe in prose", "Subscribers to the service rose by a fifth in a year."),
                Arguments.of(
                        "en cookies in prose",
                        "Regulators say cookies are used to track users across sites, a practice under review."),
                Arguments.of(
                        "en copyright story",
                        "The court ruled that the photograph was protected by copyright law, a win for the agency."),
                Arguments.of("en photo in prose", "Photographs published on Tuesday show the damage."),
                Arguments.of("en advertisement story", "Advertisement spending rose 4% last year, the report said."),
                Arguments.of("en comment story", "The minister declined to comment."),
                Arguments.of("ar share participated", "شارك الرئيس في القمة التي عقدت في الرياض."),
                Arguments.of(
                        "ar read in prose", "اقرأ أيضاً ما قاله الوزير في المؤتمر الصحافي أمس بعد الاجتماع الطويل."),
                Arguments.of("fr partager in prose", "Partager le pouvoir n'a jamais été facile, a-t-il dit."),
                Arguments.of("de teilen in prose", "Teilen Sie uns Ihre Meinung mit, sagte der Minister im Interview."),
                Arguments.of("fa prose", "گزارش‌ها نشان می‌دهد که تورم کاهش یافته است."),
                Arguments.of("ru prose", "По теме встречи министры не сделали заявлений."),
                Arguments.of("zh prose", "双方分享了在人工智能领域的经验。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("story")
    void shouldKeepStoryLineWhenItOnlyResemblesFurniture(String name, String line) {
        String body = BEFORE + "\n" + line + "\n" + AFTER;

        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.paragraphs()).containsExactly(BEFORE, line, AFTER);
        assertThat(cleaned.report().keySet()).noneMatch(k -> k.startsWith("furniture-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relatedBlocks")
    void shouldRemoveHeadlinesWhenTheyFollowABareRelatedLabel(String name, String label) {
        String body = BEFORE + "\n" + label + "\nMinisters meet in Baku\nOil prices climb again\n" + AFTER;

        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.paragraphs()).containsExactly(BEFORE, AFTER);
        assertThat(cleaned.report()).containsEntry("furniture-related", 3);
    }

    static Stream<Arguments> relatedBlocks() {
        return Stream.of(
                Arguments.of("en", "Related"),
                Arguments.of("ar", "مواضيع ذات صلة"),
                Arguments.of("fr", "Sur le même sujet"),
                Arguments.of("de", "Mehr zum Thema"),
                Arguments.of("fa", "مطالب مرتبط"),
                Arguments.of("ru", "Читайте также:"),
                Arguments.of("zh", "相关新闻"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relatedBlocks")
    void shouldStopTakingHeadlinesWhenASentenceFollows(String name, String label) {
        String sentence = "The talks will resume next week, officials said.";
        String body = BEFORE + "\n" + label + "\n" + sentence + "\n" + AFTER;

        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.paragraphs()).containsExactly(BEFORE, sentence, AFTER);
    }

    @org.junit.jupiter.api.Test
    void shouldKeepSubheadingWhenItFollowsAReadMoreButton() {
        String body = BEFORE + "\nRead more\nThe economy\n" + AFTER;

        assertThat(CLEANER.clean(ArticleInput.ofText("id", null, body)).paragraphs())
                .containsExactly(BEFORE, "The economy", AFTER);
    }

    @org.junit.jupiter.api.Test
    void shouldKeepTweetTextWhenItReadsLikeAShareButton() {
        String body =
                BEFORE + "\nShare the news! pic.twitter.com/abc123 — Someone (@someone) February 3, 2026\n" + AFTER;

        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.paragraphs()).containsExactly(BEFORE, "Share the news!", AFTER);
        assertThat(cleaned.embeds()).singleElement().extracting(Embed::handle).isEqualTo("someone");
    }
}
