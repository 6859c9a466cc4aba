package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.LanguageSegment;
import io.wirestream.avro.Provenance;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.Chip;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import io.wirestream.view.ViewModels.TrendingEntity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view's HTML pages, rendered on the server from query results. Every value from the stream is
 * escaped; the only markup comes from here. Pages that change by themselves carry
 * {@code data-refresh} for the small script that reloads their main part. Stateless and thread-safe.
 */
final class Pages {

    /** Chips shown per article in the list; the rest are counted. */
    static final int MAX_CHIPS = 12;

    private Pages() {}

    /** The latest articles. */
    static String index(List<ArticleSummary> articles, int refreshSeconds) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>Latest articles</h1>");
        if (articles.isEmpty()) {
            main.append("<p class=\"empty\">No articles yet: waiting for the enriched topic.</p>");
        }
        main.append("<ol class=\"articles\">");
        for (ArticleSummary article : articles) {
            main.append("<li class=\"card\" data-id=\"")
                    .append(Html.escape(article.id()))
                    .append("\">")
                    .append("<a class=\"title\" href=\"")
                    .append(Html.escape(Html.articleHref(article.id())))
                    .append("\" dir=\"auto\" lang=\"")
                    .append(Html.escape(article.language()))
                    .append("\">")
                    .append(Html.escape(
                            article.title().isBlank() ? "(untitled " + article.id() + ")" : article.title()))
                    .append("</a>");
            main.append("<div class=\"meta\">")
                    .append(languageBadge(article.language()))
                    .append(" <span class=\"source\">")
                    .append(Html.escape(article.source() == null ? "unknown source" : article.source()))
                    .append("</span> · published ")
                    .append(Html.time(article.publishedAt()))
                    .append(" · received ")
                    .append(Html.time(article.receivedAt()));
            if (article.nearDuplicateOf() != null) {
                main.append(" · <span class=\"dup\">near-duplicate of <a href=\"")
                        .append(Html.escape(Html.articleHref(article.nearDuplicateOf())))
                        .append("\">")
                        .append(Html.escape(article.nearDuplicateOf()))
                        .append("</a></span>");
            }
            main.append("</div>");
            main.append(chips(article.entities()));
            main.append("</li>");
        }
        main.append("</ol>");
        return layout("Latest articles", "latest", main.toString(), refreshSeconds);
    }

    /** One article: its text with entities and segments, and everything the pipeline recorded about it. */
    static String article(EnrichedArticle article, long receivedAt) {
        StringBuilder main = new StringBuilder();
        main.append("<article class=\"article\" lang=\"")
                .append(Html.escape(article.getLanguage()))
                .append("\">");
        main.append("<h1 dir=\"auto\">")
                .append(Html.escape(article.getTitle().isBlank() ? "(untitled)" : article.getTitle()))
                .append("</h1>");
        main.append("<div class=\"meta\">")
                .append(languageBadge(article.getLanguage()))
                .append(String.format(
                        Locale.ROOT, " <span class=\"muted\">%.0f%%</span>", 100 * article.getLanguageConfidence()))
                .append(" · <span class=\"source\">")
                .append(Html.escape(article.getSource() == null ? "unknown source" : article.getSource()))
                .append("</span> · published ")
                .append(Html.time(article.getPublishedAt()));
        if (article.getPublishedAtSource() != null) {
            main.append(" <span class=\"muted\">(from ")
                    .append(Html.escape(article.getPublishedAtSource()))
                    .append(")</span>");
        }
        main.append(" · received ").append(Html.time(Instant.ofEpochMilli(receivedAt)));
        if (Html.isLinkable(article.getUrl())) {
            main.append(" · <a class=\"original\" href=\"")
                    .append(Html.escape(article.getUrl()))
                    .append("\" rel=\"noopener noreferrer nofollow\">original</a>");
        }
        main.append("</div>");
        main.append(segmentBar(article));
        main.append(legend());
        if (article.getTruncated()) {
            main.append(
                    "<p class=\"note\">The text was longer than the NLP budget: languages and entities cover a prefix.</p>");
        }
        if (article.getNearDuplicateOf() != null) {
            main.append("<p class=\"note\">Near-duplicate of <a href=\"")
                    .append(Html.escape(Html.articleHref(article.getNearDuplicateOf())))
                    .append("\">")
                    .append(Html.escape(article.getNearDuplicateOf()))
                    .append("</a>");
            if (article.getNearDuplicateSimilarity() != null) {
                main.append(String.format(Locale.ROOT, " (similarity %.2f)", article.getNearDuplicateSimilarity()));
            }
            main.append("</p>");
        }
        String text = article.getText();
        boolean rtl =
                "rtl".equals(ArticleRenderer.direction(text, 0, Math.min(text.length(), 4000), article.getLanguage()));
        // the column of a right-to-left article hugs the right edge, as its paragraphs do
        main.append("<div class=\"text")
                .append(rtl ? " text-rtl" : "")
                .append("\" id=\"text\">")
                .append(ArticleRenderer.body(article))
                .append("</div>");
        main.append("</article>");

        main.append("<section class=\"facts\">");
        main.append(entityTable(article));
        main.append("<div class=\"fact-grid\">");
        main.append(list(
                "Credits",
                article.getCredits().stream()
                        .map(c -> "<span dir=\"auto\">" + Html.escape(c) + "</span>")
                        .toList()));
        main.append(list(
                "Embeds",
                article.getEmbeds().stream()
                        .map(e -> Html.escape(e.getKind()) + " by "
                                + Html.escape(e.getAuthor() == null ? "?" : e.getAuthor())
                                + (e.getHandle() == null ? "" : " (@" + Html.escape(e.getHandle()) + ")")
                                + (e.getDate() == null ? "" : ", " + Html.escape(e.getDate()))
                                + " <span class=\"muted\">[" + e.getStart() + ", " + e.getEnd() + ")</span>"
                                + (e.getUrl() == null
                                        ? ""
                                        : " <span class=\"muted\">" + Html.escape(e.getUrl()) + "</span>"))
                        .toList()));
        main.append(table(
                "Cleaning report",
                new TreeMap<>(article.getCleaningReport())
                        .entrySet().stream()
                                .map(e -> new String[] {Html.escape(e.getKey()), String.valueOf(e.getValue())})
                                .toList()));
        main.append(table(
                "Language segments",
                article.getSegments().stream()
                        .map(s -> new String[] {
                            languageBadge(s.getLanguage()),
                            "[" + s.getStart() + ", " + s.getEnd() + ")",
                            String.format(Locale.ROOT, "%.2f", s.getConfidence())
                        })
                        .toList()));
        Provenance provenance = article.getProvenance();
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"pipeline", Html.escape(provenance.getPipelineVersion())});
        rows.add(new String[] {"processed", Html.time(provenance.getProcessedAt())});
        rows.add(new String[] {
            "source record",
            Html.escape(provenance.getSourceTopic() == null ? "—" : provenance.getSourceTopic()) + " / "
                    + provenance.getSourcePartition() + " / " + provenance.getSourceOffset()
        });
        rows.add(new String[] {"content hash", "<code>" + Html.escape(article.getContentHash()) + "</code>"});
        new TreeMap<>(provenance.getModelVersions())
                .forEach((stage, version) ->
                        rows.add(new String[] {"model: " + Html.escape(stage), Html.escape(version)}));
        main.append(table("Provenance", rows));
        if (!article.getMetadata().isEmpty()) {
            main.append(table(
                    "Metadata",
                    new TreeMap<>(article.getMetadata())
                            .entrySet().stream()
                                    .map(e -> new String[] {
                                        Html.escape(e.getKey()),
                                        "<span dir=\"auto\">" + Html.escape(e.getValue()) + "</span>"
                                    })
                                    .toList()));
        }
        main.append("</div></section>");
        main.append("<p><a href=\"/api/article/")
                .append(Html.escape(Html.segment(article.getId())))
                .append("\">JSON</a></p>");
        return layout(article.getTitle().isBlank() ? article.getId() : article.getTitle(), "", main.toString(), 0);
    }

    /** Trending entities per type. */
    static String trending(Trending trending, int refreshSeconds) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>Trending entities</h1>");
        main.append("<nav class=\"tabs\">");
        for (TrendWindow window : TrendWindow.values()) {
            main.append("<a href=\"/trending?window=")
                    .append(window.key())
                    .append('"')
                    .append(window.key().equals(trending.window()) ? " class=\"active\" aria-current=\"page\"" : "")
                    .append(">last ")
                    .append(window.key())
                    .append("</a>");
        }
        main.append("</nav>");
        main.append("<p class=\"muted\">Mentions from ")
                .append(Html.time(trending.from()))
                .append(" to ")
                .append(Html.time(trending.to()))
                .append(", in ")
                .append(bucketLabel(trending.bucketSeconds()))
                .append(" buckets; linked across languages and scripts by canonical id.</p>");
        main.append("<div class=\"trending\">");
        trending.byType().forEach((type, entities) -> {
            main.append("<section class=\"type-")
                    .append(Html.typeClass(type))
                    .append("\"><h2><span class=\"dot ent-")
                    .append(Html.typeClass(type))
                    .append("\"></span>")
                    .append(typeLabel(type))
                    .append("</h2>");
            if (entities.isEmpty()) {
                main.append("<p class=\"empty\">none</p>");
            } else {
                main.append("<table class=\"trend\"><tbody>");
                int rank = 1;
                for (TrendingEntity entity : entities) {
                    main.append("<tr><td class=\"rank\">")
                            .append(rank++)
                            .append("</td><td><a class=\"chip chip-")
                            .append(Html.typeClass(type))
                            .append("\" href=\"")
                            .append(Html.escape(Html.entityHref(entity.canonicalId())))
                            .append("\" dir=\"auto\">")
                            .append(Html.escape(entity.name()))
                            .append("</a><div class=\"cid\">")
                            .append(Html.escape(entity.canonicalId()))
                            .append("</div></td><td class=\"num\">")
                            .append(entity.count())
                            .append("</td><td>")
                            .append(Sparkline.svg(
                                    entity.series(),
                                    120,
                                    24,
                                    entity.name() + ": mentions per " + bucketLabel(trending.bucketSeconds())))
                            .append("</td></tr>");
                }
                main.append("</tbody></table>");
            }
            main.append("</section>");
        });
        main.append("</div>");
        return layout("Trending", "trending", main.toString(), refreshSeconds);
    }

    /** Every recent mention of one entity. */
    static String entity(EntityPage page) {
        StringBuilder main = new StringBuilder();
        main.append("<h1 dir=\"auto\"><span class=\"dot ent-")
                .append(Html.typeClass(page.type()))
                .append("\"></span>")
                .append(Html.escape(page.name()))
                .append("</h1>");
        main.append("<div class=\"meta\"><span class=\"chip chip-")
                .append(Html.typeClass(page.type()))
                .append("\">")
                .append(typeLabel(page.type()))
                .append("</span> <code>")
                .append(Html.escape(page.canonicalId()))
                .append("</code> · ")
                .append(page.mentions().size())
                .append(" recent mentions</div>");
        main.append("<div class=\"fact-grid\">");
        main.append(table(
                "Languages",
                page.languages().entrySet().stream()
                        .map(e -> new String[] {languageBadge(e.getKey()), String.valueOf(e.getValue())})
                        .toList()));
        main.append(table(
                "Scripts",
                page.scripts().entrySet().stream()
                        .map(e -> new String[] {Html.escape(e.getKey()), String.valueOf(e.getValue())})
                        .toList()));
        main.append(table(
                "Written as",
                page.forms().entrySet().stream()
                        .map(e -> new String[] {
                            "<span dir=\"auto\">" + Html.escape(e.getKey()) + "</span>", String.valueOf(e.getValue())
                        })
                        .toList()));
        main.append("</div>");
        main.append(
                "<h2>Mentions</h2><table class=\"mentions\"><thead><tr><th>mention</th><th>language</th><th>script</th>"
                        + "<th>article</th><th>received</th></tr></thead><tbody>");
        for (Mention mention : page.mentions()) {
            main.append("<tr class=\"mention\" data-language=\"")
                    .append(Html.escape(mention.language()))
                    .append("\" data-script=\"")
                    .append(Html.escape(mention.script()))
                    .append("\"><td><a class=\"ent ent-")
                    .append(Html.typeClass(mention.type()))
                    .append("\" href=\"")
                    .append(Html.escape(Html.articleHref(mention.articleId()) + "#m-" + mention.start()))
                    .append("\" dir=\"auto\" lang=\"")
                    .append(Html.escape(mention.language()))
                    .append("\">")
                    .append(Html.escape(mention.text()))
                    .append("</a></td><td>")
                    .append(languageBadge(mention.language()))
                    .append("</td><td>")
                    .append(Html.escape(mention.script()))
                    .append("</td><td><a href=\"")
                    .append(Html.escape(Html.articleHref(mention.articleId())))
                    .append("\" dir=\"auto\">")
                    .append(Html.escape(
                            mention.title() == null || mention.title().isBlank()
                                    ? mention.articleId()
                                    : mention.title()))
                    .append("</a> <span class=\"muted\">")
                    .append(Html.escape(mention.source()))
                    .append("</span></td><td>")
                    .append(Html.time(Instant.ofEpochMilli(mention.timestamp())))
                    .append("</td></tr>");
        }
        main.append("</tbody></table>");
        main.append("<p><a href=\"/api/entity/")
                .append(Html.escape(Html.segment(page.canonicalId())))
                .append("\">JSON</a></p>");
        return layout(page.name(), "", main.toString(), 0);
    }

    /** Throughput, totals, languages, sources, dead letters. */
    static String stats(Stats stats, String streamsState, int refreshSeconds) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>Stream</h1><div class=\"cards\">");
        main.append(
                card(String.format(Locale.ROOT, "%.2f", stats.articlesPerSecond()), "articles/s over the last minute"));
        main.append(card(String.valueOf(stats.articlesLastMinute()), "articles in the last minute"));
        main.append(card(String.valueOf(stats.totalArticles()), "articles enriched"));
        main.append(card(String.valueOf(stats.totalDeadLetters()), "dead letters"));
        main.append("</div>");
        main.append("<h2>Articles per ")
                .append(stats.rateBucketSeconds())
                .append(" s, last 10 minutes</h2>")
                .append(Sparkline.svg(
                        stats.recentRate(), 600, 48, "articles per " + stats.rateBucketSeconds() + " seconds"));
        main.append("<div class=\"fact-grid\">");
        main.append(table(
                "Languages",
                stats.languages().entrySet().stream()
                        .map(e -> new String[] {
                            languageBadge(e.getKey()) + " " + Html.escape(Html.languageName(e.getKey())),
                            String.valueOf(e.getValue())
                        })
                        .toList()));
        main.append(table(
                "Sources",
                stats.sources().entrySet().stream()
                        .map(e -> new String[] {Html.escape(e.getKey()), String.valueOf(e.getValue())})
                        .toList()));
        main.append(table(
                "Dead letters by reason",
                stats.deadLettersByReason().entrySet().stream()
                        .map(e -> new String[] {
                            "<code>" + Html.escape(e.getKey()) + "</code>", String.valueOf(e.getValue())
                        })
                        .toList()));
        main.append("</div><p class=\"muted\">Kafka Streams: ")
                .append(Html.escape(streamsState))
                .append(" · at ")
                .append(Html.time(stats.at()))
                .append("</p>");
        return layout("Stats", "stats", main.toString(), refreshSeconds);
    }

    /** A plain message page (not found, starting, bad request). */
    static String message(String title, String text, int refreshSeconds) {
        return layout(title, "", "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text) + "</p>", refreshSeconds);
    }

    static String layout(String title, String active, String main, int refreshSeconds) {
        StringBuilder page = new StringBuilder(main.length() + 1024);
        page.append("<!doctype html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(Html.escape(title))
                .append(" · Wirestream</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/view.css\">")
                .append("<script src=\"/static/view.js\" defer></script></head>");
        page.append("<body");
        if (refreshSeconds > 0) {
            page.append(" data-refresh=\"").append(refreshSeconds).append('"');
        }
        page.append("><header class=\"top\"><a class=\"brand\" href=\"/\">Wirestream <span>newsroom</span></a><nav>");
        navLink(page, "/", "Latest", "latest".equals(active));
        navLink(page, "/trending", "Trending", "trending".equals(active));
        navLink(page, "/stats", "Stats", "stats".equals(active));
        page.append("</nav>");
        if (refreshSeconds > 0) {
            page.append(
                            "<button type=\"button\" class=\"live\" id=\"live\" aria-pressed=\"true\" title=\"auto-refresh every ")
                    .append(refreshSeconds)
                    .append(" s\">live</button>");
        }
        page.append("</header><main id=\"main\">").append(main).append("</main></body></html>\n");
        return page.toString();
    }

    /**
     * The page with a notice on top that some view instances did not answer, so what it shows covers
     * only part of the partitions.
     */
    static String partial(String page, List<String> unreachable) {
        String notice = "<p class=\"notice\" role=\"status\">Partial answer: missing what "
                + Html.escape(String.join(", ", unreachable))
                + " should add (down, rebalancing or restoring); reload in a moment.</p>";
        return page.replace("<main id=\"main\">", "<main id=\"main\">" + notice);
    }

    private static void navLink(StringBuilder page, String href, String label, boolean active) {
        page.append("<a href=\"")
                .append(href)
                .append('"')
                .append(active ? " class=\"active\" aria-current=\"page\"" : "")
                .append('>')
                .append(label)
                .append("</a>");
    }

    private static String chips(List<Chip> chips) {
        StringBuilder html = new StringBuilder("<ul class=\"chips\">");
        for (Chip chip : chips.subList(0, Math.min(MAX_CHIPS, chips.size()))) {
            html.append("<li>");
            String label = Html.escape(chip.name())
                    + (chip.mentions() > 1 ? " <span class=\"n\">" + chip.mentions() + "</span>" : "");
            String title = " title=\"" + typeLabel(chip.type())
                    + (chip.canonicalId() == null ? "" : " · " + Html.escape(chip.canonicalId())) + "\"";
            if (chip.canonicalId() != null) {
                html.append("<a class=\"chip chip-")
                        .append(Html.typeClass(chip.type()))
                        .append("\" dir=\"auto\" href=\"")
                        .append(Html.escape(Html.entityHref(chip.canonicalId())))
                        .append('"')
                        .append(title)
                        .append('>')
                        .append(label)
                        .append("</a>");
            } else {
                html.append("<span class=\"chip chip-")
                        .append(Html.typeClass(chip.type()))
                        .append("\" dir=\"auto\"")
                        .append(title)
                        .append('>')
                        .append(label)
                        .append("</span>");
            }
            html.append("</li>");
        }
        if (chips.size() > MAX_CHIPS) {
            html.append("<li class=\"more\">+").append(chips.size() - MAX_CHIPS).append(" more</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String entityTable(EnrichedArticle article) {
        StringBuilder html =
                new StringBuilder("<h2>Entities</h2><table class=\"entities\"><thead><tr><th>mention</th><th>type</th>"
                        + "<th>canonical</th><th>offsets</th><th>confidence</th></tr></thead><tbody>");
        for (Entity entity : article.getEntities()) {
            html.append("<tr><td><a href=\"#m-")
                    .append(entity.getStart())
                    .append("\" dir=\"auto\">")
                    .append(Html.escape(entity.getText()))
                    .append("</a></td><td><span class=\"chip chip-")
                    .append(Html.typeClass(entity.getType().name()))
                    .append("\">")
                    .append(typeLabel(entity.getType().name()))
                    .append("</span></td><td>");
            if (entity.getCanonicalId() != null) {
                html.append("<a href=\"")
                        .append(Html.escape(Html.entityHref(entity.getCanonicalId())))
                        .append("\">")
                        .append(Html.escape(
                                entity.getCanonicalName() != null
                                        ? entity.getCanonicalName()
                                        : entity.getCanonicalId()))
                        .append("</a> <code>")
                        .append(Html.escape(entity.getCanonicalId()))
                        .append("</code>");
            }
            html.append("</td><td class=\"num\">[")
                    .append(entity.getStart())
                    .append(", ")
                    .append(entity.getEnd())
                    .append(")</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f", entity.getConfidence()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** The language segments as a proportional bar (SVG, so no inline styles). */
    private static String segmentBar(EnrichedArticle article) {
        int length = Math.max(1, article.getText().length());
        StringBuilder svg = new StringBuilder(
                "<svg class=\"segbar\" viewBox=\"0 0 1000 8\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"language segments\">");
        for (LanguageSegment segment : article.getSegments()) {
            double x = 1000.0 * segment.getStart() / length;
            double w = 1000.0 * (segment.getEnd() - segment.getStart()) / length;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"%s\" x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"8\"><title>%s [%d, %d)</title></rect>",
                    segment.getLanguage().equals(article.getLanguage()) ? "seg-main" : "seg-other",
                    x,
                    w,
                    Html.escape(Html.languageName(segment.getLanguage())),
                    segment.getStart(),
                    segment.getEnd()));
        }
        return svg.append("</svg>").toString();
    }

    private static String legend() {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")) {
            html.append("<li><span class=\"ent ent-")
                    .append(Html.typeClass(type))
                    .append("\">")
                    .append(typeLabel(type))
                    .append("</span></li>");
        }
        return html.append("<li><span class=\"lang-badge\">xx</span> another language</li></ul>")
                .toString();
    }

    private static String list(String title, List<String> items) {
        StringBuilder html =
                new StringBuilder("<div><h3>").append(Html.escape(title)).append("</h3>");
        if (items.isEmpty()) {
            return html.append("<p class=\"empty\">none</p></div>").toString();
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(item).append("</li>"));
        return html.append("</ul></div>").toString();
    }

    /** A small table; cells are already HTML. */
    private static String table(String title, List<String[]> rows) {
        StringBuilder html =
                new StringBuilder("<div><h3>").append(Html.escape(title)).append("</h3>");
        if (rows.isEmpty()) {
            return html.append("<p class=\"empty\">none</p></div>").toString();
        }
        html.append("<table class=\"kv\"><tbody>");
        for (String[] row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                html.append(i == 0 ? "<th>" : "<td>").append(row[i]).append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String card(String value, String label) {
        return "<div class=\"card stat\"><div class=\"value\">" + Html.escape(value) + "</div><div class=\"label\">"
                + Html.escape(label) + "</div></div>";
    }

    static String languageBadge(String language) {
        return "<span class=\"lang-badge\" title=\"" + Html.escape(Html.languageName(language)) + "\">"
                + Html.escape(language) + "</span>";
    }

    private static String typeLabel(String type) {
        return switch (type == null ? "MISC" : type) {
            case "PERSON" -> "person";
            case "ORGANIZATION" -> "organization";
            case "LOCATION" -> "place";
            default -> "other";
        };
    }

    private static String bucketLabel(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + "-minute" : seconds + "-second";
    }

    /** Headers of every page: a strict CSP (no inline script or style, nothing from elsewhere) behind the escaping. */
    static Map<String, String> securityHeaders() {
        return Map.of(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
                "X-Content-Type-Options",
                "nosniff",
                "Referrer-Policy",
                "no-referrer");
    }
}
