package org.evident.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.evident.model.EventRecord.Location;

/**
 * Toponym resolution scored as in Gritta et al. 2018 ("What's missing in geographical parsing?"): given each
 * gold toponym's span and its article, the error is the great-circle distance between the resolved and the
 * gold coordinates; an unresolved toponym counts as the largest possible error (20,039 km). Reported: accuracy
 * within 161 km, median and mean error, and the area under the curve of sorted log errors (0 best, 1 worst).
 */
public final class GeoEvaluation {

    /** Half the Earth's circumference: the largest possible error. */
    public static final double MAX_ERROR_KM = 20039;

    /** Scores of one file. */
    public record Result(String file, int toponyms, int resolved, double acc161, double medianKm, double meanKm,
                         double auc, List<String> misses, int withIds, int exact) {

        /** The share of gold toponyms that carry a GeoNames id resolved to that very entry; NaN when none do. */
        public double exactShare() {
            return withIds == 0 ? Double.NaN : (double) exact / withIds;
        }
    }

    private GeoEvaluation() {}

    /** Resolves every article of a benchmark file and scores it; misses lists the wrong answers. */
    public static Result evaluate(Path file, Geocoder geocoder) throws IOException {
        List<GeoCorpus.GoldArticle> articles = GeoCorpus.read(file);
        List<Double> errors = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        int resolved = 0;
        int withIds = 0;
        int exact = 0;
        for (GeoCorpus.GoldArticle article : articles) {
            List<Toponym> toponyms = article.toponyms().stream().map(GeoCorpus.GoldToponym::toponym).toList();
            List<Optional<Location>> answers = geocoder.resolve(article.text(), toponyms);
            for (int i = 0; i < toponyms.size(); i++) {
                GeoCorpus.GoldToponym gold = article.toponyms().get(i);
                Optional<Location> answer = answers.get(i);
                double error = MAX_ERROR_KM;
                if (answer.isPresent() && answer.get().lat() != null) {
                    resolved++;
                    error = GeoMath.distanceKm(gold.lat(), gold.lon(), answer.get().lat(), answer.get().lon());
                }
                errors.add(error);
                if (gold.geonameid() != 0) {
                    withIds++;
                    Long id = answer.map(Location::geonameid).orElse(null);
                    exact += id != null && id == gold.geonameid() ? 1 : 0;
                }
                if (error > 161) {
                    misses.add(String.format("%s\t%s\t%.0f km\t%s\tgold %.2f,%.2f", article.id(),
                            gold.toponym().name(), error,
                            answer.map(l -> l.resolvedPlace() + " (" + l.countryCode() + ", " + l.featureCode()
                                    + ") " + String.format("%.2f,%.2f", l.lat(), l.lon())).orElse("unresolved"),
                            gold.lat(), gold.lon()));
                }
            }
        }
        Result r = score(file.getFileName().toString(), errors, resolved, misses);
        return new Result(r.file(), r.toponyms(), r.resolved(), r.acc161(), r.medianKm(), r.meanKm(), r.auc(),
                r.misses(), withIds, exact);
    }

    /** The scores of a list of errors in km. */
    static Result score(String file, List<Double> errors, int resolved, List<String> misses) {
        int n = errors.size();
        if (n == 0) {
            return new Result(file, 0, 0, 0, 0, 0, 0, misses, 0, 0);
        }
        double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long within = Arrays.stream(sorted).filter(e -> e <= 161).count();
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new Result(file, n, resolved, (double) within / n, median, mean, auc(sorted), misses, 0, 0);
    }

    /** Trapezoid area under the sorted log(1 + error) curve, scaled by log(max error) to [0, 1]. */
    static double auc(double[] sorted) {
        if (sorted.length < 2) {
            return sorted.length == 1 ? Math.log1p(sorted[0]) / Math.log(MAX_ERROR_KM) : 0;
        }
        double area = 0;
        for (int i = 1; i < sorted.length; i++) {
            area += (Math.log1p(sorted[i - 1]) + Math.log1p(sorted[i])) / 2;
        }
        return area / (Math.log(MAX_ERROR_KM) * (sorted.length - 1));
    }
}
