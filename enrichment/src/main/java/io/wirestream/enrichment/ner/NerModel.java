package io.wirestream.enrichment.ner;

import io.wirestream.enrichment.entity.EntityType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A trained linear-chain entity model for one language: hashed feature weights (16-bit, one global scale),
 * label transitions and a lexicon of word clusters, capitalization statistics and gazetteer flags, decoded with
 * constrained Viterbi. Reads and writes a compact, deterministic binary format (zlib-compressed; rows in key
 * order, so the same weights always give the same bytes). Immutable and thread-safe.
 */
public final class NerModel {

    private static final String MAGIC = "wirestream-ner";
    /** Format 1: one pass. Format 2: a second pass over document features (its weights share the rows). */
    private static final int FORMAT = 1;

    private static final int FORMAT_TWO_PASS = 2;

    private final String language;
    private final Labels labels;
    private final Lexicon lexicon;
    private final Features features;
    private final LongIntMap rows;
    /** Per row: the first pass's {@code L} label weights, then (two-pass models) the second pass's. */
    private final short[] weights;

    private final Pass[] passes;
    private final int width;
    private final float confidenceUnit;

    /** One pass's label transitions (with the scheme's forbidden ones at minus infinity) and weight scale. */
    record Pass(float scale, float[] transition, float[] start, float[] end) {}

    NerModel(
            String language,
            Labels labels,
            Lexicon lexicon,
            LongIntMap rows,
            short[] weights,
            Pass[] passes,
            float confidenceUnit) {
        this.language = language;
        this.labels = labels;
        this.lexicon = lexicon;
        this.features = new Features(lexicon, Features.affixesFor(language));
        this.rows = rows;
        this.weights = weights;
        this.passes = passes.clone();
        this.width = labels.size() * passes.length;
        this.confidenceUnit = confidenceUnit;
    }

    /**
     * This model with the last pass's score of O lowered by {@code units} confidence units on every token (through
     * the transitions into O, so tagging costs the same): a threshold that trades precision for recall. Negative
     * values favour O.
     */
    public NerModel withOutsideBias(double units) {
        float b = (float) (units * confidenceUnit);
        int size = labels.size();
        Pass[] biased = passes.clone();
        Pass last = passes[passes.length - 1];
        float[] transition = last.transition().clone();
        float[] start = last.start().clone();
        for (int prev = 0; prev < size; prev++) {
            transition[prev * size] -= b; // label 0 is O; minus infinity stays minus infinity
        }
        start[0] -= b;
        biased[passes.length - 1] = new Pass(last.scale(), transition, start, last.end());
        return new NerModel(language, labels, lexicon, rows, weights, biased, confidenceUnit);
    }

    /**
     * This model with the last pass's score of every label of a type raised by that type's {@code units}
     * confidence units on every token (through the transitions, so tagging costs the same): a per-type threshold
     * that trades precision for recall. Types not in the map keep their scores; negative values favour O.
     */
    public NerModel withTypeBias(Map<String, Double> units) {
        int size = labels.size();
        Pass[] biased = passes.clone();
        Pass last = passes[passes.length - 1];
        float[] transition = last.transition().clone();
        float[] start = last.start().clone();
        for (int l = 1; l < size; l++) {
            float b = (float) (units.getOrDefault(labels.types().get(labels.type(l)), 0.0) * confidenceUnit);
            for (int prev = 0; prev < size; prev++) {
                transition[prev * size + l] += b; // minus infinity stays minus infinity
            }
            start[l] += b;
        }
        biased[passes.length - 1] = new Pass(last.scale(), transition, start, last.end());
        return new NerModel(language, labels, lexicon, rows, weights, biased, confidenceUnit);
    }

    /** Whether tagging uses the document (a second pass over document-level features). */
    public boolean twoPass() {
        return passes.length == 2;
    }

    /** A tagged span of tokens {@code [start, end)}. */
    public record Mention(int start, int end, EntityType type, String typeCode, double confidence) {}

