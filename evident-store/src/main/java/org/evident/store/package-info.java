/**
 * The event store: articles, their event records and the real events those records resolve into, in a SQL
 * database (H2 embedded by default, PostgreSQL by JDBC URL) with a Lucene index over their text. {@link
 * org.evident.store.Store} is the entry point.
 */
package org.evident.store;
