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
    private static final int FORMAT = 1;

    private final String language;
    private final Labels labels;
    private final Lexicon lexicon;
    private final Features features;
    private final LongIntMap rows;
    private final short[] weights;
    private final float scale;
    private final float[] transition;
    private final float[] start;
    private final float[] end;
    private final float confidenceUnit;

    NerModel(String language, Labels labels, Lexicon lexicon, LongIntMap rows, short[] weights, float scale,
            float[] transition, float[] start, float[] end, float confidenceUnit) {
        this.language = language;
        this.labels = labels;
        this.lexicon = lexicon;
        this.features = new Features(lexicon, Features.affixesFor(language));
        this.rows = rows;
        this.weights = weights;
        this.scale = scale;
        this.transition = transition;
        this.start = start;
        this.end = end;
        this.confidenceUnit = confidenceUnit;
    }

    /** A tagged span of tokens {@code [start, end)}. */
    public record Mention(int start, int end, EntityType type, String typeCode, double confidence) {
    }

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
        return rows.bytes() + weights.length * 2L + lexicon.entries().bytes() + transition.length * 4L;
    }

    /** Tags a tokenized sentence; never null. */
    public List<Mention> tag(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        List<Mention> mentions = new ArrayList<>();
        for (double[] span : decode(tokens)) {
            double confidence = 1.0 - 0.5 * Math.pow(2.0, -span[3] / confidenceUnit);
            confidence = Math.max(0.01, Math.min(0.99, confidence));
            String code = labels.types().get((int) span[2]);
            mentions.add(new Mention((int) span[0], (int) span[1], Labels.entityType(code), code, confidence));
        }
        return mentions;
    }

    /** Spans as {start, end, type, smallest token margin}. */
    List<double[]> decode(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        int n = tokens.size();
        int size = labels.size();
        Features.Buffer buf = new Features.Buffer();
        features.extract(tokens.toArray(new String[0]), buf);
        float[] emission = emissions(buf, n, size);
        int[] out = new int[n];
        Viterbi.decode(emission, n, labels, transition, start, end, out, new float[n * size], new int[n * size]);
        List<double[]> spans = new ArrayList<>();
        for (Labels.Span span : labels.decode(out)) {
            double margin = Double.MAX_VALUE;
            for (int i = span.start(); i < span.end(); i++) {
                margin = Math.min(margin, margin(emission, out, i, size));
            }
            spans.add(new double[] {span.start(), span.end(), span.type(), margin});
        }
        return spans;
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

    private float[] emissions(Features.Buffer buf, int n, int size) {
        int[] acc = new int[n * size];
        long[] feats = buf.feats;
        for (int i = 0; i < n; i++) {
            int base = i * size;
            for (int k = buf.offsets[i]; k < buf.offsets[i + 1]; k++) {
                int row = rows.get(feats[k], -1);
                if (row >= 0) {
                    int w = row * size;
                    for (int l = 0; l < size; l++) {
                        acc[base + l] += weights[w + l];
                    }
                }
            }
        }
        float[] emission = new float[n * size];
        for (int k = 0; k < emission.length; k++) {
            emission[k] = acc[k] * scale;
        }
        return emission;
    }

    private double margin(float[] emission, int[] out, int i, int size) {
        int prev = i > 0 ? out[i - 1] : -1;
        double chosen = Double.NEGATIVE_INFINITY;
        double other = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < size; l++) {
            boolean ok = prev < 0 ? labels.startAllowed(l) : labels.allowed(prev, l);
            if (!ok) {
                continue;
            }
            double s = emission[i * size + l] + (prev < 0 ? start[l] : transition[prev * size + l]);
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
            data.writeInt(FORMAT);
            data.writeUTF(language);
            data.writeUTF(labels.scheme().name());
            data.writeInt(labels.types().size());
            for (String t : labels.types()) {
                data.writeUTF(t);
            }
            data.writeFloat(confidenceUnit);
            writeFloats(data, start);
            writeFloats(data, end);
            writeFloats(data, transition);
            LongIntMap lex = lexicon.entries();
            long[] lexKeys = lex.sortedKeys();
            data.writeInt(lexKeys.length);
            for (long k : lexKeys) {
                data.writeLong(k);
                data.writeInt(lex.get(k, 0));
            }
            int size = labels.size();
            long[] keys = rows.sortedKeys();
            data.writeFloat(scale);
            data.writeInt(keys.length);
            for (long k : keys) {
                data.writeLong(k);
                int row = rows.get(k, -1) * size;
                for (int l = 0; l < size; l++) {
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
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
            throw new IOException("not a wirestream NER model of format " + FORMAT);
        }
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
        float[] start = readFloats(data, size);
        float[] end = readFloats(data, size);
        float[] transition = readFloats(data, size * size);
        int nLex = data.readInt();
        LongIntMap lex = new LongIntMap(nLex);
        for (int i = 0; i < nLex; i++) {
            lex.put(data.readLong(), data.readInt());
        }
        float scale = data.readFloat();
        int nRows = data.readInt();
        LongIntMap rows = new LongIntMap(nRows);
        short[] weights = new short[nRows * size];
        for (int r = 0; r < nRows; r++) {
            rows.put(data.readLong(), r);
            for (int l = 0; l < size; l++) {
                weights[r * size + l] = data.readShort();
            }
        }
        return new NerModel(language, labels, new Lexicon(lex), rows, weights, scale, transition, start, end, unit);
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
