package org.evident.store;

import java.time.LocalDate;

/**
 * What identifies a stored article to a reader.
 *
 * @param id          content hash of the body
 * @param title       headline, or null
 * @param url         URL, or null
 * @param publication publication or domain, or null
 * @param published   publication day, or null
 */
public record ArticleRef(String id, String title, String url, String publication, LocalDate published) {}
