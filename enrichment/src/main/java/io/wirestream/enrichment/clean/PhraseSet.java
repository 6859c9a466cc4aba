package io.wirestream.enrichment.clean;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of {@link PhraseKey}s answering "is this key one of them" and "does this key start with one of
 * them" with a few hash lookups, whatever the number of phrases, so judging a line costs the same for
 * fifty phrases as for five. Immutable and thread-safe.
 */
final class PhraseSet {

    private final Set<String> keys;
    private final int maxWords;
    private final int maxHanChars;

    private PhraseSet(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        int words = 1;
        int han = 0;
        for (String k : keys) {
            words = Math.max(words, k.split(" ").length);
            if (!k.isEmpty()
                    && Character.UnicodeScript.of(k.codePointBefore(k.length())) == Character.UnicodeScript.HAN) {
                han = Math.max(han, k.length());
            }
        }
        this.maxWords = words;
        this.maxHanChars = han;
    }

    static PhraseSet of(String... phrases) {
        return of(Arrays.asList(phrases));
    }

    static PhraseSet of(Collection<String> phrases) {
        Set<String> keys = new HashSet<>();
        for (String p : phrases) {
            keys.add(PhraseKey.of(p));
        }
        return new PhraseSet(keys);
    }

    /** Adds the first word of every phrase to {@code out}. */
    void addFirstWordsTo(Set<String> out) {
        for (String k : keys) {
            int space = k.indexOf(' ');
            out.add(space < 0 ? k : k.substring(0, space));
        }
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    /** Whether {@code key} is a phrase or starts with one followed by a space (or, for CJK, by anything). */
    boolean isPrefixOf(String key) {
        int words = 0;
        for (int i = 0; i <= key.length() && words < maxWords; i++) {
            if (i == key.length() || key.charAt(i) == ' ') {
                words++;
                if (keys.contains(key.substring(0, i))) {
                    return true;
                }
            }
        }
        for (int n = 1; n <= Math.min(maxHanChars, key.length()); n++) {
            if (keys.contains(key.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase occurs anywhere in {@code key}, at word boundaries. Cost: words x phrase lengths. */
    boolean occursIn(String key) {
        for (int start = 0; start < key.length(); start++) {
            if (start > 0 && key.charAt(start - 1) != ' ') {
                continue;
            }
            String rest = key.substring(start);
            if (isPrefixOf(rest)) {
                return true;
            }
        }
        return false;
    }
}
