/**
 * How fast Evident reads: the throughput harness behind {@code evident bench} and the corpus benchmarks, which times the
 * pipeline against bare CoreNLP on the same articles in the same run.
 */
package org.evident.throughput;
