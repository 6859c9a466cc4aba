package io.wirestream.enrichment.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the page's structured data claims the article body is ({@code articleBody} in JSON-LD). Used as
 * evidence for which blocks are story text, never copied into the output as is: it is often truncated,
 * a summary, or stale.
 */
final class Evidence {

    private static final String KEY = "\"articleBody\"";
    private static final int GRAM = 4;

    private final Set<Long> grams;
    private final int words;

    private Evidence(Set<Long> grams, int words) {
        this.grams = grams;
        this.words = words;
    }

    static final Evidence NONE = new Evidence(Set.of(), 0);

    /** Collects every {@code articleBody} string in the given JSON-LD script bodies. */
    static Evidence fromJsonLd(List<String> scripts) {
        StringBuilder body = new StringBuilder();
        for (String script : scripts) {
            int from = 0;
            while (true) {
                int at = script.indexOf(KEY, from);
                if (at < 0) {
                    break;
                }
                from = at + KEY.length();
                int i = skipSpace(script, from);
                if (i >= script.length() || script.charAt(i) != ':') {
                    continue;
                }
                i = skipSpace(script, i + 1);
                if (i < script.length() && script.charAt(i) == '"') {
                    from = readString(script, i + 1, body);
                    body.append('\n');
                }
            }
        }
        List<String> w = words(body.toString());
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= w.size(); i++) {
            grams.add(hash(w, i, GRAM));
        }
        return grams.isEmpty() ? NONE : new Evidence(grams, w.size());
    }

    /** Words of evidence text; 0 when there is none. */
    int words() {
        return words;
    }

    /** Share of the block's word 4-grams found in the evidence, or -1 when it cannot tell (none, or a short block). */
    double coverage(String text) {
        if (words == 0) {
            return -1;
        }
        List<String> w = words(text);
        if (w.size() < GRAM) {
            return -1;
        }
        int hit = 0;
        int total = w.size() - GRAM + 1;
        for (int i = 0; i < total; i++) {
            if (grams.contains(hash(w, i, GRAM))) {
                hit++;
            }
        }
        return (double) hit / total;
    }

    private static long hash(List<String> w, int from, int n) {
        long h = 1125899906842597L;
        for (int i = from; i < from + n; i++) {
            h = 31 * h + w.get(i).hashCode();
        }
        return h;
    }

    private static List<String> words(String text) {
        String key = Text.matchKey(text, Integer.MAX_VALUE);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == ' ') {
                if (i > start) {
                    out.add(key.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Reads a JSON string body starting after its opening quote; returns the index after the closing quote. */
    private static int readString(String s, int i, StringBuilder out) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\' || i >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n', 'r', 't', 'f', 'b' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 <= s.length()) {
                        try {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException bad) {
                            out.append(' ');
                        }
                        i += 4;
                    }
                }
                default -> out.append(e);
            }
        }
        return i;
    }
}
