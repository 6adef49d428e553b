/** Throughput harness over news corpora, with bare CoreNLP as the baseline measured in the same run. */
package org.evident.bench;
