package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer's local tier (gazetteer-local.tsv.gz: towns and villages of 500 people or more, second-level
 * divisions, and spelling variants of known cities), kept compact: the file's UTF-8 bytes and an open-addressing table
 * from every surface form to its row. An entry is read from its row only when a look-up finds it, so loading makes no
 * strings, lists or records per row (a map of them took 72 MB of heap and over a second to load).
 */
final class LocalTier {

    /** "Zhob District", "Zolochiv Raion": second-level units are written without their unit word as often as with it. */
    private static final byte[][] DISTRICT_UNITS = Stream.of("District", "Raion", "Rayon", "County", "Municipality",
                    "Prefecture", "Agency", "Subdistrict", "Tehsil", "Department", "Region", "İlçesi", "Xian", "Shi", "Diqu")
            .map(unit -> (" " + unit).getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    private static final byte[] VARIANT = "VARIANT".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DISTRICT = "DISTRICT".getBytes(StandardCharsets.US_ASCII);

    /** The file, followed by the accent-free forms of its non-ASCII names; keys are byte ranges of it. */
    private final byte[] text;
    /** Where the line of each place row starts. */
    private final int[] rowStart;
    /** Places read from their rows so far, one instance per row. */
    private final AtomicReferenceArray<Gazetteer.Entry> rows;
    /** Cities of the main gazetteer a VARIANT row names. */
    private final List<Gazetteer.Entry> variantCities = new ArrayList<>();

    /** Table slots: hash, key range and reference (row + 1, or -(variant city + 1)); reference 0 marks a free slot. */
    private final int mask;
    private final int[] slotHash;
    private final int[] slotKeyStart;
    private final int[] slotKeyEnd;
    private final int[] slotRef;

    /** Built from gazetteer-local.tsv.gz; {@code mainLookup} finds the cities that VARIANT rows name. */
    LocalTier(Function<String, List<Gazetteer.Entry>> mainLookup) {
        Builder b = new Builder(read());
        b.parse(mainLookup, variantCities);
        text = Arrays.copyOf(b.buf, b.len);
        rowStart = Arrays.copyOf(b.rowStart, b.rows);
        rows = new AtomicReferenceArray<>(b.rows);
        int capacity = Integer.highestOneBit(Math.max(16, b.keys * 3 / 2)) << 1; // at most two thirds full
        mask = capacity - 1;
        slotHash = new int[capacity];
        slotKeyStart = new int[capacity];
        slotKeyEnd = new int[capacity];
        slotRef = new int[capacity];
        // Linear probing in file order: a surface's places come out of a probe in the order the file gives them.
        for (int k = 0; k < b.keys; k++) {
            int h = b.keyHash[k];
            int slot = h & mask;
            while (slotRef[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slotHash[slot] = h;
            slotKeyStart[slot] = b.keyStart[k];
            slotKeyEnd[slot] = b.keyEnd[k];
            slotRef[slot] = b.keyRef[k];
        }
    }

    /** The places named so, in file order, each once. */
    List<Gazetteer.Entry> lookup(String surface) {
        byte[] key = surface.getBytes(StandardCharsets.UTF_8);
        int h = hash(key, 0, key.length);
        List<Gazetteer.Entry> out = null;
        for (int slot = h & mask; slotRef[slot] != 0; slot = (slot + 1) & mask) {
            if (slotHash[slot] != h
                    || !Arrays.equals(text, slotKeyStart[slot], slotKeyEnd[slot], key, 0, key.length)) {
                continue;
            }
            Gazetteer.Entry e = entry(slotRef[slot]);
            if (out == null) {
                out = new ArrayList<>(2);
            }
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /** Heap held by the tier's arrays, for the benchmark's figures. */
    long bytes() {
        return text.length + 4L * rowStart.length + 4L * rows.length() + 16L * slotRef.length;
    }

    private Gazetteer.Entry entry(int ref) {
        if (ref < 0) {
            return variantCities.get(-ref - 1);
        }
        int row = ref - 1;
        Gazetteer.Entry e = rows.get(row);
        if (e == null) {
            rows.compareAndSet(row, null, parseRow(row));
            e = rows.get(row);
        }
        return e;
    }

    private Gazetteer.Entry parseRow(int row) {
        int start = rowStart[row];
        int end = start;
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        String[] r = new String(text, start, end - start, StandardCharsets.UTF_8).split("\t", -1);
        String pop = Resources.col(r, 6);
        return new Gazetteer.Entry(PlaceKind.valueOf(Resources.col(r, 0)), Resources.col(r, 1), Resources.col(r, 2),
                Lexicons.emptyToNull(Resources.col(r, 3)), number(Resources.col(r, 4)), number(Resources.col(r, 5)),
                pop.isEmpty() ? 0 : Long.parseLong(pop), Lexicons.splitBar(Resources.col(r, 7)), List.of(), false);
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    private static byte[] read() {
        try (InputStream in = LocalTier.class.getResourceAsStream("/extract/gazetteer-local.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource /extract/gazetteer-local.tsv.gz");
            }
            return new GZIPInputStream(in, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over the file's lines: rows, keys, and the accent-free forms appended to the text. */
    private static final class Builder {
        byte[] buf;
        int len;
        int[] rowStart = new int[1 << 18];
        int rows;
        int[] keyHash = new int[1 << 19];
        int[] keyStart = new int[1 << 19];
        int[] keyEnd = new int[1 << 19];
        int[] keyRef = new int[1 << 19];
        int keys;
        /** Column bounds of the current line, trimmed as {@link Resources#col} trims them. */
        private final int[] colStart = new int[9];
        private final int[] colEnd = new int[9];
        private int cols;

        Builder(byte[] file) {
            buf = Arrays.copyOf(file, file.length + (file.length >> 4));
            len = file.length;
        }

        void parse(Function<String, List<Gazetteer.Entry>> mainLookup, List<Gazetteer.Entry> variantCities) {
            int fileEnd = len;
            for (int start = 0; start < fileEnd; ) {
                int end = start;
                while (end < fileEnd && buf[end] != '\n') {
                    end++;
                }
                if (!blank(start, end) && buf[start] != '#') {
                    line(start, end, mainLookup, variantCities);
                }
                start = end + 1;
            }
        }

        private void line(int start, int end, Function<String, List<Gazetteer.Entry>> mainLookup,
                          List<Gazetteer.Entry> variantCities) {
            split(start, end);
            if (is(0, VARIANT)) {
                String city = string(3);
                String cc = string(2);
                for (Gazetteer.Entry e : mainLookup.apply(city)) {
                    if (e.kind() == PlaceKind.CITY && e.countryCode().equals(cc)) {
                        variantCities.add(e); // "Hodeidah": a variant of a known city
                        key(colStart[1], colEnd[1], -variantCities.size());
                    }
                }
                return;
            }
            if (rows == rowStart.length) {
                rowStart = Arrays.copyOf(rowStart, rows * 2);
            }
            rowStart[rows++] = start;
            int ref = rows;
            int nameStart = colStart[1];
            int nameEnd = colEnd[1];
            key(nameStart, nameEnd, ref);
            // aliases: split on bars, each trimmed, empty ones skipped (Lexicons.splitBar)
            if (cols > 7) {
                for (int a = colStart[7]; a < colEnd[7]; ) {
                    int bar = a;
                    while (bar < colEnd[7] && buf[bar] != '|') {
                        bar++;
                    }
                    int s = a;
                    int e = bar;
                    while (s < e && (buf[s] & 0xff) <= ' ') {
                        s++;
                    }
                    while (e > s && (buf[e - 1] & 0xff) <= ' ') {
                        e--;
                    }
                    key(s, e, ref);
                    a = bar + 1;
                }
            }
            if (is(0, DISTRICT)) {
                for (byte[] unit : DISTRICT_UNITS) {
                    int base = nameEnd - unit.length;
                    if (base > nameStart && Arrays.equals(buf, base, nameEnd, unit, 0, unit.length)) {
                        key(nameStart, base, ref); // the name without its unit word
                        break;
                    }
                }
            }
        }

        /**
         * The surface and, as wire copy often drops accents ("Cucuta", "Bogota") and the signs of ayn and hamza ("Bir
         * al-Abd" for "Bi’r al ‘Abd"), its forms without them.
         */
        private void key(int start, int end, int ref) {
            if (start >= end) {
                return;
            }
            add(start, end, ref);
            if (ascii(start, end)) {
                return;
            }
            String surface = new String(buf, start, end - start, StandardCharsets.UTF_8);
            String plain = Gazetteer.withoutMarks(surface);
            if (!plain.equals(surface) && !plain.isEmpty()) {
                addForm(plain, ref);
            }
            String unsigned = Gazetteer.withoutAynOrHamza(plain);
            if (!unsigned.equals(plain) && !unsigned.isEmpty()) {
                addForm(unsigned, ref);
            }
        }

        /** A form the file does not spell, appended to the text as a key. */
        private void addForm(String form, int ref) {
            byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
            if (len + bytes.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + bytes.length));
            }
            System.arraycopy(bytes, 0, buf, len, bytes.length);
            add(len, len + bytes.length, ref);
            len += bytes.length;
        }

        private void add(int start, int end, int ref) {
            if (keys == keyRef.length) {
                keyHash = Arrays.copyOf(keyHash, keys * 2);
                keyStart = Arrays.copyOf(keyStart, keys * 2);
                keyEnd = Arrays.copyOf(keyEnd, keys * 2);
                keyRef = Arrays.copyOf(keyRef, keys * 2);
            }
            keyHash[keys] = hash(buf, start, end);
            keyStart[keys] = start;
            keyEnd[keys] = end;
            keyRef[keys] = ref;
            keys++;
        }

        private void split(int start, int end) {
            cols = 0;
            int s = start;
            for (int i = start; i <= end && cols < colStart.length; i++) {
                if (i == end || buf[i] == '\t') {
                    int a = s;
                    int b = i;
                    while (a < b && (buf[a] & 0xff) <= ' ') {
                        a++;
                    }
                    while (b > a && (buf[b - 1] & 0xff) <= ' ') {
                        b--;
                    }
                    colStart[cols] = a;
                    colEnd[cols] = b;
                    cols++;
                    s = i + 1;
                }
            }
            for (int c = cols; c < colStart.length; c++) {
                colStart[c] = colEnd[c] = start;
            }
        }

        private boolean is(int col, byte[] word) {
            return Arrays.equals(buf, colStart[col], colEnd[col], word, 0, word.length);
        }

        private String string(int col) {
            return new String(buf, colStart[col], colEnd[col] - colStart[col], StandardCharsets.UTF_8);
        }

        private boolean ascii(int start, int end) {
            for (int i = start; i < end; i++) {
                if (buf[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean blank(int start, int end) {
            for (int i = start; i < end; i++) {
                if ((buf[i] & 0xff) > ' ') {
                    return false;
                }
            }
            return true;
        }
    }
}
