package io.wirestream.enrichment.langid;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Character n-gram log-probabilities of many languages in one hashed table: for every n-gram (1 to 5 code
 * points, lower case, letters only) the languages that have it and its quantized conditional probability
 * {@code -ln P(last | preceding n-1)} in each (for unigrams {@code -ln P(c)}).
 *
 * <p>N-grams are keyed by a 32-bit hash of their code points, not stored: two n-grams that share a hash
 * share their postings (a few thousand of several million; harmless for language identification), and an
 * unseen n-gram matches a stored one with probability about one in a thousand per lookup at the table's load.
 *
 * <p>Immutable and thread-safe once loaded. File format (gzip): magic, version, step, languages (code,
 * script, highest order), key count, posting count, then keys in ascending unsigned hash order: hash delta (varint), posting count
 * (varint), postings (language index byte, quantized cost byte).
 */
public final class NgramModel {

    static final int MAGIC = 0x57534c49; // "WSLI"
    static final int VERSION = 1;
    /** Highest n-gram order stored. */
    public static final int MAX_ORDER = 5;

    private final List<String> languages;
    private final List<String> scripts;
    private final byte[] maxOrders;
    private final float step;
    private final long[] slots; // (hash << 32) | (postingStart << 7) | postingCount; 0 = empty
    private final int mask;
    private final byte[] postings; // (language, cost) pairs, interleaved so one cache line serves both

    private NgramModel(
            List<String> languages, List<String> scripts, byte[] maxOrders, float step, long[] slots, byte[] postings) {
        this.languages = List.copyOf(languages);
        this.scripts = List.copyOf(scripts);
        this.maxOrders = maxOrders.clone();
        this.step = step;
        this.slots = slots;
        this.mask = slots.length - 1;
        this.postings = postings;
    }

    /** Language codes (ISO 639-1) in model index order. */
    public List<String> languages() {
        return languages;
    }

    /** For each language, the name of the {@link Character.UnicodeScript} most of its letters are in. */
    public List<String> scripts() {
        return scripts;
    }

    /** The highest n-gram order the model has for a language (1 for languages with letter frequencies only). */
    public int maxOrder(int language) {
        return maxOrders[language];
    }

    /** Nats per quantization level of the stored costs. */
    public float step() {
        return step;
    }

