package org.evident.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.testkit.EventRecords;

/**
 * Synthetic articles with their records, for store benchmarks: events spread over two years and 300 places, each
 * reported by one or more articles (a third of the records re-report a recent event with other figures), so that
 * resolution, filters and text search work on a realistic mix. Deterministic for a seed.
 */
final class SyntheticCorpus {

    /** One article and its records. */
    record Item(Article article, List<EventRecord> records) {}

    private static final String[][] KINDS = {
        {"ASSAULT", "explosives", "bomb exploded"}, {"ASSAULT", "firearms", "gunmen opened fire"},
        {"ASSAULT", "aerial", "air strike hit"}, {"PROTEST", "demonstrate", "thousands marched"},
        {"COERCE", "arrest", "police detained"}, {"X-DISASTER", "", "building collapsed"},
        {"MOBILIZE", "troops", "troops deployed"}, {"ACCUSE", "", "ministry accused"}};
    private static final String[] COUNTRIES = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};
    private static final String[] OUTLETS = {"Daily Ledger", "Gulf Wire", "Northern Courier", "Regional Monitor"};
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private SyntheticCorpus() {}

    /** Articles until {@code records} records are made. */
    static List<Item> generate(int records, long seed) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        List<EventRecord> recent = new ArrayList<>();
        int made = 0;
        for (int a = 0; made < records; a++) {
            LocalDate published = START.plusDays(a * 730L * 2 / records);
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            int n = Math.min(1 + random.nextInt(3), records - made);
            StringBuilder body = new StringBuilder("Dispatch " + a + " from " + outlet + ".\n\n");
            List<String> sentences = new ArrayList<>();
            List<EventRecords> builders = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean again = !recent.isEmpty() && random.nextInt(3) == 0;
                EventRecords b = again ? reReport(recent.get(random.nextInt(recent.size())), random)
                        : fresh(published, random);
                String sentence = sentence(b, random, a, i);
                sentences.add(sentence);
                body.append(sentence).append(' ');
                builders.add(b);
            }
            Article article = new Article(null, "synthetic-" + a, "Dispatch " + a, body.toString(), published, null,
                    outlet, null, null);
            List<EventRecord> list = new ArrayList<>();
            for (int i = 0; i < builders.size(); i++) {
                EventRecord r = builders.get(i).text(sentences.get(i))
                        .build();
                list.add(withArticle(r, article.id(), String.format("evd-%s-%04d", article.id().substring(0, 6), i + 1)));
            }
            recent.addAll(list);
            if (recent.size() > 200) {
                recent.subList(0, recent.size() - 200).clear();
            }
            items.add(new Item(article, list));
            made += n;
        }
        return items;
    }

    private static EventRecords fresh(LocalDate published, Random random) {
        String[] kind = KINDS[random.nextInt(KINDS.length)];
        int place = random.nextInt(300);
        EventRecords b = EventRecords.of("x", "x")
                .category(kind[0], kind[1].isEmpty() ? new String[0] : new String[] {kind[1]})
                .date(published.minusDays(random.nextInt(2)).toString())
                .place("Town" + place, -40 + (place % 20) * 4.0, -60 + (place / 20) * 8.0, COUNTRIES[place % COUNTRIES.length],
                        "Country" + (place % COUNTRIES.length), 4);
        if (kind[0].equals("ASSAULT") || kind[0].equals("X-DISASTER")) {
            b.dead(random.nextInt(40), "killed");
        }
        if (random.nextInt(6) == 0) {
            b.status(Status.UNVERIFIED, "unnamed sources");
        }
        return b;
    }

    /** The same event again, with the toll revised. */
    private static EventRecords reReport(EventRecord seen, Random random) {
        EventRecord.Location loc = seen.eventLoc();
        EventRecords b = EventRecords.of("x", "x")
                .category(seen.event().get(0), seen.mode().toArray(new String[0])).date(seen.date())
                .place(loc.resolvedPlace(), loc.lat(), loc.lon(), loc.countryCode(), loc.country(), 4);
        if (seen.size().dead() != null) {
            b.dead(seen.size().dead() + random.nextInt(5), "death toll rose");
        }
        return b;
    }

    private static String sentence(EventRecords b, Random random, int article, int index) {
        EventRecord peek = b.build();
        String[] kind = java.util.Arrays.stream(KINDS).filter(k -> k[0].equals(peek.event().get(0))).findFirst().orElseThrow();
        return "In " + peek.eventLoc().resolvedPlace() + " the " + kind[2] + " on " + peek.date()
                + (peek.size().dead() != null ? ", and " + peek.size().dead() + " people were killed" : "")
                + ", witness " + (article * 7 + index + random.nextInt(1000)) + " said.";
    }

    private static EventRecord withArticle(EventRecord r, String articleId, String id) {
        return new EventRecord(id, articleId, r.date(), r.enddate(), r.dateInfo(), r.event(), r.mode(), r.context(),
                r.actor(), r.recipient(), r.eventLoc(), r.size(), r.sizeInfo(), r.eventText(), r.textInfo(),
                r.citeInfo(), r.status(), r.source(), r.responsibility(), r.forecast(), r.evidence(), r.mentions(),
                r.confidence());
    }
}