    public String language() {
        return language;
    }

    /** The entity type codes this model tags ({@code PER, LOC, ORG, MISC}). */
    public List<String> types() {
        return labels.types();
    }

    public int featureRows() {
        return rows.size();
    }

    public int lexiconSize() {
        return lexicon.size();
    }

    /** Approximate heap held by this model. */
    public long heapBytes() {
        return rows.bytes()
                + weights.length * 2L
                + lexicon.entries().bytes()
                + passes.length * passes[0].transition().length * 4L;
    }

    /** Tags a tokenized sentence on its own (no document context); never null. */
    public List<Mention> tag(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return tagDocument(List.of(tokens)).get(0);
    }

    /**
     * Tags the sentences of one document (an article): a two-pass model uses how the first pass tagged the other
     * occurrences of each word in the document. One list of mentions per sentence; never null.
     */
    public List<List<Mention>> tagDocument(List<List<String>> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        List<List<Mention>> out = new ArrayList<>(sentences.size());
        for (List<double[]> spans : decodeDocument(sentences)) {
            List<Mention> mentions = new ArrayList<>(spans.size());
            for (double[] span : spans) {
                double confidence = 1.0 - 0.5 * Math.pow(2.0, -span[3] / confidenceUnit);
                confidence = Math.max(0.01, Math.min(0.99, confidence));
                String code = labels.types().get((int) span[2]);
                mentions.add(new Mention((int) span[0], (int) span[1], Labels.entityType(code), code, confidence));
            }
            out.add(mentions);
        }
        return out;
    }

    /** Spans as {start, end, type, smallest token margin}. */
    List<double[]> decode(List<String> tokens) {
        return decodeDocument(List.of(tokens)).get(0);
    }

