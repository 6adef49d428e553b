package org.evident.read;

import java.time.LocalDate;

/**
 * What a reader found in one record before the shared checks: every field but the body may be null.
 *
 * @param language the language the record declares (an HTML lang attribute, a JSON field), or null
 */
record Draft(String title, String body, LocalDate published, String url, String source, String language,
             String section) {

    static Draft of(String title, String body) {
        return new Draft(title, body, null, null, null, null, null);
    }
}
