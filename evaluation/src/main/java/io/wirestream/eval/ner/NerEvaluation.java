package io.wirestream.eval.ner;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.ner.NerModel;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Scores a model on gold tokens, or any {@link EntityTagger} on raw text rebuilt from the gold tokens
 * ({@link #detokenize}), with spans compared by character offsets; and measures tagging speed.
 */
final class NerEvaluation {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(
            ",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'", "''", "'re", "'ve", "'ll", "'d",
            "'m", "\u060C", "\u061B", "\u061F", "\u3001", "\u3002", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "\u00AB");

    private NerEvaluation() {}

    /** Gold tokens, each document tagged as one (the second pass of a two-pass model sees the whole document). */
    static SpanScore goldTokens(NerModel model, List<List<TaggedSentence>> documents) {
        SpanScore score = new SpanScore();
        for (List<TaggedSentence> document : documents) {
            List<List<String>> tokens = new ArrayList<>(document.size());
            for (TaggedSentence s : document) {
                tokens.add(s.tokens());
            }
            List<List<NerModel.Mention>> tagged = model.tagDocument(tokens);
            for (int i = 0; i < document.size(); i++) {
                score.add(
                        spans(document.get(i).tags()),
                        spans(tags(tagged.get(i), document.get(i).tokens().size())));
            }
        }
        return score;
    }

    /** Gold tokens, every sentence tagged on its own (no document context). */
    static SpanScore sentenceBySentence(NerModel model, List<TaggedSentence> sentences) {
        SpanScore score = new SpanScore();
        for (TaggedSentence s : sentences) {
            score.add(spans(s.tags()), spans(model.tagNames(s.tokens())));
        }
        return score;
    }

    private static List<String> tags(List<NerModel.Mention> mentions, int n) {
        List<String> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tags.add("O");
        }
        for (NerModel.Mention m : mentions) {
            tags.set(m.start(), "B-" + m.typeCode());
            for (int i = m.start() + 1; i < m.end(); i++) {
                tags.set(i, "I-" + m.typeCode());
            }
        }
        return tags;
    }

    static List<TaggedSentence> flatten(List<List<TaggedSentence>> documents) {
        List<TaggedSentence> out = new ArrayList<>();
        documents.forEach(out::addAll);
        return out;
    }

    /** A sentence as raw text, with the character span of every token. */
    record Text(String text, int[] starts, int[] ends) {}

    static Text detokenize(List<String> tokens, String lang) {
        boolean noSpaces = lang.equals("zh") || lang.equals("ja");
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i > 0 && !noSpaces && !NO_SPACE_BEFORE.contains(t) && !NO_SPACE_AFTER.contains(tokens.get(i - 1))) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(t);
            ends[i] = sb.length();
        }
        return new Text(sb.toString(), starts, ends);
    }

    /** A document as raw text: its sentences detokenized, one per line (as cleaned article paragraphs are). */
    static String documentText(List<TaggedSentence> document, String lang) {
        StringBuilder sb = new StringBuilder();
        for (TaggedSentence s : document) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(detokenize(s.tokens(), lang).text());
        }
        return sb.toString();
    }

    /** Raw text rebuilt from the gold tokens, one document per {@link EntityTagger#tag} call, scored by character offsets. */
    static SpanScore realText(EntityTagger tagger, String lang, List<List<TaggedSentence>> documents) {
        SpanScore score = new SpanScore();
        for (List<TaggedSentence> document : documents) {
            StringBuilder sb = new StringBuilder();
            List<SpanScore.Span> gold = new ArrayList<>();
            for (TaggedSentence s : document) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                int base = sb.length();
                Text text = detokenize(s.tokens(), lang);
                for (SpanScore.Span g : spans(s.tags())) {
                    gold.add(new SpanScore.Span(
                            base + text.starts()[g.start()], base + text.ends()[g.end() - 1], g.type()));
                }
                sb.append(text.text());
            }
            List<SpanScore.Span> predicted = new ArrayList<>();
            for (EntityMention m : tagger.tag(sb.toString(), lang)) {
                predicted.add(new SpanScore.Span(m.start(), m.end(), code(m)));
            }
            score.add(gold, predicted);
        }
        return score;
    }

    static String code(EntityMention m) {
        return switch (m.type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
    }

    /**
     * Tokens per second of single-threaded tagging on gold tokens, document by document, after {@code warmups}
     * untimed passes (see {@link #median}).
     */
    static double tokensPerSecond(NerModel model, List<List<TaggedSentence>> documents, int warmups) {
        List<List<List<String>>> docs = new ArrayList<>();
        long tokens = 0;
        for (List<TaggedSentence> d : documents) {
            List<List<String>> doc = new ArrayList<>();
            for (TaggedSentence s : d) {
                doc.add(s.tokens());
                tokens += s.tokens().size();
            }
            docs.add(doc);
        }
        long sink = 0;
        for (int w = 0; w < warmups; w++) {
            for (List<List<String>> d : docs) {
                sink += model.tagDocument(d).size();
            }
        }
        return median(
                () -> {
                    long n = 0;
                    for (List<List<String>> d : docs) {
                        n += model.tagDocument(d).size();
                    }
                    return n;
                },
                tokens,
                sink);
    }

    /** Tokens per second of the raw-text path (tokenizer + tagger), document by document, measured like {@link #tokensPerSecond}. */
    static double rawTokensPerSecond(
            EntityTagger tagger, String lang, List<List<TaggedSentence>> documents, int warmups) {
        List<String> texts = new ArrayList<>();
        long tokens = 0;
        for (List<TaggedSentence> d : documents) {
            texts.add(documentText(d, lang));
            for (TaggedSentence s : d) {
                tokens += s.tokens().size();
            }
        }
        long sink = 0;
        for (int w = 0; w < warmups; w++) {
            for (String t : texts) {
                sink += tagger.tag(t, lang).size();
            }
        }
        return median(
                () -> {
                    long n = 0;
                    for (String t : texts) {
                        n += tagger.tag(t, lang).size();
                    }
                    return n;
                },
                tokens,
                sink);
    }

    /**
     * The median rate of timed passes repeated for at least two CPU seconds (and at least three passes), timed by the
     * tagging thread's CPU time: "per core" even when other work shares the machine's cores.
     */
    private static double median(LongSupplier pass, long tokens, long sink) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        long started = threads.getCurrentThreadCpuTime();
        while (rates.size() < 3 || threads.getCurrentThreadCpuTime() - started < 2_000_000_000L) {
            long t0 = threads.getCurrentThreadCpuTime();
            sink += pass.getAsLong();
            rates.add(tokens / ((threads.getCurrentThreadCpuTime() - t0) / 1e9));
        }
        rates.sort(null);
        return sink < 0 ? 0 : rates.get(rates.size() / 2);
    }

    static List<SpanScore.Span> spans(List<String> tags) {
        List<SpanScore.Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside =
                    tag.startsWith("I-") && start >= 0 && tag.substring(2).equals(type);
            if (!inside && start >= 0) {
                out.add(new SpanScore.Span(start, i, type));
                start = -1;
            }
            if (!tag.equals("O") && !inside) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }
}
