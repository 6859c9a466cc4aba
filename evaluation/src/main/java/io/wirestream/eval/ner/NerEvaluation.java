package io.wirestream.eval.ner;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.ner.NerModel;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a model on gold tokens, or any {@link EntityTagger} on raw text rebuilt from the gold tokens
 * ({@link #detokenize}), with spans compared by character offsets; and measures tagging speed.
 */
final class NerEvaluation {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S",
            "n't", "'", "''", "'re", "'ve", "'ll", "'d", "'m", "\u060C", "\u061B", "\u061F", "\u3001", "\u3002", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "\u00AB");

    private NerEvaluation() {
    }

    static SpanScore goldTokens(NerModel model, List<TaggedSentence> sentences) {
        SpanScore score = new SpanScore();
        for (TaggedSentence s : sentences) {
            score.add(spans(s.tags()), spans(model.tagNames(s.tokens())));
        }
        return score;
    }

    /** A sentence as raw text, with the character span of every token. */
    record Text(String text, int[] starts, int[] ends) {
    }

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

    static SpanScore realText(EntityTagger tagger, String lang, List<TaggedSentence> sentences) {
        SpanScore score = new SpanScore();
        for (TaggedSentence s : sentences) {
            Text text = detokenize(s.tokens(), lang);
            List<SpanScore.Span> gold = new ArrayList<>();
            for (SpanScore.Span g : spans(s.tags())) {
                gold.add(new SpanScore.Span(text.starts()[g.start()], text.ends()[g.end() - 1], g.type()));
            }
            List<SpanScore.Span> predicted = new ArrayList<>();
            for (EntityMention m : tagger.tag(text.text(), lang)) {
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

    /** Tokens per second of single-threaded tagging on gold tokens, after {@code warmups} untimed passes. */
    static double tokensPerSecond(NerModel model, List<TaggedSentence> sentences, int warmups) {
        long tokens = 0;
        for (TaggedSentence s : sentences) {
            tokens += s.tokens().size();
        }
        for (int w = 0; w < warmups; w++) {
            for (TaggedSentence s : sentences) {
                model.tag(s.tokens());
            }
        }
        long t0 = System.nanoTime();
        int sink = 0;
        for (TaggedSentence s : sentences) {
            sink += model.tag(s.tokens()).size();
        }
        long elapsed = System.nanoTime() - t0;
        return sink < 0 ? 0 : tokens / (elapsed / 1e9);
    }

    static List<SpanScore.Span> spans(List<String> tags) {
        List<SpanScore.Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && start >= 0 && tag.substring(2).equals(type);
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
