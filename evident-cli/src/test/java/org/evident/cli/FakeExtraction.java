package org.evident.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.model.Outcome;
import org.evident.testkit.EventRecords;
import org.evident.testkit.Stories;

/**
 * Stands in for the extraction pipeline in tests of the ingest machinery: known stories get their hand-built
 * records; any other article gets one to three synthetic records derived from its content hash, so a run is
 * repeatable and the number of records per article is known in advance. An article whose body contains
 * "FAIL-EXTRACTION" fails, as a broken extraction would.
 */
final class FakeExtraction implements Function<Article, Outcome> {

    private final Map<String, List<EventRecord>> known = new HashMap<>();
    private final long millisPerArticle;

    FakeExtraction(long millisPerArticle) {
        this.millisPerArticle = millisPerArticle;
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());
        all.forEach(s -> known.put(s.article().id(), s.records()));
    }

    @Override
    public Outcome apply(Article article) {
        if (millisPerArticle > 0) {
            try {
                Thread.sleep(millisPerArticle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (article.body().contains("FAIL-EXTRACTION")) {
            return Outcome.failed(article, "IllegalStateException: the annotator gave up");
        }
        List<EventRecord> records = known.get(article.id());
        return Outcome.extracted(article, records != null ? records : synthetic(article), 0);
    }

    /** How many records {@link #apply} gives an article that is not a known story. */
    static int syntheticCount(Article article) {
        return 1 + Math.floorMod(article.id().hashCode(), 3);
    }

    private static List<EventRecord> synthetic(Article article) {
        List<EventRecord> records = new ArrayList<>();
        int seed = Math.floorMod(new String(article.id().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).hashCode(), 1000);
        for (int i = 0; i < syntheticCount(article); i++) {
            records.add(EventRecords.of(String.format("evd-%s-%04d", article.id().substring(0, 6), i + 1), article.id())
                    .category(i % 2 == 0 ? "PROTEST" : "ASSAULT", i % 2 == 0 ? "demonstrate" : "firearms")
                    .date("2025-01-" + String.format("%02d", 1 + seed % 28))
                    .place("Town " + seed, 10 + seed * 0.05, 20 + i * 0.5, "AAA", "Avalon", 4)
                    .dead(i, i + " killed").status(i == 2 ? Status.UNVERIFIED : Status.ASSERTED, null)
                    .text("Synthetic sentence " + i + " of " + article.origin()).build());
        }
        return records;
    }
}
