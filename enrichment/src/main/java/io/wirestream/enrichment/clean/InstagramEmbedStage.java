package io.wirestream.enrichment.clean;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds embedded Instagram posts flattened into text: the caption followed by the signature
 * {@code A post shared by Name (@handle) [on Mar 4, 2026 at 7:12am PST]} (also in French, German,
 * Spanish, Portuguese, Italian and Russian). The caption stays as its own paragraph; the signature
 * becomes an {@link Embed} of kind {@code "instagram"} with author, handle, the date as written and the
 * post URL when one follows. The "View this post on Instagram" line the embed renders above the caption
 * is removed. Report keys {@code embed-signature}, {@code embed-furniture}.
 *
 * <p>Sharp edges: the signature must end the paragraph and start within its last {@value #TAIL} chars;
 * a handle is required, since "A post shared by a friend" is prose.
 */
final class InstagramEmbedStage implements CleaningStage {

    static final int TAIL = 240;

    private static final List<String> MARKERS = List.of(
            "a post shared by",
            "une publication partagée par",
            "ein beitrag geteilt von",
            "una publicación compartida por",
            "uma publicação compartilhada por",
            "un post condiviso da",
            "публикация от");

    private static final PhraseSet FURNITURE = PhraseSet.of(
            "View this post on Instagram",
            "Voir cette publication sur Instagram",
            "Diesen Beitrag auf Instagram ansehen",
            "Ver esta publicación en Instagram",
            "Ver essa foto no Instagram",
            "Ver esta publicação no Instagram",
            "Visualizza questo post su Instagram",
            "Посмотреть эту публикацию в Instagram",
            "عرض هذا المنشور على Instagram",
            "مشاهده این پست در اینستاگرام");

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        String text = draft.text();
        if (text.indexOf('@') < 0 && !text.contains("Instagram")) {
            return draft;
        }
        return SignatureEmbeds.apply(draft, "instagram", InstagramEmbedStage::find, true, FURNITURE);
    }

    static SignatureEmbeds.Signature find(String text, int from, int to) {
        int tailStart = Math.max(from, to - TAIL);
        if (SignatureEmbeds.lastIndexOf(text, "@", tailStart, to, false) < 0) {
            return null;
        }
        int marker = -1;
        int markerLength = 0;
        for (String m : MARKERS) {
            int at = SignatureEmbeds.lastIndexOf(text, m, tailStart, to, true);
            if (at > marker) {
                marker = at;
                markerLength = m.length();
            }
        }
        if (marker < 0 || marker > from && Character.isLetterOrDigit(text.charAt(marker - 1))) {
            return null;
        }
        int p = marker + markerLength;
        int at = p;
        while (at < to && at - p < 90 && text.charAt(at) != '@') {
            at++;
        }
        if (at >= to || text.charAt(at) != '@') {
            return null;
        }
        int handleEnd = at + 1;
        while (handleEnd < to && handleEnd - at <= 30 && isHandleChar(text.charAt(handleEnd))) {
            handleEnd++;
        }
        if (handleEnd == at + 1 || handleEnd - at > 31) {
            return null;
        }
        String author;
        int after;
        if (at > p && text.charAt(at - 1) == '(') {
            if (handleEnd >= to || text.charAt(handleEnd) != ')') {
                return null;
            }
            author = text.substring(p, at - 1).strip();
            after = handleEnd + 1;
        } else if (text.substring(p, at).isBlank()) {
            author = null;
            after = handleEnd;
        } else {
            return null;
        }
        if (author != null && (author.length() > 80 || author.indexOf('\n') >= 0)) {
            return null;
        }
        String rest = text.substring(after, to).strip();
        String url = null;
        int http = rest.indexOf("https://www.instagram.com/");
        if (http >= 0) {
            int urlEnd = rest.indexOf(' ', http);
            url = rest.substring(http, urlEnd < 0 ? rest.length() : urlEnd);
            rest = (rest.substring(0, http) + (urlEnd < 0 ? "" : rest.substring(urlEnd))).strip();
        }
        String date = dateOf(rest);
        if (date == null && !rest.isEmpty()) {
            return null;
        }
        return new SignatureEmbeds.Signature(marker, author, text.substring(at + 1, handleEnd), date, url);
    }

    /** {@code on Mar 4, 2026 at 7:12am PST} -> {@code Mar 4, 2026 at 7:12am PST}; null when it is not a date phrase. */
    private static String dateOf(String rest) {
        if (rest.isEmpty() || rest.length() > 60 || rest.indexOf('@') >= 0 || rest.indexOf('(') >= 0) {
            return null;
        }
        int space = rest.indexOf(' ');
        String first = space < 0 ? rest : rest.substring(0, space);
        String date =
                List.of("on", "le", "am", "el", "em", "il", "—", "-", "•").contains(first.toLowerCase(Locale.ROOT))
                                && space > 0
                        ? rest.substring(space + 1).strip()
                        : rest;
        return date.chars().anyMatch(Character::isDigit) ? date : null;
    }

    private static boolean isHandleChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }
}
