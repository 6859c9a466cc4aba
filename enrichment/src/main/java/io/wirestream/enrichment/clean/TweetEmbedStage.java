package io.wirestream.enrichment.clean;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds embedded tweets flattened into text: a paragraph ending with a signature
 * {@code [pic.twitter.com/ID | status URL] — Name (@handle) Month D, YYYY [status URL]}. The tweet's
 * text stays as its own paragraph; the signature leaves the text and becomes an {@link Embed} of kind
 * {@code "tweet"} spanning that paragraph. A signature standing alone in a paragraph belongs to the
 * paragraph before it. Report key {@code embed-signature}.
 *
 * <p>Sharp edges: only English month names are recognised (embeds render in the page's locale,
 * mostly English). Links inside the tweet text (t.co) stay in the text.
 */
final class TweetEmbedStage implements CleaningStage {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String STATUS_URL = "https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/[A-Za-z0-9_]{1,15}/status(?:es)?/\\d+\\S*";
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s*(?:(?<pic>pic\\.twitter\\.com/[A-Za-z0-9]+)|(?<status>" + STATUS_URL + "))?"
                    + "\\s*(?:—|–|--|&mdash;)\\s*(?<author>[^\\n—–()@]{1,80}?)\\s*\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)"
                    + "\\s*(?<date>(?:" + MONTHS + ")\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+(?:" + MONTHS + ")\\s+\\d{4})"
                    + "(?:\\s*(?<dateurl>" + STATUS_URL + "))?\\s*$");

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        if (draft.text().indexOf("(@") < 0) {
            return draft;
        }
        Draft current = draft;
        int paragraphStart = 0;
        while (paragraphStart <= current.text().length()) {
            String text = current.text();
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            Draft next = extract(current, paragraphStart, paragraphEnd);
            if (next != current) {
                current = next;
                continue; // re-read this paragraph: quoted tweets carry more than one signature
            }
            paragraphStart = paragraphEnd + 2;
        }
        return current;
    }

    private static Draft extract(Draft draft, int start, int end) {
        String paragraph = draft.text().substring(start, end);
        int handleAt = paragraph.lastIndexOf("(@");
        if (handleAt < 0 || paragraph.length() - handleAt > 80) {
            return draft;
        }
        // Anchor the search near the end: the signature is short, the paragraph may be long.
        int from = Math.max(0, handleAt - 200);
        Matcher m = SIGNATURE.matcher(paragraph);
        m.region(from, paragraph.length());
        if (!m.find()) {
            return draft;
        }
        String url = m.group("pic") != null ? m.group("pic") : m.group("status") != null ? m.group("status") : m.group("dateurl");
        String author = m.group("author").strip();
        String handle = m.group("handle");
        String date = m.group("date");
        int sigStart = start + m.start();
        if (m.start() > 0) {
            Draft cut = draft.edit(sigStart, end, "", "embed-signature", 1);
            return cut.withEmbed(new Embed("tweet", start, sigStart, author.isEmpty() ? null : author, handle, date, url));
        }
        // The signature is the whole paragraph: the tweet text is the paragraph before, if any.
        if (start == 0) {
            return draft.edit(0, Math.min(end + 2, draft.text().length()), "", "embed-signature", 1);
        }
        int prevEnd = start - 2;
        int prevStart = draft.text().lastIndexOf("\n\n", prevEnd - 1);
        prevStart = prevStart < 0 ? 0 : prevStart + 2;
        Draft cut = draft.edit(prevEnd, end, "", "embed-signature", 1);
        return cut.withEmbed(new Embed("tweet", prevStart, prevEnd, author.isEmpty() ? null : author, handle, date, url));
    }
}
