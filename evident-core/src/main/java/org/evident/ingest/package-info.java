/** Readers that turn files and streams (plain text, news-please JSON and JSON Lines) into articles or rejects. */
package org.evident.ingest;
