package org.evident.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Report;
import org.evident.resolve.Resolver;
import org.evident.testkit.EventRecords;

/**
 * Measures the cross-article merge rule on synthetic reports whose true events are known: many events crowded
 * into few cities and days (so same-day, same-city, same-category events that must stay apart are common), each
 * reported by one to five articles that differ as real reports do (a day off, a point a few kilometres off, a
 * place or a date missing, actors named differently or not at all, modes omitted, tolls revised). Prints pairwise
 * precision, recall and F1 of same-event decisions, for the standard rule and for other day windows.
 *
 * <pre>
 * java -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.ResolutionBench [events]
 * </pre>
 */
public final class ResolutionBench {

    private static final String[][] KINDS = {{"ASSAULT", "explosives"}, {"ASSAULT", "firearms"}, {"ASSAULT", "aerial"},
        {"PROTEST", "demonstrate"}, {"COERCE", "arrest"}};
    private static final String[][] ACTOR_WORDS = {{"gunmen", "the gunman", "attackers"}, {"protesters", "demonstrators",
        "the protesters"}, {"police", "security forces", "the police"}, {"militants", "insurgents", "a militant group"}};

    private ResolutionBench() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        measure(events, 365, 200, "spread out");
        measure(events, 60, 25, "crowded: many same-day, same-city events of one kind");
    }

    private static void measure(int events, int days, int cities, String label) {
        List<Report> reports = new ArrayList<>();
        Map<Report, Integer> truth = new HashMap<>();
        generate(events, days, cities, new Random(11), reports, truth);
        System.out.printf("== %d true events over %d days in %d cities (%s): %d reports%n", events, days, cities,
                label, reports.size());
        for (int window : new int[] {0, 1, 2}) {
            long start = System.nanoTime();
            List<List<Report>> clusters = new Resolver(new MergeRule(window)).cluster(reports);
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] prf = pairwise(clusters, truth);
            System.out.printf("day window %d%s: %d events found; pairwise precision %.3f, recall %.3f, F1 %.3f"
                    + " (%.1f s)%n", window, window == MergeRule.standard().dayWindow() ? " (standard)" : "",
                    clusters.size(), prf[0], prf[1], prf[2], seconds);
        }
    }

    private static void generate(int events, int days, int cities, Random random, List<Report> reports,
                                 Map<Report, Integer> truth) {
        LocalDate start = LocalDate.of(2024, 1, 1);
        int article = reports.size();
        for (int e = 0; e < events; e++) {
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate day = start.plusDays(random.nextInt(days));
            int city = random.nextInt(cities);
            double lat = -50 + (city % 50) * 2.0 + random.nextGaussian() * 0.01;
            double lon = -150 + (city / 50) * 3.0 + random.nextGaussian() * 0.01;
            int actorGroup = random.nextInt(ACTOR_WORDS.length);
            String code = random.nextBoolean() ? "GRP" + random.nextInt(6) : null;
            int dead = random.nextInt(30);
            int reportCount = 1 + random.nextInt(5);
            for (int r = 0; r < reportCount; r++) {
                String articleId = String.format("a%06d", article++);
                LocalDate published = day.plusDays(random.nextInt(3));
                EventRecords b = EventRecords.of("r" + articleId, articleId);
                b.category(kind[0], random.nextInt(10) < 3 ? new String[0] : new String[] {kind[1]});
                int dateRoll = random.nextInt(10);
                if (dateRoll > 0) {
                    b.date((dateRoll == 1 ? day.plusDays(random.nextBoolean() ? 1 : -1) : day).toString());
                }
                int placeRoll = random.nextInt(20);
                if (placeRoll >= 3) {
                    b.place("City" + city, lat + random.nextGaussian() * 0.03, lon + random.nextGaussian() * 0.03,
                            "C" + (city % 4), "Country", 4);
                } else if (placeRoll >= 1) {
                    b.placeName("City" + city);
                }
                if (random.nextInt(10) < 6) {
                    b.actor(ACTOR_WORDS[actorGroup][random.nextInt(3)], code != null && random.nextBoolean() ? code : null);
                }
                if (kind[0].equals("ASSAULT")) {
                    b.dead(dead + random.nextInt(4), "killed");
                }
                if (random.nextInt(8) == 0) {
                    b.status(Status.UNVERIFIED, "a local source");
                }
                EventRecord record = b.build();
                Report report = new Report(record, "outlet", published);
                reports.add(report);
                truth.put(report, e);
            }
        }
    }

    /** Pairwise precision, recall and F1 of clusters against true events. */
    private static double[] pairwise(List<List<Report>> clusters, Map<Report, Integer> truth) {
        Map<Integer, Integer> trueSizes = new HashMap<>();
        truth.values().forEach(t -> trueSizes.merge(t, 1, Integer::sum));
        long truePairs = trueSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long predicted = 0;
        long correct = 0;
        for (List<Report> cluster : clusters) {
            predicted += (long) cluster.size() * (cluster.size() - 1) / 2;
            Map<Integer, Integer> byTruth = new HashMap<>();
            cluster.forEach(r -> byTruth.merge(truth.get(r), 1, Integer::sum));
            correct += byTruth.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        }
        double precision = predicted == 0 ? 1 : correct / (double) predicted;
        double recall = truePairs == 0 ? 1 : correct / (double) truePairs;
        return new double[] {precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall)};
    }
}
