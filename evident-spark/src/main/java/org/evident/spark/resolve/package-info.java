/** Cross-article event resolution at scale: blocking by country, category and date, then a pairwise merge rule. */
package org.evident.spark.resolve;
