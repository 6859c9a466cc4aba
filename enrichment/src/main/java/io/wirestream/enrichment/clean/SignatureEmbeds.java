package io.wirestream.enrichment.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shared loop of the embed stages: finds signatures at the ends of paragraphs, cuts them out and
 * records {@link Embed}s over the text they sign, all in one {@link Draft#apply} pass so a body with
 * thousands of embeds costs one copy of the text.
 */
final class SignatureEmbeds {

    /** A signature found in {@code text[start, end)} of a paragraph; {@code start} is where it begins. */
    record Signature(int start, String author, String handle, String date, String url) {}

    /** Finds the signature that ends {@code text[from, to)}, or returns null. Must read a bounded tail only. */
    @FunctionalInterface
    interface Finder {
        Signature find(String text, int from, int to);
    }

    /** Quoted posts repeat the signature; more than this in one paragraph is not an embed. */
    private static final int MAX_PER_PARAGRAPH = 4;

    private SignatureEmbeds() {}

    /**
     * @param attachAlone whether a signature that is a paragraph of its own signs the paragraph before it
     *                    (tweets, Instagram captions); otherwise it leaves an empty embed where it stood
     * @param furniture   {@link PhraseKey}s of lines the embed renders around itself ("View this post on
     *                    Instagram"), removed under report key {@code embed-furniture}
     */
    static Draft apply(Draft draft, String kind, Finder finder, boolean attachAlone, PhraseSet furniture) {
        String text = draft.text();
        Paragraphs ps = Paragraphs.of(text);
        int n = ps.size();
        boolean[] remove = new boolean[n];
        List<Draft.Edit> cuts = new ArrayList<>();
        List<Embed> added = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int lastKept = -1;
        int lastKeptEnd = -1;
        for (int i = 0; i < n; i++) {
            int start = ps.start(i);
            if (!furniture.isEmpty() && ps.length(i) <= 60 && furniture.contains(PhraseKey.of(ps.get(i)))) {
                remove[i] = true;
                counts.merge("embed-furniture", 1, Integer::sum);
                continue;
            }
            int textEnd = ps.end(i);
            List<Signature> found = new ArrayList<>();
            for (int k = 0; k < MAX_PER_PARAGRAPH; k++) {
                Signature sig = finder.find(text, start, textEnd);
                if (sig == null) {
                    break;
                }
                found.add(sig);
                textEnd = trimEnd(text, start, sig.start());
                if (textEnd == start) {
                    break;
                }
            }
            if (found.isEmpty()) {
                lastKept = i;
                lastKeptEnd = ps.end(i);
                continue;
            }
            counts.merge("embed-signature", found.size(), Integer::sum);
            if (textEnd > start) {
                cuts.add(Draft.Edit.delete(textEnd, ps.end(i)));
                for (Signature sig : found) {
                    added.add(embed(kind, start, textEnd, sig));
                }
                lastKept = i;
                lastKeptEnd = textEnd;
                continue;
            }
            remove[i] = true;
            for (Signature sig : found) {
                if (attachAlone && lastKept >= 0) {
                    added.add(embed(kind, ps.start(lastKept), lastKeptEnd, sig));
                } else if (!attachAlone) {
                    int at = lastKept >= 0 ? lastKeptEnd : 0;
                    added.add(embed(kind, at, at, sig));
                }
            }
        }
        if (counts.isEmpty()) {
            return draft;
        }
        List<Draft.Edit> edits = new ArrayList<>(ps.removals(remove));
        edits.addAll(cuts);
        return draft.apply(edits, added, counts);
    }

    private static Embed embed(String kind, int start, int end, Signature sig) {
        return new Embed(kind, start, end, blankToNull(sig.author()), sig.handle(), sig.date(), sig.url());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The last index of {@code needle} inside {@code text[from, to)}, or -1. Unlike
     * {@link String#lastIndexOf(String, int)} it never reads before {@code from}, so scanning every
     * paragraph costs the length of the text, not its square.
     */
    static int lastIndexOf(String text, String needle, int from, int to, boolean ignoreCase) {
        for (int i = to - needle.length(); i >= from; i--) {
            if (text.regionMatches(ignoreCase, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The end of {@code text[from, to)} without trailing spaces. */
    static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
