package io.wirestream.view;

import io.wirestream.avro.Embed;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.LanguageSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders an article's clean text as HTML paragraphs: entity spans highlighted as links to their entity
 * pages, language segments marked with {@code lang} (and a badge where they differ from the document
 * language), and every paragraph with the direction of its text, {@code dir="rtl"} for Arabic-script and
 * Hebrew paragraphs. Offsets are UTF-16 code units into {@code text}, as the schema says; offsets out of
 * range are clipped, offsets inside a surrogate pair are moved outwards, and an entity overlapping the
 * one before it is not highlighted, so bad offsets never break the page or split a character.
 * Stateless and thread-safe.
 */
final class ArticleRenderer {

    private ArticleRenderer() {}

    /** A paragraph or segment run: {@code [start, end)} into the text. */
    private record Span(int start, int end, String language) {}

    /** An entity with offsets made safe for the text. */
    record Highlight(int start, int end, Entity entity) {}

    /** The body as a sequence of {@code <p>} elements (embeds as {@code <blockquote>}). */
    static String body(EnrichedArticle article) {
        String text = article.getText();
        StringBuilder html = new StringBuilder(text.length() * 2);
        List<Highlight> entities = highlights(article.getEntities(), text);
        for (Span paragraph : paragraphs(text)) {
            List<Span> runs = runs(article, paragraph);
            String language = dominantLanguage(runs);
            String dir = direction(text, paragraph, language);
            Embed embed = embedAt(article.getEmbeds(), paragraph);
            if (embed != null) {
                html.append("<blockquote class=\"embed embed-")
                        .append(Html.escape(embed.getKind()))
                        .append("\">");
            }
            html.append("<p dir=\"")
                    .append(dir)
                    .append("\" lang=\"")
                    .append(Html.escape(language))
                    .append('"');
            if (!language.equals(article.getLanguage())) {
                html.append(" class=\"seg-foreign\"");
            }
            html.append('>');
            if (!language.equals(article.getLanguage())) {
                html.append("<span class=\"lang-badge\" dir=\"ltr\" title=\"")
                        .append(Html.escape(Html.languageName(language)))
                        .append("\">")
                        .append(Html.escape(language))
                        .append("</span> ");
            }
            for (Span run : runs) {
                boolean foreignRun = !run.language().equals(language);
                if (foreignRun) {
                    String runDir = direction(text, run, run.language());
                    html.append("<span class=\"seg\" lang=\"")
                            .append(Html.escape(run.language()))
                            .append("\" dir=\"")
                            .append(runDir)
                            .append("\" title=\"")
                            .append(Html.escape(Html.languageName(run.language())))
                            .append("\">");
                }
                appendWithEntities(html, text, run, entities);
                if (foreignRun) {
                    html.append("</span>");
                }
            }
            html.append("</p>");
            if (embed != null) {
                html.append("<footer dir=\"auto\">").append(Html.escape(embed.getKind()));
                if (embed.getAuthor() != null) {
                    html.append(" · ").append(Html.escape(embed.getAuthor()));
                }
                if (embed.getHandle() != null) {
                    html.append(" (@").append(Html.escape(embed.getHandle())).append(')');
                }
                if (embed.getDate() != null) {
                    html.append(" · ").append(Html.escape(embed.getDate()));
                }
                html.append("</footer></blockquote>");
            }
            html.append('\n');
        }
        return html.toString();
    }

    private static void appendWithEntities(StringBuilder html, String text, Span run, List<Highlight> highlights) {
        int position = run.start();
        for (Highlight highlight : highlights) {
            if (highlight.end() <= run.start() || highlight.start() >= run.end()) {
                continue;
            }
            Entity entity = highlight.entity();
            int start = Math.max(highlight.start(), run.start());
            int end = Math.min(highlight.end(), run.end());
            appendText(html, text, position, start);
            String type = Html.typeClass(entity.getType().name());
            String title = (entity.getCanonicalName() != null ? entity.getCanonicalName() : entity.getText()) + " · "
                    + entity.getType().name()
                    + (entity.getCanonicalId() != null ? " · " + entity.getCanonicalId() : "");
            if (entity.getCanonicalId() != null) {
                html.append("<a class=\"ent ent-").append(type).append('"');
                if (start == highlight.start()) {
                    html.append(" id=\"m-").append(start).append('"');
                }
                html.append(" href=\"")
                        .append(Html.escape(Html.entityHref(entity.getCanonicalId())))
                        .append("\" data-canonical-id=\"")
                        .append(Html.escape(entity.getCanonicalId()))
                        .append("\" title=\"")
                        .append(Html.escape(title))
                        .append("\">");
                appendText(html, text, start, end);
                html.append("</a>");
            } else {
                html.append("<mark class=\"ent ent-")
                        .append(type)
                        .append("\" title=\"")
                        .append(Html.escape(title))
                        .append("\">");
                appendText(html, text, start, end);
                html.append("</mark>");
            }
            position = end;
        }
        appendText(html, text, position, run.end());
    }