    /** Per sentence, spans as {start, end, type, smallest token margin}. */
    List<List<double[]>> decodeDocument(List<List<String>> sentences) {
        int size = labels.size();
        int count = sentences.size();
        int maxLen = 1;
        int total = 0;
        for (List<String> s : sentences) {
            maxLen = Math.max(maxLen, s.size());
            total += s.size();
        }
        float[] delta = new float[maxLen * size];
        int[] back = new int[maxLen * size];
        Features.Buffer[] buffers = new Features.Buffer[count];
        float[][] emission = new float[count][];
        float[][] second = twoPass() ? new float[count][] : null;
        int[][] out = new int[count][];
        Pass first = passes[0];
        for (int s = 0; s < count; s++) {
            List<String> tokens = sentences.get(s);
            int n = tokens.size();
            out[s] = new int[n];
            if (n == 0) {
                continue;
            }
            Features.Buffer buf = new Features.Buffer(n);
            features.extract(tokens.toArray(new String[0]), buf);
            buffers[s] = buf;
            emission[s] = new float[n * size];
            if (second != null) {
                second[s] = new float[n * size];
            }
            emissions(buf, n, emission[s], second == null ? null : second[s]);
            Viterbi.decode(emission[s], n, labels, first.transition(), first.start(), first.end(), out[s], delta, back);
        }
        Pass last = first;
        if (second != null) {
            last = passes[1];
            Features.DocumentCounts counts = new Features.DocumentCounts(total);
            for (int s = 0; s < count; s++) {
                if (buffers[s] != null) {
                    counts.add(buffers[s], out[s], labels);
                }
            }
            Features.Buffer doc = new Features.Buffer(maxLen);
            for (int s = 0; s < count; s++) {
                if (buffers[s] == null) {
                    continue;
                }
                int n = out[s].length;
                Features.documentFeatures(buffers[s], out[s], labels, counts, doc);
                addSecondPass(doc, n, second[s]);
                emission[s] = second[s];
            }
            for (int s = 0; s < count; s++) {
                if (buffers[s] != null) {
                    Viterbi.decode(
                            emission[s],
                            out[s].length,
                            labels,
                            last.transition(),
                            last.start(),
                            last.end(),
                            out[s],
                            delta,
                            back);
                }
            }
        }
        List<List<double[]>> result = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            List<double[]> spans = new ArrayList<>();
            for (Labels.Span span : labels.decode(out[s])) {
                double margin = Double.MAX_VALUE;
                for (int i = span.start(); i < span.end(); i++) {
                    margin = Math.min(margin, margin(emission[s], out[s], i, size, last));
                }
                spans.add(new double[] {span.start(), span.end(), span.type(), margin});
            }
            result.add(spans);
        }
        return result;
    }

    /** Tag names ({@code B-PER}) of a tokenized sentence, for evaluation. */
    public List<String> tagNames(List<String> tokens) {
        List<String> tags = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tags.add("O");
        }
        for (Mention m : tag(tokens)) {
            tags.set(m.start(), "B-" + m.typeCode());
            for (int i = m.start() + 1; i < m.end(); i++) {
                tags.set(i, "I-" + m.typeCode());
            }
        }
        return tags;
    }

    /** The mention's base form: Arabic proclitics removed, a Turkish or Azerbaijani suffix after an apostrophe dropped. */
    public String baseForm(String surface) {
        return switch (language) {
            case "ar" -> {
                int space = surface.indexOf(' ');
                String first = space < 0 ? surface : surface.substring(0, space);
                yield ArabicClitics.baseForm(first, lexicon) + (space < 0 ? "" : surface.substring(space));
            }
            case "tr", "az" -> withoutApostropheSuffix(surface);
            default -> surface;
        };
    }

    private static String withoutApostropheSuffix(String surface) {
        int cut = Math.max(surface.lastIndexOf('\''), surface.lastIndexOf('\u2019'));
        if (cut <= 0 || cut == surface.length() - 1 || surface.lastIndexOf(' ') > cut) {
            return surface;
        }
        for (int i = cut + 1; i < surface.length(); i++) {
            if (!Character.isLowerCase(surface.charAt(i))) {
                return surface;
            }
        }
        return surface.length() - cut - 1 <= 5 ? surface.substring(0, cut) : surface;
    }

    /** First-pass label scores into {@code first} and, for two-pass models, the local part of the second's. */
    private void emissions(Features.Buffer buf, int n, float[] first, float[] second) {
        int size = labels.size();
        int[] acc = new int[n * size];
        int[] acc2 = second == null ? null : new int[n * size];
        long[] feats = buf.feats;
        short[] w = weights;
        for (int i = 0; i < n; i++) {
            int base = i * size;
            for (int k = buf.offsets[i]; k < buf.offsets[i + 1]; k++) {
                int row = rows.get(feats[k], -1);
                if (row >= 0) {
                    int r = row * width;
                    for (int l = 0; l < size; l++) {
                        acc[base + l] += w[r + l];
                    }
                    if (acc2 != null) {
                        r += size;
                        for (int l = 0; l < size; l++) {
                            acc2[base + l] += w[r + l];
                        }
                    }
                }
            }
        }
        float scale = passes[0].scale();
        for (int k = 0; k < acc.length; k++) {
            first[k] = acc[k] * scale;
        }
        if (acc2 != null) {
            float scale2 = passes[1].scale();
            for (int k = 0; k < acc2.length; k++) {
                second[k] = acc2[k] * scale2;
            }
        }
    }

    /** Adds the document features' second-pass weights to {@code second}. */
    private void addSecondPass(Features.Buffer doc, int n, float[] second) {
        int size = labels.size();
        float scale = passes[1].scale();
        long[] feats = doc.feats;
        for (int i = 0; i < n; i++) {
            int base = i * size;
            for (int k = doc.offsets[i]; k < doc.offsets[i + 1]; k++) {
                int row = rows.get(feats[k], -1);
                if (row >= 0) {
                    int r = row * width + size;
                    for (int l = 0; l < size; l++) {
                        second[base + l] += weights[r + l] * scale;
                    }
                }
            }
        }
    }

    private double margin(float[] emission, int[] out, int i, int size, Pass pass) {
        int prev = i > 0 ? out[i - 1] : -1;
        double chosen = Double.NEGATIVE_INFINITY;
        double other = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < size; l++) {
            boolean ok = prev < 0 ? labels.startAllowed(l) : labels.allowed(prev, l);
            if (!ok) {
                continue;
            }
            double s = emission[i * size + l] + (prev < 0 ? pass.start()[l] : pass.transition()[prev * size + l]);
            if (l == out[i]) {
                chosen = s;
            } else {
                other = Math.max(other, s);
            }
        }
        return other == Double.NEGATIVE_INFINITY ? confidenceUnit * 4 : chosen - other;
    }

    // ---- serialization ----

    public void write(OutputStream out) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            DeflaterOutputStream zipped = new DeflaterOutputStream(out, deflater, 1 << 16);
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zipped, 1 << 16));
            data.writeUTF(MAGIC);
            data.writeInt(twoPass() ? FORMAT_TWO_PASS : FORMAT);
            data.writeUTF(language);
            data.writeUTF(labels.scheme().name());
            data.writeInt(labels.types().size());
            for (String t : labels.types()) {
                data.writeUTF(t);
            }
            data.writeFloat(confidenceUnit);
            for (Pass pass : passes) {
                writeFloats(data, pass.start());
                writeFloats(data, pass.end());
                writeFloats(data, pass.transition());
            }
            LongIntMap lex = lexicon.entries();
            long[] lexKeys = lex.sortedKeys();
            data.writeInt(lexKeys.length);
            for (long k : lexKeys) {
                data.writeLong(k);
                data.writeInt(lex.get(k, 0));
            }
            long[] keys = rows.sortedKeys();
            for (Pass pass : passes) {
                data.writeFloat(pass.scale());
            }
            data.writeInt(keys.length);
            for (long k : keys) {
                data.writeLong(k);
                int row = rows.get(k, -1) * width;
                for (int l = 0; l < width; l++) {
                    data.writeShort(weights[row + l]);
                }
            }
            data.flush();
            zipped.finish();
        } finally {
            deflater.end();
        }
    }

    public static NerModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new InflaterInputStream(in), 1 << 16));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a wirestream NER model");
        }
        int format = data.readInt();
        if (format != FORMAT && format != FORMAT_TWO_PASS) {
            throw new IOException("unknown wirestream NER model format " + format);
        }
        int passCount = format == FORMAT_TWO_PASS ? 2 : 1;
        String language = data.readUTF();
        Labels.Scheme scheme = Labels.Scheme.valueOf(data.readUTF());
        int nTypes = data.readInt();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < nTypes; i++) {
            types.add(data.readUTF());
        }
        Labels labels = new Labels(scheme, types);
        int size = labels.size();
        float unit = data.readFloat();
        float[][] starts = new float[passCount][];
        float[][] ends = new float[passCount][];
        float[][] transitions = new float[passCount][];
        for (int p = 0; p < passCount; p++) {
            starts[p] = readFloats(data, size);
            ends[p] = readFloats(data, size);
            transitions[p] = readFloats(data, size * size);
        }
        int nLex = data.readInt();
        LongIntMap lex = new LongIntMap(nLex);
        for (int i = 0; i < nLex; i++) {
            lex.put(data.readLong(), data.readInt());
        }
        Pass[] passes = new Pass[passCount];
        for (int p = 0; p < passCount; p++) {
            passes[p] = new Pass(data.readFloat(), transitions[p], starts[p], ends[p]);
        }
        int width = size * passCount;
        int nRows = data.readInt();
        LongIntMap rows = new LongIntMap(nRows);
        short[] weights = new short[nRows * width];
        for (int r = 0; r < nRows; r++) {
            rows.put(data.readLong(), r);
            for (int l = 0; l < width; l++) {
                weights[r * width + l] = data.readShort();
            }
        }
        return new NerModel(language, labels, new Lexicon(lex), rows, weights, passes, unit);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.readFloat();
        }
        return out;
    }
}
