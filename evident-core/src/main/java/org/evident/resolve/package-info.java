/**
 * Cross-article resolution: deciding that records from different articles tell of the same real event, and
 * summing such an event up without averaging away what each source said. The store and the Spark job use the
 * same rule ({@link org.evident.resolve.MergeRule}).
 */
package org.evident.resolve;
