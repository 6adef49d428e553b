package org.evident.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts PETRARCH2's agent dictionary ({@code Phoenix.agents.txt}: common nouns that name a kind of actor, "police",
 * "peasant", "riot police", with the CAMEO role they add to a country) into Evident's field agent codebook
 * {@code phoenix-agents.tsv}: one row per phrase with its PLOVER sector. {@code dev/convert-phoenix} runs it with
 * {@link PhoenixConverter}.
 *
 * <p>The dictionary's format (PETRARCH2's {@code dictionaries.rst}, "Agent Dictionary"): {@code phrase {plural}
 * [code]}, words joined by '_' (consecutive) or a blank (other words may come between; here they must be
 * consecutive too); substitution sets {@code !NAME! = A, B, C} stand for each of their words. A code that starts with
 * '~' is added after a country ("Syrian" + "troops" [~MIL] is SYRMIL); its first role that PLOVER keeps becomes the
 * sector, with PLOVER's renamings ({@link PhoenixConverter#sector}). Regular plurals are left to the lemma the
 * parser gives the head noun; an irregular plural in {@code {...}} is kept as a phrase of its own.
 *
 * <p>What is dropped: codes that end in '~' (an organisation kind put before the country, IGO~ or NGO~, which is no
 * sector); codes whose roles PLOVER keeps none of (religions, "development", "environment"); stems (the few
 * phrases the file still ends with a word stem, "MINISTR", simply never equal a lemma); phrases with characters
 * other than letters, digits, spaces and {@code . ' -}; phrases that two rows give different sectors.
 */
final class PhoenixAgentConverter {

    /** One converted phrase: its words, lower case, the head noun last, and its PLOVER sector. */
    record Agent(String phrase, String sector) {
        String tsv() {
            return phrase + "\t" + sector;
        }
    }

    private static final Pattern SUBSTITUTION_SET = Pattern.compile("(![A-Z]+!)\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^{\\[]+)(?:\\{([^}]*)})?\\s*\\[\\s*(\\S+)\\s*]");
    private static final Pattern MARKER = Pattern.compile("![A-Z]+!");

    private PhoenixAgentConverter() {}

    /** Reads the agent dictionary into phrases with their sectors, in file order. */
    static List<Agent> convert(List<String> lines) {
        Map<String, List<String>> sets = new HashMap<>();
        Map<String, String> sectors = new LinkedHashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (String raw : lines) {
            String line = PhoenixConverter.stripComment(raw).strip();
            Matcher set = SUBSTITUTION_SET.matcher(line);
            if (set.matches()) {
                sets.put(set.group(1), List.of(set.group(2).split("\\s*,\\s*")));
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                continue;
            }
            String sector = sector(entry.group(3));
            if (sector == null) {
                continue;
            }
            List<String> phrases = new ArrayList<>(expand(entry.group(1), sets));
            if (entry.group(2) != null && !entry.group(2).isBlank()) {
                phrases.addAll(expand(entry.group(2), sets));
            }
            for (String phrase : phrases) {
                String before = sectors.putIfAbsent(phrase, sector);
                if (before != null && !before.equals(sector)) {
                    ambiguous.add(phrase);
                }
            }
        }
        ambiguous.forEach(sectors::remove);
        return sectors.entrySet().stream().map(e -> new Agent(e.getKey(), e.getValue())).toList();
    }

    /** "~GOVMIL" as GOV; null for a code put before the country ("IGO~") or one without a PLOVER sector. */
    static String sector(String code) {
        if (!code.startsWith("~")) {
            return null;
        }
        String roles = code.substring(1);
        for (int i = 0; i + 3 <= roles.length(); i += 3) {
            String sector = PhoenixConverter.sector(roles.substring(i, i + 3));
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }

    /** A phrase with each substitution marker replaced by each of its words, as lower-case words; usable ones only. */
    static List<String> expand(String phrase, Map<String, List<String>> sets) {
        Matcher marker = MARKER.matcher(phrase);
        if (marker.find()) {
            List<String> out = new ArrayList<>();
            for (String word : sets.getOrDefault(marker.group(), List.of())) {
                out.addAll(expand(phrase.substring(0, marker.start()) + word + phrase.substring(marker.end()), sets));
            }
            return out;
        }
        String name = PhoenixConverter.name(phrase);
        return name == null ? List.of() : List.of(name.toLowerCase(Locale.ROOT));
    }

    static List<String> header(List<String> licence) {
        return PhoenixConverter.header(List.of(
                "# Common nouns that name a kind of actor, from PETRARCH2's Phoenix agent dictionary, with the PLOVER",
                "# sector they give a party (\"riot police\" COP, \"peasant\" AGR). DERIVED DATA, do not edit by hand:",
                "# regenerate with dev/convert-phoenix (org.evident.extract.PhoenixAgentConverter); add or correct rows",
                "# in agents.tsv, which is read first: a noun agents.tsv lists keeps its row there, even one without a",
                "# sector.",
                "#",
                "# Source: Phoenix.agents.txt of PETRARCH2 (https://github.com/openeventdata/petrarch2,",
                "# commit 676801cd), under the MIT License:"), licence, List.of(
                "# Columns (tab-separated; '#' starts a comment line):",
                "#   phrase  lower-case words, the head noun last: the head is matched on its lemma (or its word), the",
                "#           words before it on the words before the party's head",
                "#   sector  PLOVER sector code",
                "#",
                "# phrase\tsector"));
    }
}