    /** Escaped text, single line breaks as {@code <br>}. */
    private static void appendText(StringBuilder html, String text, int start, int end) {
        int from = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                Html.escapeTo(html, text, from, i);
                html.append("<br>");
                from = i + 1;
            }
        }
        Html.escapeTo(html, text, from, end);
    }

    /** Paragraphs: text between runs of two or more line breaks, trimmed of line breaks. */
    static List<int[]> paragraphBounds(String text) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                int end = i;
                while (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                addParagraph(bounds, text, start, end);
                start = i;
            } else {
                i++;
            }
        }
        addParagraph(bounds, text, start, text.length());
        return bounds;
    }

    private static void addParagraph(List<int[]> bounds, String text, int start, int end) {
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (start < end) {
            bounds.add(new int[] {start, end});
        }
    }

    private static List<Span> paragraphs(String text) {
        return paragraphBounds(text).stream()
                .map(b -> new Span(b[0], b[1], null))
                .toList();
    }

    /** The paragraph cut at segment boundaries, gaps filled with the document language. */
    private static List<Span> runs(EnrichedArticle article, Span paragraph) {
        String text = article.getText();
        List<Span> runs = new ArrayList<>();
        int position = paragraph.start();
        List<LanguageSegment> segments = new ArrayList<>(article.getSegments());
        segments.sort(Comparator.comparingInt(LanguageSegment::getStart));
        for (LanguageSegment segment : segments) {
            int start = safeStart(text, Math.max(segment.getStart(), position));
            int end = safeEnd(text, Math.min(segment.getEnd(), paragraph.end()));
            if (start >= end) {
                continue;
            }
            if (start > position) {
                runs.add(new Span(position, start, article.getLanguage()));
            }
            runs.add(new Span(start, end, segment.getLanguage()));
            position = end;
        }
        if (position < paragraph.end()) {
            runs.add(new Span(position, paragraph.end(), article.getLanguage()));
        }
        return runs;
    }

    private static String dominantLanguage(List<Span> runs) {
        Span longest = runs.get(0);
        for (Span run : runs) {
            if (run.end() - run.start() > longest.end() - longest.start()) {
                longest = run;
            }
        }
        return longest.language();
    }

    /**
     * {@code rtl} when the letters are mostly right-to-left, or the language is a right-to-left one and
     * the letters do not say otherwise; {@code ltr} when they are mostly left-to-right; else {@code auto}.
     */
    static String direction(String text, int start, int end, String language) {
        String byScript = Html.scriptDirection(text, start, end);
        if ("rtl".equals(byScript) || (byScript == null && Html.isRtlLanguage(language))) {
            return "rtl";
        }
        return byScript == null ? "auto" : byScript;
    }

    private static String direction(String text, Span span, String language) {
        return direction(text, span.start(), span.end(), language);
    }

    private static Embed embedAt(List<Embed> embeds, Span paragraph) {
        for (Embed embed : embeds) {
            if (embed.getStart() <= paragraph.start() && paragraph.end() <= embed.getEnd()) {
                return embed;
            }
        }
        return null;
    }

    /** Entities in text order with offsets made safe; overlapping or empty ones are dropped. */
    static List<Highlight> highlights(List<Entity> entities, String text) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::getStart).thenComparingInt(Entity::getEnd));
        List<Highlight> usable = new ArrayList<>();
        int previousEnd = 0;
        for (Entity entity : sorted) {
            int start = safeStart(text, Math.max(0, entity.getStart()));
            int end = safeEnd(text, Math.min(text.length(), entity.getEnd()));
            if (start >= end || start < previousEnd) {
                continue;
            }
            usable.add(new Highlight(start, end, entity));
            previousEnd = end;
        }
        return usable;
    }

    /** A start offset moved back off a low surrogate, so a pair is never split. */
    private static int safeStart(String text, int offset) {
        int clipped = Math.max(0, Math.min(offset, text.length()));
        return clipped > 0
                        && clipped < text.length()
                        && Character.isLowSurrogate(text.charAt(clipped))
                        && Character.isHighSurrogate(text.charAt(clipped - 1))
                ? clipped - 1
                : clipped;
    }

    /** An end offset moved forward off a low surrogate. */
    private static int safeEnd(String text, int offset) {
        int clipped = Math.max(0, Math.min(offset, text.length()));
        return clipped > 0
                        && clipped < text.length()
                        && Character.isLowSurrogate(text.charAt(clipped))
                        && Character.isHighSurrogate(text.charAt(clipped - 1))
                ? clipped + 1
                : clipped;
    }
}
