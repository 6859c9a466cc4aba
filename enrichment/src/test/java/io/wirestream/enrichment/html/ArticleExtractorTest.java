package io.wirestream.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    /** A story in one language and what its furniture says in that language. */
    record Story(
            String lang,
            String title,
            List<String> paragraphs,
            String readAlso,
            String share,
            String newsletter,
            String comments,
            String copyright,
            String cookie) {
        @Override
        public String toString() {
            return lang;
        }
    }

    static final List<Story> STORIES = List.of(
            new Story(
                    "en",
                    "Council approves new budget for schools",
                    List.of(
                            "The city council approved a new budget on Monday after a debate that lasted late into the night.",
                            "The plan adds money for schools and roads, while cutting spending on new office buildings.",
                            "Opponents said the vote was rushed, but the mayor argued that families could not wait any longer.",
                            "The budget takes effect in January, and the first projects are expected to start in the spring."),
                    "Read also",
                    "Share",
                    "Sign up for our daily newsletter",
                    "12 Comments",
                    "© 2026 Example Media. All rights reserved.",
                    "We use cookies to improve your experience."),
            new Story(
                    "ar",
                    "مجلس المدينة يقر ميزانية جديدة للمدارس",
                    List.of(
                            "أقر مجلس المدينة يوم الاثنين ميزانية جديدة بعد نقاش استمر حتى وقت متأخر من الليل.",
                            "وتضيف الخطة أموالا للمدارس والطرق، بينما تخفض الإنفاق على مبان إدارية جديدة.",
                            "وقال المعارضون إن التصويت جرى على عجل، لكن رئيس البلدية أكد أن العائلات لا تستطيع الانتظار.",
                            "وتدخل الميزانية حيز التنفيذ في يناير، ومن المتوقع أن تبدأ المشاريع الأولى في الربيع."),
                    "اقرأ أيضاً",
                    "شارك",
                    "اشترك في نشرتنا البريدية",
                    "تعليقات 5",
                    "جميع الحقوق محفوظة © 2026",
                    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك."),
            new Story(
                    "fr",
                    "Le conseil adopte un nouveau budget pour les écoles",
                    List.of(
                            "Le conseil municipal a adopté lundi un nouveau budget après un débat qui a duré tard dans la nuit.",
                            "Le plan prévoit davantage d'argent pour les écoles et les routes, et réduit les dépenses de bureaux.",
                            "Les opposants ont jugé le vote précipité, mais le maire a estimé que les familles ne pouvaient plus attendre.",
                            "Le budget entrera en vigueur en janvier, et les premiers chantiers devraient commencer au printemps."),
                    "Lire aussi",
                    "Partager",
                    "Inscrivez-vous à notre newsletter",
                    "Commentaires",
                    "© 2026 Exemple Médias. Tous droits réservés.",
                    "Nous utilisons des cookies pour améliorer votre expérience."),
            new Story(
                    "de",
                    "Stadtrat beschließt neuen Haushalt für Schulen",
                    List.of(
                            "Der Stadtrat hat am Montag einen neuen Haushalt beschlossen, nach einer Debatte bis spät in die Nacht.",
                            "Der Plan sieht mehr Geld für Schulen und Straßen vor, während Ausgaben für Bürobauten sinken.",
                            "Die Opposition kritisierte die Abstimmung als überhastet, doch der Bürgermeister sagte, Familien könnten nicht warten.",
                            "Der Haushalt tritt im Januar in Kraft, die ersten Projekte sollen im Frühjahr beginnen."),
                    "Mehr zum Thema",
                    "Teilen",
                    "Newsletter abonnieren",
                    "Kommentare (7)",
                    "© 2026 Beispiel Medien. Alle Rechte vorbehalten.",
                    "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern."),
            new Story(
                    "ru",
                    "Городской совет утвердил новый бюджет для школ",
                    List.of(
                            "Городской совет в понедельник утвердил новый бюджет после обсуждения, которое затянулось до ночи.",
                            "План предусматривает дополнительные деньги для школ и дорог, а расходы на офисные здания сокращаются.",
                            "Противники назвали голосование поспешным, но мэр заявил, что семьи больше не могут ждать.",
                            "Бюджет вступит в силу в январе, а первые проекты должны начаться весной."),
                    "Читайте также",
                    "Поделиться",
                    "Подпишитесь на нашу рассылку",
                    "Комментарии 3",
                    "© 2026 Пример Медиа. Все права защищены.",
                    "Мы используем cookie, чтобы сайт работал лучше."),
            new Story(
                    "fa",
                    "شورای شهر بودجه جدید مدارس را تصویب کرد",
                    List.of(
                            "شورای شهر روز دوشنبه پس از بحثی که تا دیروقت شب ادامه داشت، بودجه جدیدی را تصویب کرد.",
                            "این طرح پول بیشتری برای مدارس و جاده‌ها در نظر می‌گیرد و هزینه ساختمان‌های اداری را کاهش می‌دهد.",
                            "مخالفان گفتند رأی‌گیری با عجله انجام شد، اما شهردار گفت خانواده‌ها دیگر نمی‌توانند صبر کنند.",
                            "بودجه از ژانویه اجرا می‌شود و انتظار می‌رود نخستین طرح‌ها در بهار آغاز شوند."),
                    "بیشتر بخوانید",
                    "اشتراک گذاری",
                    "عضویت در خبرنامه",
                    "نظرات",
                    "کلیه حقوق این سایت محفوظ است © 2026",
                    "This website uses cookies to work properly."),
            new Story(
                    "zh",
                    "市议会通过学校新预算",
                    List.of(
                            "市议会周一在一场持续到深夜的辩论之后，通过了一项新的预算。",
                            "该计划为学校和道路增加资金，同时削减新办公楼的开支。",
                            "反对者认为投票过于仓促，但市长表示，家庭已经不能再等待了。",
                            "预算将于一月生效，首批项目预计在春季开工。"),
                    "相关阅读",
                    "分享",
                    "订阅我们的新闻简报",
                    "评论",
                    "版权所有 © 2026 示例传媒",
                    "We use cookies to improve your experience."));

    static Stream<Story> stories() {
        return STORIES.stream();
    }

    /** The story inside a page that has every kind of furniture, some of it inside the article element. */
    static String page(Story s) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < s.paragraphs().size(); i++) {
            body.append("<p>").append(s.paragraphs().get(i)).append("</p>\n");
            if (i == 1) {
                body.append("<div class=\"ad-slot\">Advertisement</div>\n")
                        .append("<p><strong>")
                        .append(s.readAlso())
                        .append(":</strong> <a href=\"/other\">")
                        .append("Another headline about something else entirely</a></p>\n")
                        .append("<p hidden>HIDDEN-ATTR text that no reader sees.</p>\n")
                        .append("<div aria-hidden=\"true\">ARIA-HIDDEN text that no reader sees.</div>\n")
                        .append("<div style=\"display: none\">DISPLAY-NONE text that no reader sees.</div>\n")
                        .append(
                                "<figure><img src=\"a.jpg\"><figcaption>CAPTION of a photo. Photo: Agency</figcaption></figure>\n");
            }
        }
        return """
                <!doctype html><html lang="%1$s"><head><title>%2$s | Example</title>
                <style>.x { color: red }</style>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"%2$s"}</script>
                <script>var tracking = "SCRIPT-TEXT";</script></head>
                <body>
                <header class="site-header"><a href="/">Example Media</a><nav><ul><li><a href="/">Home</a></li>
                <li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
                </ul></nav></header>
                <div id="cookie-consent"><p>%8$s</p><button>OK</button></div>
                <main><article class="story">
                <h1>%2$s</h1>
                <div class="byline">By A. Writer</div>
                <div class="share-buttons"><a href="#">%4$s</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
                <div class="article-body">
                %3$s
                </div>
                <div class="newsletter-box"><p>%5$s</p><form><input type="email"><button>OK</button></form></div>
                </article>
                <section class="related-posts"><h2>%9$s</h2><ul>
                <li><a href="/a">A first related headline that is long enough</a></li>
                <li><a href="/b">A second related headline that is long enough</a></li></ul></section>
                <section id="comments"><h3>%6$s</h3><form class="comment-form"><textarea></textarea></form></section>
                </main>
                <aside class="sidebar"><h3>Most popular</h3><ul><li><a href="/p">Popular story one</a></li></ul></aside>
                <noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template>
                <footer><p>%7$s</p><a href="/about">About</a></footer>
                </body></html>
                """.formatted(
                        s.lang(),
                        s.title(),
                        body,
                        s.share(),
                        s.newsletter(),
                        s.comments(),
                        s.copyright(),
                        s.cookie(),
                        s.readAlso());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void shouldKeepEveryStoryParagraphInOrderWhenPageHasFurniture(Story story) {
        ExtractedArticle article = EXTRACTOR.extract(page(story), "https://example.com/story");

        assertThat(article.paragraphs()).containsExactlyElementsOf(story.paragraphs());
        assertThat(article.title()).isEqualTo(story.title());
        assertThat(article.text()).isEqualTo(String.join("\n\n", story.paragraphs()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void shouldCountRemovalsPerKindWhenPageHasFurniture(Story story) {
        ExtractedArticle article = EXTRACTOR.extract(page(story), null);

        assertThat(article.removed())
                .containsKeys(
                        "script", "style", "json-ld", "noscript", "template", "hidden", "form", "related", "caption");
        assertThat(article.removed().get("hidden")).isEqualTo(3);
        assertThat(article.removed().values()).allMatch(n -> n > 0);
    }

    static Stream<Arguments> furnitureInsideArticle() {
        return Stream.of(
                Arguments.of("nav", "<nav><a href='/a'>Section one</a> <a href='/b'>Section two</a></nav>", "nav"),
                Arguments.of("menu by role", "<div role='navigation'><a href='/a'>Menu item</a></div>", "nav"),
                Arguments.of("header", "<header><span>Example Media daily edition</span></header>", "header"),
                Arguments.of("footer", "<footer><span>Filed under politics and city life</span></footer>", "footer"),
                Arguments.of(
                        "cookie banner",
                        "<div class='cookie-notice'><p>This site uses cookies. Continue?</p></div>",
                        "cookie"),
                Arguments.of(
                        "consent banner",
                        "<div id='gdpr-consent'><p>Manage your privacy choices here now.</p></div>",
                        "cookie"),
                Arguments.of(
                        "share buttons",
                        "<ul class='social-share'><li>Facebook</li><li>Email this page</li></ul>",
                        "share"),
                Arguments.of("follow box", "<div class='follow-us'>Follow us on every network today</div>", "share"),
                Arguments.of(
                        "related block",
                        "<div class='related-articles'><p>More about the budget process.</p></div>",
                        "related"),
                Arguments.of(
                        "newsletter",
                        "<div class='newsletter-signup'><p>Get the morning briefing, free.</p></div>",
                        "newsletter"),
                Arguments.of(
                        "comment count", "<div class='comment-count'>48 comments so far on this</div>", "comments"),
                Arguments.of("comment form", "<form id='respond'><p>Leave a reply below, please.</p></form>", "form"),
                Arguments.of(
                        "ad slot", "<div class='ad-container'><p>Buy the best mattress in town now.</p></div>", "ad"),
                Arguments.of("advertisement label", "<p>ADVERTISEMENT</p>", "ad"),
                Arguments.of(
                        "promo", "<div class='promo-box'><p>Try our premium plan for one euro.</p></div>", "promo"),
                Arguments.of("sidebar", "<aside><p>Editor's picks of the week, curated.</p></aside>", "sidebar"),
                Arguments.of("copyright", "<p>Copyright 2026 Example Media Group</p>", "copyright"),
                Arguments.of(
                        "caption",
                        "<figure><img src='x.jpg'><figcaption>The mayor speaks. Photo by AP.</figcaption></figure>",
                        "caption"),
                Arguments.of("hidden attribute", "<p hidden>Secret text for machines only.</p>", "hidden"),
                Arguments.of(
                        "aria-hidden", "<div aria-hidden='true'><p>Secret text for machines only.</p></div>", "hidden"),
                Arguments.of(
                        "display none",
                        "<div style='DISPLAY : none;'><p>Secret text for machines only.</p></div>",
                        "hidden"),
                Arguments.of("script", "<script>document.write('Secret text for machines only.')</script>", "script"),
                Arguments.of("style", "<style>p::after { content: 'Secret text' }</style>", "style"),
                Arguments.of("noscript", "<noscript><p>Secret text for machines only.</p></noscript>", "noscript"),
                Arguments.of("template", "<template><p>Secret text for machines only.</p></template>", "template"),
                Arguments.of(
                        "json-ld",
                        "<script type='application/ld+json'>{\"articleBody\": \"Secret\"}</script>",
                        "json-ld"),
                Arguments.of(
                        "embed",
                        "<iframe src='https://video.example/1'>Secret text for machines only.</iframe>",
                        "embed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furnitureInsideArticle")
    void shouldDropFurnitureWhenItSitsBetweenStoryParagraphs(String name, String furniture, String kind) {
        Story en = STORIES.get(0);
        String html = "<html><body><article><h1>" + en.title() + "</h1><p>"
                + en.paragraphs().get(0) + "</p><p>"
                + en.paragraphs().get(1) + "</p>" + furniture + "<p>"
                + en.paragraphs().get(2) + "</p><p>"
                + en.paragraphs().get(3) + "</p></article></body></html>";

        ExtractedArticle article = EXTRACTOR.extract(html, null);

        assertThat(article.paragraphs()).containsExactlyElementsOf(en.paragraphs());
        assertThat(article.removed()).containsKey(kind);
    }

    static Stream<Arguments> readAlsoPhrases() {
        return Stream.of(
                        "Read also",
                        "Related",
                        "Related:",
                        "اقرأ أيضاً",
                        "اقرأ أيضا",
                        "إقرأ أيضا:",
                        "Lire aussi",
                        "À lire aussi",
                        "Mehr zum Thema",
                        "Lesen Sie auch:",
                        "Leia também",
                        "Читайте также:",
                        "Ayrıca okuyun",
                        "Lea también",
                        "بیشتر بخوانید",
                        "相关阅读",
                        "Leggi anche")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readAlsoPhrases")
    void shouldDropReadAlsoLinkWhenInsideStory(String phrase) {
        Story en = STORIES.get(0);
        String html = "<article><p>" + en.paragraphs().get(0) + "</p><p>" + phrase + " <a href='/x'>"
                + "An unrelated headline that goes on for a while</a></p><p>"
                + en.paragraphs().get(1)
                + "</p><p>" + en.paragraphs().get(2) + "</p></article>";

        ExtractedArticle article = EXTRACTOR.extract(html, null);

        assertThat(article.paragraphs())
                .containsExactlyElementsOf(en.paragraphs().subList(0, 3));
        assertThat(article.removed()).containsKey("related");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readAlsoPhrases")
    void shouldDropRelatedListWhenHeadedByPhraseAtStoryEnd(String phrase) {
        Story en = STORIES.get(0);
        String html = "<article><p>" + en.paragraphs().get(0) + "</p><p>"
                + en.paragraphs().get(1) + "</p><h3>"
                + phrase + "</h3><ul><li><a href='/a'>Some other story</a> has a summary that runs on, and on.</li>"
                + "<li><a href='/b'>Yet another story</a> with a summary that runs on as well.</li></ul></article>";

        ExtractedArticle article = EXTRACTOR.extract(html, null);

        assertThat(article.paragraphs())
                .containsExactlyElementsOf(en.paragraphs().subList(0, 2));
    }

    @Test
    void shouldKeepQuotesListsAndEmbeddedTweetsWhenTheyBelongToTheStory() {
        Story en = STORIES.get(0);
        String html = "<article><p>" + en.paragraphs().get(0) + "</p>"
                + "<blockquote><p>We will build the schools our children deserve, and we will start this year.</p></blockquote>"
                + "<p>" + en.paragraphs().get(1) + "</p><ul><li>Schools: 40 million</li><li>Roads: 25 million</li></ul>"
                + "<div class='social-embed'><blockquote class='twitter-tweet'><p>The budget passed tonight, 7 votes to 4.</p>"
                + "&mdash; City Hall (@cityhall) <a href='https://twitter.com/x'>March 2, 2026</a></blockquote></div>"
                + "<p>" + en.paragraphs().get(2) + "</p></article>";

        ExtractedArticle article = EXTRACTOR.extract(html, null);

        assertThat(article.text())
                .contains("We will build the schools our children deserve")
                .contains("Schools: 40 million")
                .contains("Roads: 25 million")
                .contains("The budget passed tonight, 7 votes to 4.");
    }

    @Test
    void shouldKeepParagraphBoundariesWhenParagraphsAreSeparatedByDoubleBreaks() {
        String html = "<div class='post-body'>First paragraph of the story, which is long enough to count.<br><br>"
                + "Second paragraph of the story, which is also long enough to count.<br>"
                + "It continues on the next line.</div>";

        ExtractedArticle article = EXTRACTOR.extract(html, null);

        assertThat(article.paragraphs())
                .containsExactly(
                        "First paragraph of the story, which is long enough to count.",
                        "Second paragraph of the story, which is also long enough to count. It continues on the next line.");
    }

    @Test
    void shouldKeepTableRowsAsLinesWhenTableIsPartOfStory() {
        Story en = STORIES.get(0);
        String html = "<article><p>" + en.paragraphs().get(0) + "</p><table><tr><th>Item</th><th>Amount</th></tr>"
                + "<tr><td>Schools</td><td>40</td></tr></table><p>"
                + en.paragraphs().get(1) + "</p></article>";

        assertThat(EXTRACTOR.extract(html, null).paragraphs()).contains("Item Amount", "Schools 40");
    }

    @Test
    void shouldKeepShortSnippetWhenThereIsNothingElse() {
        assertThat(EXTRACTOR
                        .extract("<p>Breaking: storm closes airport</p>", null)
                        .paragraphs())
                .containsExactly("Breaking: storm closes airport");
    }

    @Test
    void shouldReturnNoParagraphsWhenPageHasNoText() {
        ExtractedArticle article =
                EXTRACTOR.extract("<html><head><title>Empty</title></head><body> </body></html>", null);

        assertThat(article.paragraphs()).isEmpty();
        assertThat(article.text()).isEmpty();
        assertThat(article.title()).isEqualTo("Empty");
    }

    @Test
    void shouldIgnoreStructuredDataTextWhenPageDisagrees() {
        Story en = STORIES.get(0);
        String html = "<script type='application/ld+json'>{\"articleBody\": \"A different text that is not on the page "
                + "at all, and should never be copied into the output.\"}</script><article><p>"
                + en.paragraphs().get(0)
                + "</p><p>" + en.paragraphs().get(1) + "</p></article>";

        assertThat(EXTRACTOR.extract(html, null).text()).doesNotContain("different text");
    }

    @Test
    void shouldNotMistakePageWideClassesForFurnitureWhenTheyWrapTheStory() {
        Story en = STORIES.get(0);
        StringBuilder paragraphs = new StringBuilder();
        en.paragraphs().forEach(p -> paragraphs.append("<p>").append(p).append("</p>"));
        String html = "<body class='single comments-open has-sidebar'><article class='post tag-politics category-city'>"
                + paragraphs + "</article><div class='sidebar'><a href='/x'>Popular</a></div></body>";

        assertThat(EXTRACTOR.extract(html, null).paragraphs()).containsExactlyElementsOf(en.paragraphs());
    }

    @Test
    void shouldRejectNullHtml() {
        assertThatNullPointerException().isThrownBy(() -> EXTRACTOR.extract(null, null));
    }
}
