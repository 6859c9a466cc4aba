package io.wirestream.enrichment.clean;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds embedded YouTube videos flattened into text: a paragraph that ends with a video link
 * ({@code youtube.com/watch?v=}, {@code /embed/}, {@code /shorts/}, {@code /live/}, {@code youtu.be/}). The
 * text before the link (the video's title or caption) stays as its own paragraph and becomes an
 * {@link Embed} of kind {@code "youtube"} with the URL; a link standing alone leaves the text and becomes an
 * empty embed at the end of the paragraph before it (a bare link captions nothing). "Watch on YouTube"
 * lines are removed. Report keys {@code embed-signature}, {@code embed-furniture}.
 *
 * <p>Sharp edges: a YouTube link in the middle of a sentence is content and stays; so does a link to a
 * channel or playlist.
 */
final class YouTubeEmbedStage implements CleaningStage {

    private static final List<String> VIDEO_PATHS = List.of(
            "youtube.com/watch?",
            "youtube.com/embed/",
            "youtube.com/shorts/",
            "youtube.com/live/",
            "youtu.be/",
            "youtube-nocookie.com/embed/");

    private static final PhraseSet FURNITURE = PhraseSet.of(
            "Watch on YouTube",
            "YouTube video player",
            "Regarder sur YouTube",
            "Auf YouTube ansehen",
            "Ver en YouTube",
            "Assistir no YouTube",
            "Смотреть на YouTube",
            "شاهد على يوتيوب",
            "مشاهده در یوتیوب");

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        String text = draft.text();
        if (!text.contains("youtu") && !text.contains("YouTube")) {
            return draft;
        }
        return SignatureEmbeds.apply(draft, "youtube", YouTubeEmbedStage::find, false, FURNITURE);
    }

    static SignatureEmbeds.Signature find(String text, int from, int to) {
        int end = SignatureEmbeds.trimEnd(text, from, to);
        int start = end;
        while (start > from && end - start <= 200 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        if (end - start > 200 || start == end) {
            return null;
        }
        String url = text.substring(start, end);
        while (!url.isEmpty() && ").,;".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.startsWith("(")) {
            url = url.substring(1);
        }
        return isVideoUrl(url) ? new SignatureEmbeds.Signature(start, null, null, null, url) : null;
    }

    static boolean isVideoUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        for (String scheme : List.of("https://", "http://")) {
            if (u.startsWith(scheme)) {
                u = u.substring(scheme.length());
                break;
            }
        }
        for (String host : List.of("www.", "m.")) {
            if (u.startsWith(host)) {
                u = u.substring(host.length());
                break;
            }
        }
        for (String path : VIDEO_PATHS) {
            if (u.startsWith(path) && u.length() > path.length()) {
                return true;
            }
        }
        return false;
    }
}
