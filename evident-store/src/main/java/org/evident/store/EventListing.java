package org.evident.store;

import java.util.List;
import java.util.Map;

/**
 * A stored event with what a list of events shows beside its summary.
 *
 * @param event      the event, its summary and matched passage
 * @param headline   the first record's event sentence, or null
 * @param actors     who acted, as the records name them (canonical name where known), in record order
 * @param recipients who was acted on, likewise
 * @param articles   the articles that report the event, by id
 */
public record EventListing(StoredEvent event, String headline, List<String> actors, List<String> recipients,
                           Map<String, ArticleRef> articles) {

    public EventListing {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        articles = Map.copyOf(articles);
    }
}
