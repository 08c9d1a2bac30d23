package dev.parley.bench;

import java.util.Arrays;

/** A growable array of longs (latencies in nanoseconds); not thread-safe. */
final class LongList {
    private long[] values = new long[1024];
    private int size;

    /** Appends a value. */
    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Number of values. */
    int size() {
        return size;
    }

    /** A sorted copy of the values. */
    long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }
}
