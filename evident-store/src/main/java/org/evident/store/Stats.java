package org.evident.store;

/**
 * What the store holds.
 *
 * @param articles articles stored
 * @param records  event records stored
 * @param events   real events the records resolved into
 * @param rejected inputs that could not be read or processed (each input counted once)
 */
public record Stats(long articles, long records, long events, long rejected) {}
