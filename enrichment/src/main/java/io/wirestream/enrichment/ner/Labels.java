package io.wirestream.enrichment.ner;

import io.wirestream.enrichment.entity.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The tag set of a model: {@code O} plus, per entity type, BIO ({@code B I}) or BILOU ({@code B I L U}) tags,
 * with the transitions each scheme allows. Index 0 is always {@code O}. Immutable.
 */
final class Labels {

    /** Tagging schemes. BILOU marks span ends too, which usually helps a linear-chain model by a point. */
    enum Scheme {
        BIO,
        BILOU
    }

    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;

    private final Scheme scheme;
    private final List<String> types;
    private final int perType;
    private final boolean[] allowed;
    private final boolean[] startAllowed;
    private final boolean[] endAllowed;

    Labels(Scheme scheme, List<String> types) {
        this.scheme = scheme;
        this.types = List.copyOf(types);
        this.perType = scheme == Scheme.BIO ? 2 : 4;
        int n = size();
        allowed = new boolean[n * n];
        startAllowed = new boolean[n];
        endAllowed = new boolean[n];
        for (int cur = 0; cur < n; cur++) {
            startAllowed[cur] = cur == 0 || part(cur) == B || part(cur) == U;
            endAllowed[cur] = cur == 0 || (scheme == Scheme.BIO || part(cur) == L || part(cur) == U);
            for (int prev = 0; prev < n; prev++) {
                allowed[prev * n + cur] = transition(prev, cur);
            }
        }
    }

    private boolean transition(int prev, int cur) {
        boolean inside = cur != 0 && (part(cur) == I || part(cur) == L);
        if (scheme == Scheme.BIO) {
            return !inside || (prev != 0 && type(prev) == type(cur));
        }
        boolean prevOpen = prev != 0 && (part(prev) == B || part(prev) == I);
        if (prevOpen) {
            return inside && type(prev) == type(cur);
        }
        return !inside;
    }

    Scheme scheme() {
        return scheme;
    }

    List<String> types() {
        return types;
    }

    int size() {
        return 1 + perType * types.size();
    }

    boolean allowed(int prev, int cur) {
        return allowed[prev * size() + cur];
    }

    /** {@code allowed(prev, cur)} at {@code prev * size() + cur}; do not modify. */
    boolean[] allowedTable() {
        return allowed;
    }

    boolean startAllowed(int label) {
        return startAllowed[label];
    }

    boolean endAllowed(int label) {
        return endAllowed[label];
    }

    /** Type index of a non-O label. */
    int type(int label) {
        return (label - 1) / perType;
    }

    private int part(int label) {
        return (label - 1) % perType;
    }

    String name(int label) {
        if (label == 0) {
            return "O";
        }
        return "BILU".charAt(part(label)) + "-" + types.get(type(label));
    }

    static EntityType entityType(String code) {
        return switch (code) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    /** A span of tokens {@code [start, end)} of type index {@code type}. */
    record Span(int start, int end, int type) {}

    int[] encode(List<Span> spans, int length) {
        int[] out = new int[length];
        for (Span s : spans) {
            int base = 1 + s.type() * perType;
            for (int i = s.start(); i < s.end(); i++) {
                out[i] = base + I;
            }
            out[s.start()] = base + B;
            if (scheme == Scheme.BILOU) {
                if (s.end() - s.start() == 1) {
                    out[s.start()] = base + U;
                } else {
                    out[s.end() - 1] = base + L;
                }
            }
        }
        return out;
    }

    /** Spans of a label sequence; tolerant of sequences the constraints would not produce. */
    List<Span> decode(int[] labels) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= labels.length; i++) {
            int label = i < labels.length ? labels[i] : 0;
            boolean continues =
                    label != 0 && start >= 0 && type(label) == type && (part(label) == I || part(label) == L);
            if (!continues && start >= 0) {
                spans.add(new Span(start, i, type));
                start = -1;
            }
            if (label != 0 && !continues) {
                start = i;
                type = type(label);
            }
            if (label != 0 && (part(label) == L || part(label) == U) && start >= 0) {
                spans.add(new Span(start, i + 1, type));
                start = -1;
            }
        }
        return spans;
    }

    /**
     * Spans of IOB tags as corpora write them ({@code B-PER I-PER O}); an {@code I-} after {@code O} or another
     * type opens a span. Tags whose type is not in {@code types} are treated as {@code O}.
     */
    static List<Span> fromTags(List<String> tags, List<String> types) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            int t = tag.length() > 2 && tag.charAt(1) == '-' ? types.indexOf(tag.substring(2)) : -1;
            boolean begin = t >= 0 && (tag.charAt(0) == 'B' || tag.charAt(0) == 'U' || tag.charAt(0) == 'S');
            boolean continues = t >= 0 && !begin && start >= 0 && t == type;
            if (!continues && start >= 0) {
                spans.add(new Span(start, i, type));
                start = -1;
            }
            if (t >= 0 && !continues) {
                start = i;
                type = t;
            }
        }
        return spans;
    }
}
