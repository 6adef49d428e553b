package org.evident.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one site's robots.txt for one crawler: the group naming the crawler's product token, else the
 * group for every crawler ({@code *}); the longest matching Allow or Disallow path decides (Allow on a tie), with
 * {@code *} matching any characters and a final {@code $} anchoring the end, as RFC 9309 says.
 */
public final class Robots {

    /** Rules that allow everything: no robots.txt, or one that cannot be had for a 4xx reason. */
    public static final Robots ALLOW_ALL = new Robots(List.of(), null);

    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private Robots(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** The rules of {@code text} that apply to a crawler whose product token is {@code token} (e.g. "evident"). */
    public static Robots parse(String text, String token) {
        String agent = token.toLowerCase(Locale.ROOT);
        List<Rule> named = null;
        List<Rule> anyone = null;
        Duration namedDelay = null;
        Duration anyDelay = null;
        List<String> groupAgents = new ArrayList<>();
        List<Rule> groupRules = new ArrayList<>();
        Duration groupDelay = null;
        boolean inRules = false;
        for (String raw : (text + "\nuser-agent: \u0000end").split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) { // a new group starts: settle the one before
                    // an empty User-agent names no crawler (every token "contains" the empty string)
                    if (groupAgents.stream().anyMatch(a -> !a.isEmpty() && !a.equals("*") && agent.contains(a))) {
                        named = named == null ? new ArrayList<>() : named;
                        named.addAll(groupRules);
                        namedDelay = groupDelay != null ? groupDelay : namedDelay;
                    } else if (groupAgents.contains("*")) {
                        anyone = anyone == null ? new ArrayList<>() : anyone;
                        anyone.addAll(groupRules);
                        anyDelay = groupDelay != null ? groupDelay : anyDelay;
                    }
                    groupAgents = new ArrayList<>();
                    groupRules = new ArrayList<>();
                    groupDelay = null;
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) { // an empty Disallow allows everything
                    groupRules.add(new Rule(field.equals("allow"), value));
                }
            } else if (field.equals("crawl-delay")) {
                inRules = true;
                try {
                    groupDelay = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                } catch (NumberFormatException e) {
                    // an unreadable delay is no delay
                }
            }
        }
        return named != null ? new Robots(List.copyOf(named), namedDelay)
                : anyone != null ? new Robots(List.copyOf(anyone), anyDelay) : new Robots(List.of(), anyDelay);
    }

    /** Whether the crawler may fetch this path (with its query string). */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** The delay the site asks for between requests, or null. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        String[] parts = p.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return java.util.regex.Pattern.compile(regex + (anchored ? "" : ".*"), java.util.regex.Pattern.DOTALL)
                .matcher(path).matches();
    }
}
