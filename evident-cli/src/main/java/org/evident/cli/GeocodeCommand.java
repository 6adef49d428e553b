package org.evident.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.geo.GazetteerGeocoder;
import org.evident.geo.GazetteerGeocoder.Candidate;
import org.evident.geo.GazetteerGeocoder.Decision;
import org.evident.geo.Toponym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident geocode: one place name resolved, with its candidates and the reason for the choice. */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = {
            "Resolves a place name against the gazetteer and prints its candidates, best first, with their",
            "scores and reasons, and the choice. --context gives text around it, as an article would: the",
            "places and nationalities named there steer the choice (\"Alexandria\" with \"Rapides Parish\")."})
final class GeocodeCommand implements Callable<Integer> {

    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}");

    private final Environment env;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The place name (several words are joined).")
    List<String> name;

    @Option(names = "--context", paramLabel = "TEXT", description = "Text around the name.")
    String context;

    @Option(names = "--limit", paramLabel = "N", description = "Candidates to list (default ${DEFAULT-VALUE}).")
    int limit = 10;

    GeocodeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String place = String.join(" ", name).strip();
        if (place.isEmpty()) {
            env.err().println("evident: geocode: the place name is empty");
            return Main.NOTHING_READ;
        }
        if (!(env.pipelines().geocoder() instanceof GazetteerGeocoder geocoder)) {
            env.err().println("evident: geocode: the geocoder in use has no gazetteer to explain");
            return Main.NOTHING_READ;
        }
        String text = context == null ? place : context + "\n" + place;
        List<Toponym> toponyms = new ArrayList<>();
        if (context != null) {
            toponyms.addAll(placesIn(context, geocoder));
        }
        Toponym target = new Toponym(place, text.length() - place.length(), text.length());
        toponyms.add(target);
        Decision decision = geocoder.decide(text, toponyms).get(toponyms.size() - 1);
        print(decision);
        return decision.chosen() == null ? Main.PARTIAL : 0;
    }

    /** Capitalized word groups of the context that the gazetteer knows, longest first at each position. */
    static List<Toponym> placesIn(String text, GazetteerGeocoder geocoder) {
        List<Toponym> found = new ArrayList<>();
        Matcher m = CAPITALIZED.matcher(text);
        while (m.find()) {
            String words = m.group();
            for (String[] parts = words.split("\\s+"); parts.length > 0; ) {
                String candidate = String.join(" ", parts);
                if (geocoder.isPlaceName(candidate) || geocoder.countryCode(candidate).isPresent()) {
                    found.add(new Toponym(candidate, m.start(), m.start() + candidate.length()));
                    break;
                }
                parts = java.util.Arrays.copyOf(parts, parts.length - 1);
            }
        }
        return found;
    }

    private void print(Decision decision) {
        PrintStream out = env.out();
        out.println(decision.toponym().name());
        if (decision.chosen() == null) {
            out.println("  no candidate: the gazetteer does not know this name");
            return;
        }
        Candidate c = decision.chosen();
        out.printf("  choice: %s%n", describe(c));
        out.printf("  reason: %s%n", c.why());
        out.printf("  candidates (%d):%n", decision.candidates().size());
        decision.candidates().stream().limit(limit).forEach(x -> out.printf("    %6.2f  %s%n", x.score(), describe(x)));
    }

    private static String describe(Candidate c) {
        var p = c.place();
        return String.format("%s [%s %s%s] %.4f,%.4f %s%s", p.name(), p.country().isEmpty() ? "-" : p.country(),
                p.featureClass(), "." + p.featureCode(), p.lat(), p.lon(),
                p.geonameid() == 0 ? "" : "geonameid " + p.geonameid() + " ",
                "resolution " + p.resolution());
    }
}
