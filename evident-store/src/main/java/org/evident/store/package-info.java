/** The event store: articles, records and cross-article events in a SQL database, with a full-text index. */
package org.evident.store;