    /** Number of distinct n-gram keys. */
    public int size() {
        int n = 0;
        for (long slot : slots) {
            if (slot != 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The slot entry of {@code hash}: 0 when absent, else a value to pass to {@link #postingStart(long)}
     * and {@link #postingCount(long)}.
     */
    long find(int hash) {
        int key = hash == 0 ? 1 : hash;
        int i = mix(key) & mask;
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                return 0;
            }
            if ((int) (slot >>> 32) == key) {
                return slot;
            }
            i = (i + 1) & mask;
        }
    }

    static int postingStart(long slot) {
        return (int) ((slot & 0xFFFF_FFFFL) >>> 7);
    }

    static int postingCount(long slot) {
        return (int) (slot & 0x7F);
    }

    int postingLanguage(int posting) {
        return postings[posting << 1] & 0xFF;
    }

    /** Cost in nats ({@code -ln p}) of a posting. */
    float postingCost(int posting) {
        return (postings[(posting << 1) + 1] & 0xFF) * step;
    }

    /**
     * The hash that keys the n-gram {@code cps[start, start + length)} (lower-cased code points).
     * Builders and readers must use this same function.
     */
    public static int hash(int[] cps, int start, int length) {
        long h = 0x9E3779B97F4A7C15L * (length + 1);
        for (int i = start; i < start + length; i++) {
            h = (h ^ cps[i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return (int) h;
    }

    /** {@link #hash(int[], int, int)} of a whole string's code points. */
    public static int hash(String ngram) {
        int[] cps = ngram.codePoints().toArray();
        return hash(cps, 0, cps.length);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    /** Reads a model written by {@link Builder#write(OutputStream)}. */
    public static NgramModel read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not a language n-gram model (bad magic or version)");
        }
        float step = data.readFloat();
        int languageCount = data.readUnsignedShort();
        List<String> languages = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        byte[] maxOrders = new byte[languageCount];
        for (int i = 0; i < languageCount; i++) {
            languages.add(data.readUTF());
            scripts.add(data.readUTF());
            maxOrders[i] = data.readByte();
        }
        int keyCount = data.readInt();
        long postingTotal = data.readLong();
        if (postingTotal >= (1L << 25) || keyCount < 0) {
            throw new IOException("model too large: " + postingTotal + " postings");
        }
        int capacity = Integer.highestOneBit(Math.max(16, (int) (keyCount / 0.6))) << 1;
        long[] slots = new long[capacity];
        byte[] postings = new byte[(int) postingTotal * 2];
        int mask = capacity - 1;
        int hash = 0;
        int next = 0;
        for (int k = 0; k < keyCount; k++) {
            hash += readVarint(data);
            int count = readVarint(data);
            data.readFully(postings, next * 2, count * 2);
            int key = hash == 0 ? 1 : hash;
            int i = mix(key) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) key << 32) | ((long) next << 7) | count;
            next += count;
        }
        if (next != postingTotal) {
            throw new IOException("corrupt model: " + next + " postings read, " + postingTotal + " declared");
        }
        return new NgramModel(languages, scripts, maxOrders, step, slots, postings);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("corrupt varint");
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /**
     * Collects n-gram probabilities per language and writes the model file. Output depends only on what was
     * added (not on the order of {@link #add} calls), so a build is reproducible byte for byte. Not thread-safe.
     */
    public static final class Builder {
        private final float step;
        private final List<String> languages = new ArrayList<>();
        private final List<String> scripts = new ArrayList<>();
        private final List<Integer> maxOrders = new ArrayList<>();
        private long[] entries = new long[1 << 20]; // (unsigned hash << 32) | (language << 8) | cost
        private int size;

        /** @param step nats per quantization level; costs above {@code 255 * step} are clamped */
        public Builder(float step) {
            if (!(step > 0)) {
                throw new IllegalArgumentException("step must be positive");
            }
            this.step = step;
        }

        /** Registers a language and returns its index; {@code script} names a {@link Character.UnicodeScript}. */
        public int addLanguage(String code, String script) {
            Character.UnicodeScript.valueOf(script);
            if (languages.size() >= 127) {
                throw new IllegalStateException("at most 127 languages");
            }
            languages.add(Objects.requireNonNull(code, "code"));
            scripts.add(script);
            maxOrders.add(0);
            return languages.size() - 1;
        }

        /** Adds one n-gram of a language with its (conditional) probability in (0, 1]. */
        public void add(int language, String ngram, double probability) {
            if (language < 0 || language >= languages.size()) {
                throw new IllegalArgumentException("unknown language index " + language);
            }
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability out of (0, 1]: " + probability);
            }
            long cost = Math.max(0, Math.min(255, Math.round(-Math.log(probability) / step)));
            int order = ngram.codePointCount(0, ngram.length());
            if (order < 1 || order > MAX_ORDER) {
                throw new IllegalArgumentException("n-gram of " + order + " letters: " + ngram);
            }
            maxOrders.set(language, Math.max(maxOrders.get(language), order));
            int hash = hash(ngram);
            if (hash == 0) {
                hash = 1;
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
            entries[size++] = ((hash & 0xFFFF_FFFFL) << 32) | ((long) language << 8) | cost;
        }

        /** Entries added so far. */
        public int size() {
            return size;
        }

        /** Writes the gzip model file. Where two n-grams of one language share a hash, the lower cost wins. */
        public void write(OutputStream out) throws IOException {
            long[] sorted = Arrays.copyOf(entries, size);
            sortUnsigned(sorted);
            // Deduplicate (hash, language): keep the lowest cost, which sorts first.
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (n > 0 && (sorted[n - 1] >>> 8) == (sorted[i] >>> 8)) {
                    continue;
                }
                sorted[n++] = sorted[i];
            }
            int keys = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || (sorted[i - 1] >>> 32) != (sorted[i] >>> 32)) {
                    keys++;
                }
            }
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeFloat(step);
            data.writeShort(languages.size());
            for (int i = 0; i < languages.size(); i++) {
                data.writeUTF(languages.get(i));
                data.writeUTF(scripts.get(i));
                data.writeByte(maxOrders.get(i));
            }
            data.writeInt(keys);
            data.writeLong(n);
            int previous = 0;
            int i = 0;
            while (i < n) {
                int hash = (int) (sorted[i] >>> 32);
                int j = i;
                while (j < n && (int) (sorted[j] >>> 32) == hash) {
                    j++;
                }
                writeVarint(data, hash - previous);
                writeVarint(data, j - i);
                for (int k = i; k < j; k++) {
                    data.writeByte((int) (sorted[k] >>> 8) & 0xFF);
                    data.writeByte((int) sorted[k] & 0xFF);
                }
                previous = hash;
                i = j;
            }
            data.flush();
            gzip.finish();
        }

        private static void sortUnsigned(long[] values) {
            // Arrays.sort orders signed values; flip the sign bit to get unsigned order, then flip back.
            for (int i = 0; i < values.length; i++) {
                values[i] ^= Long.MIN_VALUE;
            }
            Arrays.sort(values);
            for (int i = 0; i < values.length; i++) {
                values[i] ^= Long.MIN_VALUE;
            }
        }
    }
}
