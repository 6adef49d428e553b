/** The Evident pipeline as Spark jobs: per-partition extraction and cross-article event resolution at scale. */
package org.evident.spark;
