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
 * mostly English). Links inside the tweet text (t.co) stay in the text. Only the last
 * {@value #TAIL} chars of a paragraph are matched, with possessive quantifiers, so a long paragraph or
 * a run of {@code @}, dashes or spaces costs no more than a short one.
 */
final class TweetEmbedStage implements CleaningStage {

    static final int TAIL = 280;
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String STATUS_URL =
            "https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/[A-Za-z0-9_]{1,15}/status(?:es)?/\\d++\\S*+";
    private static final Pattern SIGNATURE =
            Pattern.compile("\\s*+(?:(?<pic>pic\\.twitter\\.com/[A-Za-z0-9]++)|(?<status>" + STATUS_URL + "))?"
                    + "\\s*+(?:—|–|--|&mdash;)\\s*+(?<author>[^\\n—–()@]{1,80}?)\\s*+\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)"
                    + "\\s*+(?<date>(?:" + MONTHS + ")\\s++\\d{1,2},\\s++\\d{4}|\\d{1,2}\\s++(?:" + MONTHS
                    + ")\\s++\\d{4})"
                    + "(?:\\s*+(?<dateurl>" + STATUS_URL + "))?\\s*+$");

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        if (draft.text().indexOf("(@") < 0) {
            return draft;
        }
        return SignatureEmbeds.apply(draft, "tweet", TweetEmbedStage::find, true, PhraseSet.of());
    }

    static SignatureEmbeds.Signature find(String text, int from, int to) {
        int handleAt = SignatureEmbeds.lastIndexOf(text, "(@", Math.max(from, to - 80), to, false);
        if (handleAt < 0) {
            return null;
        }
        int regionStart = Math.max(from, handleAt - 200);
        if (!hasDash(text, regionStart, handleAt)) {
            return null;
        }
        Matcher m = SIGNATURE.matcher(text);
        m.region(regionStart, to);
        if (!m.find()) {
            return null;
        }
        String url = m.group("pic") != null
                ? m.group("pic")
                : m.group("status") != null ? m.group("status") : m.group("dateurl");
        return new SignatureEmbeds.Signature(m.start(), m.group("author"), m.group("handle"), m.group("date"), url);
    }

    private static boolean hasDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '—' || c == '–' || c == '-' || c == '&') {
                return true;
            }
        }
        return false;
    }
}
