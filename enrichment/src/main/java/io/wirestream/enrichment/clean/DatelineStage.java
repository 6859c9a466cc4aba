package io.wirestream.enrichment.clean;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Removes publication metadata that leaked into the top of the body from page chrome or a scraper, and
 * takes its date as {@code publishedAt} (source {@code "text"}) when the input had none:
 * <ul>
 *   <li>date lines, alone or as a prefix of the first paragraph: {@code date 2026-02-03},
 *       {@code Published: February 3, 2026}, {@code Publié le 12 février 2026 à 10h30},
 *       {@code Stand: 03.02.2026 14:15 Uhr}, {@code Опубликовано 3 февраля 2026},
 *       {@code الثلاثاء 3 شباط/فبراير 2026}, {@code ۱۴ بهمن ۱۴۰۴} (Solar Hijri), {@code 15 شعبان 1447 هـ}
 *       (lunar Hijri), {@code 2026年2月3日} (report key {@code dateline});</li>
 *   <li>bylines with a date: {@code By Jane Doe, Reuters | March 4, 2026}, and a dateless byline
 *       directly above a date line (report key {@code byline}).</li>
 * </ul>
 * Dates are read by {@link DateScanner}, which documents the formats and calendars.
 *
 * <p>Sharp edges: only the first {@value #TOP_PARAGRAPHS} paragraphs are looked at, and a later one
 * only when those above it are short and do not end like sentences (a kicker, a byline); only the first
 * {@value #WINDOW} chars of a paragraph are read. A bare date without a label is removed as a prefix
 * only when ISO or followed by a dash or bar, since "3 February 2026 will be remembered…" is prose.
 * A byline paragraph is removed only whole, and only when it is short. Impossible dates (2026-02-30)
 * are not datelines and stay; a byline ending like a sentence ("Par ailleurs, le 3 février 2026, rien n'a
 * changé.") is prose and stays. Wire datelines such as {@code BAKU, Feb 3 (Reuters) -} are content and
 * are not touched. A date labelled as an update time is used only when nothing else is found.
 */
final class DatelineStage implements CleaningStage {

    static final int WINDOW = 300;
    private static final int TOP_PARAGRAPHS = 3;
    private static final int MAX_BYLINE = 200;
    private static final int MAX_REMOVALS = 8;

    /** English labels of a publication date; also the labels that mark a dateline as English. */
    private static final List<String> ENGLISH_PUBLISHED = List.of(
            "date",
            "dated",
            "published",
            "published on",
            "published at",
            "first published",
            "first published on",
            "posted",
            "posted on",
            "posted at");

    private static final List<String> ENGLISH_UPDATED =
            List.of("updated", "updated on", "updated at", "last updated", "last updated on");

    private static final PhraseSet PUBLISHED_LABELS = PhraseSet.of(concat(
            ENGLISH_PUBLISHED,
            "publié le",
            "publie le",
            "publié",
            "mis en ligne le",
            "stand",
            "veröffentlicht am",
            "veröffentlicht",
            "erstellt am",
            "datum",
            "publicado em",
            "publicado el",
            "publicado",
            "pubblicato il",
            "yayınlanma tarihi",
            "опубликовано",
            "опубликован",
            "дата публикации",
            "дата",
            "نشر في",
            "نشر بتاريخ",
            "نشر",
            "تاريخ النشر",
            "بتاريخ",
            "التاريخ",
            "تاريخ",
            "تاریخ انتشار",
            "منتشر شده در",
            "انتشار",
            "تاریخ",
            "发布时间",
            "发布日期",
            "发表时间",
            "日期",
            "时间"));

    private static final PhraseSet UPDATED_LABELS = PhraseSet.of(concat(
            ENGLISH_UPDATED,
            "mis à jour le",
            "mis a jour le",
            "mis à jour",
            "actualisé le",
            "aktualisiert am",
            "aktualisiert",
            "zuletzt aktualisiert",
            "atualizado em",
            "actualizado el",
            "обновлено",
            "обновлен",
            "آخر تحديث",
            "تحديث",
            "تم التحديث",
            "به روز شده",
            "به‌روزرسانی",
            "更新时间"));

    private static final PhraseSet BYLINE_MARKERS = PhraseSet.of(
            "by", "par", "von", "por", "di", "door", "автор", "авторы", "بقلم", "كتب", "كتبت", "إعداد", "نویسنده", "作者",
            "记者");

    private static final PhraseSet ENGLISH =
            PhraseSet.of(concat(List.of("by"), concat(ENGLISH_PUBLISHED, ENGLISH_UPDATED)));

    private static List<String> concat(List<String> first, String... rest) {
        return concat(first, List.of(rest));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        Draft current = draft;
        for (int round = 0; round < MAX_REMOVALS; round++) {
            Draft next = removeOne(current);
            if (next == current) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static Draft removeOne(Draft draft) {
        String text = draft.text();
        int start = 0;
        boolean previousIsByline = false;
        int previousStart = -1;
        for (int i = 0; i < TOP_PARAGRAPHS && start < text.length(); i++) {
            int breakAt = text.indexOf("\n\n", start);
            int end = breakAt < 0 ? text.length() : breakAt;
            int next = breakAt < 0 ? text.length() : breakAt + 2;
            String head = text.substring(start, Math.min(end, start + WINDOW + 1));
            boolean whole = end - start <= WINDOW;
            Meta meta = read(head, whole, i == 0);
            if (meta != null) {
                int from = previousIsByline
                                && meta.removeTo() == head.length()
                                && meta.kind().equals("dateline")
                        ? previousStart
                        : start;
                String kind = from == start ? meta.kind() : "byline";
                int to = meta.removeTo() == head.length() ? removalEnd(text, end, next) : start + meta.removeTo();
                if (meta.removeTo() == head.length() && breakAt < 0 && from > 0) {
                    from -= 2; // last paragraph: take the separator before it
                }
                Draft cut = draft.edit(from, to, "", kind, from == start ? 1 : 2);
                return cut.withPublishedAtFromText(meta.instant());
            }
            if (!whole || !isShortNonSentence(head, 120)) {
                return draft;
            }
            previousIsByline = isBylineStart(head);
            previousStart = start;
            start = next;
        }
        return draft;
    }

    private static int removalEnd(String text, int end, int next) {
        return next > end ? next : text.length();
    }

    /** What to remove from the start of a paragraph: {@code removeTo == head.length()} means all of it. */
    private record Meta(Instant instant, int removeTo, String kind) {}

    /**
     * @param head  the paragraph, or its first {@value #WINDOW} + 1 chars
     * @param whole whether {@code head} is the whole paragraph
     * @param first whether this is the first paragraph (only there may a date be cut from running text)
     */
    static Meta read(String head, boolean whole, boolean first) {
        int pos = skipBullets(head);
        if (isBylineStart(head)) {
            return whole && head.length() <= MAX_BYLINE ? byline(head, pos) : null;
        }
        Label label = label(head, pos);
        boolean english = label != null && ENGLISH.contains(label.key());
        DateScanner.Found date = DateScanner.at(head, label == null ? pos : label.end(), head.length(), english);
        if (date == null) {
            return null;
        }
        Instant instant = date.instant();
        boolean updated = label != null && label.updated();
        int end = date.end();
        for (int more = 0; more < 2; more++) { // ", mis à jour le 13 février 2026 à 09h00"
            int q = skipSeparators(head, end);
            Label again = label(head, q);
            DateScanner.Found other = again == null ? null : DateScanner.at(head, again.end(), head.length(), english);
            if (other == null) {
                break;
            }
            if (updated && !again.updated()) {
                instant = other.instant();
                updated = false;
            }
            end = other.end();
        }
        int rest = skipSeparators(head, end);
        if (rest >= head.length() && whole) {
            return new Meta(instant, head.length(), "dateline");
        }
        if (!first || rest >= head.length()) {
            return null;
        }
        boolean separated = rest > end && hasDashOrBar(head, end, rest);
        boolean iso = Character.isDigit(head.charAt(date.start()))
                && head.length() > date.start() + 4
                && head.charAt(date.start() + 4) == '-';
        if (label == null && !iso && !separated || rest == end && Character.isLetterOrDigit(head.charAt(end))) {
            return null;
        }
        return new Meta(instant, rest, "dateline");
    }

    /** {@code By Jane Doe, Reuters | March 4, 2026 | 3 min read}: the whole paragraph when it has a date. */
    private static Meta byline(String head, int pos) {
        DateScanner.Found date =
                DateScanner.find(head, pos, head.length(), PhraseKey.of(head).startsWith("by "));
        if (date == null || !isShortNonSentence(head, MAX_BYLINE) || words(head, pos, date.start()) > 14) {
            return null;
        }
        int rest = skipSeparators(head, date.end());
        if (head.length() - rest > 60) {
            return null;
        }
        return new Meta(date.instant(), head.length(), "byline");
    }

    private static boolean isBylineStart(String head) {
        int pos = skipBullets(head);
        int end = pos;
        while (end < head.length() && end - pos < 12 && Character.isLetter(head.charAt(end))) {
            end++;
        }
        if (end == pos || end >= head.length() || !(head.charAt(end) == ' ' || head.charAt(end) == ':')) {
            return false;
        }
        String word = head.substring(pos, end);
        boolean capitalOrNonLatin = !Character.isLowerCase(word.charAt(0));
        return capitalOrNonLatin && BYLINE_MARKERS.contains(PhraseKey.of(word));
    }

    private record Label(int end, String key, boolean updated) {}

    /** A label of up to four words at pos, with its colon or dash: the longest that is known. */
    private static Label label(String head, int pos) {
        int[] ends = new int[4];
        int words = 0;
        int q = pos;
        while (words < 4) {
            int w = q;
            while (w < head.length()
                    && w - q < 24
                    && (Character.isLetter(head.charAt(w))
                            || Character.getType(head.charAt(w)) == Character.NON_SPACING_MARK
                            || head.charAt(w) == '\u200C' && w > q)) {
                w++;
            }
            if (w == q) {
                break;
            }
            ends[words++] = w;
            q = w;
            while (q < head.length() && head.charAt(q) == ' ') {
                q++;
            }
        }
        for (int k = words; k > 0; k--) {
            String key = PhraseKey.of(head.substring(pos, ends[k - 1]));
            boolean updated = UPDATED_LABELS.contains(key);
            if (updated || PUBLISHED_LABELS.contains(key)) {
                int end = ends[k - 1];
                int after = end;
                while (after < head.length() && head.charAt(after) == ' ') {
                    after++;
                }
                if (after < head.length()
                        && (head.charAt(after) == ':' || head.charAt(after) == '：' || head.charAt(after) == '-')) {
                    end = after + 1;
                }
                return new Label(end, key, updated);
            }
        }
        return null;
    }

    private static int skipBullets(String head) {
        int i = 0;
        while (i < head.length() && i < 8 && !Character.isLetterOrDigit(head.charAt(i)) && head.charAt(i) != '(') {
            i++;
        }
        return i;
    }

    private static int skipSeparators(String head, int i) {
        while (i < head.length() && i < WINDOW + 1) {
            char c = head.charAt(i);
            if (c == ' ' || c == ',' || c == '،' || c == '|' || c == '-' || c == '–' || c == '—' || c == '·' || c == '•'
                    || c == ':' || c == '/' || c == '؛' || c == ';') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean hasDashOrBar(String head, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = head.charAt(i);
            if (c == '-' || c == '–' || c == '—' || c == '|' || c == ':') {
                return true;
            }
        }
        return false;
    }

    private static int words(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean isShortNonSentence(String paragraph, int max) {
        if (paragraph.isEmpty() || paragraph.length() > max) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".!?。؟…:\"»”".indexOf(last) < 0;
    }
}
