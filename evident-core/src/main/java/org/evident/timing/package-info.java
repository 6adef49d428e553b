/**
 * Where processing time goes: cumulative, thread-safe per-stage clocks that the annotator, the extractor and the
 * throughput harness add to, so that a run can say which stage costs what.
 */
package org.evident.timing;
