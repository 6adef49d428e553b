/**
 * Readers that turn what analysts collect (plain text, HTML pages, RSS and Atom feeds, news-please JSON and JSON
 * Lines, WARC web archives, gzipped or not; files, directories, globs, standard input) into articles or rejects
 * that name the input, the record's position and the reason. {@link org.evident.read.Readers} is the entry point.
 */
package org.evident.read;
