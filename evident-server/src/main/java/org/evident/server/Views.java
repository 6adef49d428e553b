package org.evident.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.resolve.EventSummary;
import org.evident.store.ArticleListing;
import org.evident.store.ArticleRef;
import org.evident.store.EventDetail;
import org.evident.store.EventListing;
import org.evident.store.EventStats;
import org.evident.store.Page;
import org.evident.store.Stats;
import org.evident.store.StoredArticle;

/**
 * The API's JSON shapes (as openapi.json documents them), as records the core's snake_case mapper writes.
 * Values are data, never markup: clients escape them.
 */
final class Views {

    private Views() {}

    record Place(String name, Double lat, Double lon, String country, String countryCode, String admin1,
                 Integer resolution) {
        static Place of(EventRecord.Location loc) {
            if (loc == null) {
                return null;
            }
            return new Place(loc.resolvedPlace() != null ? loc.resolvedPlace() : loc.extractedPlace(), loc.lat(),
                    loc.lon(), loc.country(), loc.countryCode(), loc.province(), loc.resolution());
        }
    }

    record Source(String articleId, String publication, LocalDate published, String title, String url) {}

    record Event(long id, String category, List<String> modes, LocalDate earliest, LocalDate latest, Place place,
                 Status status, List<EventSummary.Warning> warnings, Integer deadMax, Integer injuredMax,
                 Integer arrestedMax, Map<String, List<EventSummary.Figure>> figures, List<Source> sources,
                 int recordCount, String headline, List<String> actors, List<String> recipients, String highlight,
                 List<EventSummary.Claim> responsibility) {

        static Event of(EventListing listing) {
            EventSummary s = listing.event().summary();
            List<Source> sources = s.sources().stream().map(src -> {
                ArticleRef ref = listing.articles().get(src.articleId());
                return new Source(src.articleId(), src.publication(), src.published(), ref == null ? null : ref.title(),
                        ref == null ? null : ref.url());
            }).toList();
            return new Event(listing.event().id(), s.category(), s.modes(), s.earliest(), s.latest(), Place.of(s.place()),
                    s.status(), s.warnings(), s.highest("dead"), s.highest("injured"), s.highest("arrested"),
                    s.figures(), sources, listing.event().recordIds().size(), listing.headline(), listing.actors(),
                    listing.recipients(), listing.event().highlight(), s.responsibility());
        }
    }

    record EventPage(long total, int offset, int limit, List<Event> events) {
        static EventPage of(Page<EventListing> page) {
            return new EventPage(page.total(), page.offset(), page.limit(), page.items().stream().map(Event::of).toList());
        }
    }

    record RecordWithArticle(EventRecord record, ArticleRef article) {}

    record EventWithRecords(Event event, List<RecordWithArticle> records) {
        static EventWithRecords of(EventDetail detail) {
            return new EventWithRecords(Event.of(detail.listing()), detail.records().stream()
                    .map(r -> new RecordWithArticle(r.record(), new ArticleRef(r.record().articleId(), r.title(), r.url(),
                            r.publication(), r.published())))
                    .toList());
        }
    }

    record Article(String id, String title, String url, String publication, LocalDate published, int recordCount) {
        static Article of(ArticleListing listing) {
            ArticleRef a = listing.article();
            return new Article(a.id(), a.title(), a.url(), a.publication(), a.published(), listing.recordCount());
        }
    }

    record ArticlePage(long total, int offset, int limit, List<Article> articles) {
        static ArticlePage of(Page<ArticleListing> page) {
            return new ArticlePage(page.total(), page.offset(), page.limit(),
                    page.items().stream().map(Article::of).toList());
        }
    }

    record ArticleWithBody(String id, String title, String url, String publication, LocalDate published,
                           int recordCount, String body, List<EventRecord> records, Map<String, Long> eventIds) {
        static ArticleWithBody of(StoredArticle stored) {
            ArticleRef a = stored.article();
            return new ArticleWithBody(a.id(), a.title(), a.url(), a.publication(), a.published(),
                    stored.records().size(), stored.body(), stored.records(), stored.eventIds());
        }
    }

    record Day(String day, long count) {}

    record Key(String key, long count) {}

    record Country(String key, String name, long count) {}

    record StatsView(List<Day> byDay, List<Key> byCategory, List<Country> byCountry, List<Key> byStatus, Stats totals) {
        static StatsView of(EventStats stats, Stats totals) {
            return new StatsView(stats.byDay().stream().map(c -> new Day(c.key(), c.count())).toList(),
                    keys(stats.byCategory()), stats.byCountry().stream().map(c -> new Country(c.key(), c.name(),
                    c.count())).toList(), keys(stats.byStatus()), totals);
        }

        private static List<Key> keys(List<EventStats.Count> counts) {
            return counts.stream().map(c -> new Key(c.key(), c.count())).toList();
        }
    }

    record Health(String status, long articles, long records, long events, long rejected, String version,
                  String ingest) {}

    /** What evident watch has done with each source, and what each alert has fired. */
    record Watch(List<WatchSource> sources, List<AlertCount> alerts) {
        static Watch of(List<org.evident.store.WatchLedger.Source> sources, java.util.Map<String, int[]> alerts) {
            return new Watch(sources.stream().map(s -> new WatchSource(s.url(), text(s.lastFetch()), s.lastOutcome(),
                    s.lastError(), s.failuresInRow(), text(s.nextRun()), s.rounds(), s.itemsSeen(), s.articlesStored(),
                    s.errors())).toList(), alerts.entrySet().stream().map(e -> new AlertCount(e.getKey(),
                    e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList());
        }

        private static String text(java.time.Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    record WatchSource(String url, String lastFetch, String outcome, String lastError, int failuresInRow,
                       String nextRun, int rounds, int itemsSeen, int articlesStored, int errors) {}

    record AlertCount(String name, int fired, int delivered, int pending, int givenUp) {}

    record Ingested(String articleId, boolean stored, int records, int newEvents, int merged, List<Long> eventIds) {}

    record Error(Detail error) {
        record Detail(int status, String message) {}

        static Error of(int status, String message) {
            return new Error(new Detail(status, message));
        }
    }
}
