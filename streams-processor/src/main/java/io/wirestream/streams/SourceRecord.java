package io.wirestream.streams;

/**
 * Where a raw record came from, with its original bytes, so a dead letter can reproduce it exactly.
 * The arrays are the record's own and are never modified.
 */
record SourceRecord(byte[] key, byte[] value, String topic, int partition, long offset) {}
