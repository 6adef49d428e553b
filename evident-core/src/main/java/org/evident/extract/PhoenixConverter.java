package org.evident.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts PETRARCH2's Phoenix actor dictionaries (countries with their heads of state and government, international
 * bodies, armed non-state groups) into Evident's named-actor codebook {@code phoenix-actors.tsv}: one row per actor
 * with every name it goes by, its canonical name, and its codes with the dates they hold. Run it again to regenerate
 * the codebook: {@code dev/convert-phoenix}.
 *
 * <p>The dictionaries' format (PETRARCH2's {@code dictionaries.rst}): a primary name, synonyms starting with '+',
 * and date restrictions on lines starting with a tab, {@code [CODE]}, {@code [CODE <date]}, {@code [CODE >date]}
 * or {@code [CODE date-date]}, dates as YYMMDD or YYYYMMDD. A CAMEO actor code is three letters of country (or of
 * an international kind: IGO, NGO, IMG, MNC) followed by three-letter roles; the first role that PLOVER keeps as a
 * sector becomes the sector, with PLOVER's renamings (its manual, "Sector code notes": CAMEO's MED, media, is JRN;
 * HLH, health, is MED; insurgents and separatists are rebels). The United Nations (IGOUNO) and the European
 * Union (IGOEUR) keep PLOVER's own codes UNO and EUR.
 *
 * <p>What is dropped: actors without any code; countries, whose every code is a country with no sector (their
 * names are mostly places — "Memphis" files under Egypt — and the gazetteer knows places and demonyms better);
 * names with characters other than letters, digits, spaces and {@code . ' -}; names of one or two characters;
 * restrictions whose dates cannot be read.
 */
public final class PhoenixConverter {

    /** CAMEO roles that PLOVER keeps as sectors, under PLOVER's name. */
    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("GOV", "GOV"), Map.entry("MIL", "MIL"), Map.entry("REB", "REB"), Map.entry("INS", "REB"),
            Map.entry("SEP", "REB"), Map.entry("OPP", "OPP"), Map.entry("PTY", "PTY"), Map.entry("COP", "COP"),
            Map.entry("JUD", "JUD"), Map.entry("LEG", "LEG"), Map.entry("SPY", "SPY"), Map.entry("UAF", "UAF"),
            Map.entry("ELI", "ELI"), Map.entry("BUS", "BUS"), Map.entry("CRM", "CRM"), Map.entry("CVL", "CVL"),
            Map.entry("EDU", "EDU"), Map.entry("MED", "JRN"), Map.entry("HLH", "MED"), Map.entry("LAB", "LAB"),
            Map.entry("AGR", "AGR"), Map.entry("REF", "REF"), Map.entry("REL", "REL"), Map.entry("PRM", "PRM"));

    /** PLOVER's codes of international actors, which are no country (its manual, "Country names"). */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC");

    /** The two intergovernmental bodies PLOVER codes on their own rather than as IGO. */
    private static final Set<String> SEPARATE_IGOS = Set.of("UNO", "EUR");

    private static final Pattern RESTRICTION = Pattern.compile("\\[\\s*([A-Z]{3,})\\s*([^\\]]*)]");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .'-]+");

    /** One converted actor: its names, its canonical name and its dated codes. */
    record Actor(List<String> names, String identifier, List<DatedCode> codes) {
        String tsv() {
            return String.join("|", names) + "\t" + identifier + "\t"
                    + String.join(";", codes.stream().map(DatedCode::tsv).toList());
        }
    }

    /**
     * A code and the days it holds, each bound inclusive and either absent.
     *
     * @param country country or international code
     * @param sector  PLOVER sector, or "" when the code names none
     * @param from    first day (YYYY-MM-DD), or ""
     * @param to      last day, or ""
     */
    record DatedCode(String country, String sector, String from, String to) {
        String tsv() {
            return country + ":" + sector + ":" + from + ":" + to;
        }
    }

    private PhoenixConverter() {}

    /** Reads one Phoenix actor file into actors, in file order. */
    static List<Actor> convert(List<String> lines) {
        List<Actor> actors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        String identifier = null;
        List<DatedCode> codes = new ArrayList<>();
        boolean inRestrictions = false;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean restriction = raw.startsWith("\t") || raw.startsWith(" ") && line.strip().startsWith("[");
            boolean synonym = line.startsWith("+");
            if (!restriction && !synonym || synonym && inRestrictions) {
                if (!synonym) {
                    add(actors, names, identifier, codes);
                    names = new LinkedHashSet<>();
                    codes = new ArrayList<>();
                    identifier = null;
                }
                inRestrictions = false;
            }
            if (restriction) {
                inRestrictions = true;
                codes.addAll(codes(line));
                continue;
            }
            String body = synonym ? line.substring(1) : line;
            int bracket = body.indexOf('[');
            if (bracket >= 0) {
                codes.addAll(codes(body.substring(bracket)));
                body = body.substring(0, bracket);
            }
            String name = name(body);
            if (name != null) {
                names.add(name);
                identifier = identifier == null ? display(name) : identifier;
            }
        }
        add(actors, names, identifier, codes);
        return actors;
    }

    private static void add(List<Actor> actors, Set<String> names, String identifier, List<DatedCode> codes) {
        boolean country = codes.stream().allMatch(c -> c.sector().isEmpty() && !INTERNATIONAL.contains(c.country()));
        if (!names.isEmpty() && !codes.isEmpty() && !country) {
            actors.add(new Actor(List.copyOf(names), identifier, List.copyOf(codes)));
        }
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        int semicolon = line.indexOf(';');
        int cut = hash < 0 ? semicolon : semicolon < 0 ? hash : Math.min(hash, semicolon);
        return (cut < 0 ? line : line.substring(0, cut)).stripTrailing();
    }

    /** "RECEP_TAYYIP_ERDOGAN_" as "RECEP TAYYIP ERDOGAN"; null when it is no usable name. */
    static String name(String phrase) {
        String name = phrase.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').strip().replaceAll("\\s+", " ");
        if (name.length() < 3 || !NAME.matcher(name).matches()) {
            return null;
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** The canonical name as it is written in running text: "Recep Tayyip Erdogan", "Al-Qaeda". */
    static String display(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /** Every "[CODE restriction]" of a line. */
    static List<DatedCode> codes(String text) {
        List<DatedCode> codes = new ArrayList<>();
        Matcher m = RESTRICTION.matcher(text);
        while (m.find()) {
            DatedCode code = code(m.group(1), m.group(2).strip());
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The PLOVER sector of a CAMEO role, or null when PLOVER keeps none for it. */
    static String sector(String role) {
        return SECTORS.get(role);
    }

    private static DatedCode code(String cameo, String restriction) {
        String country = cameo.substring(0, 3);
        String sector = "";
        for (int i = 3; i + 3 <= cameo.length(); i += 3) {
            String role = cameo.substring(i, i + 3);
            if (country.equals("IGO") && i == 3 && SEPARATE_IGOS.contains(role)) {
                country = role;
                continue;
            }
            if (SECTORS.containsKey(role)) {
                sector = SECTORS.get(role);
                break;
            }
        }
        String from = "";
        String to = "";
        if (restriction.startsWith("<")) {
            to = day(restriction.substring(1));
        } else if (restriction.startsWith(">")) {
            from = day(restriction.substring(1));
        } else if (restriction.contains("-")) {
            String[] bounds = restriction.split("-", 2);
            from = day(bounds[0]);
            to = day(bounds[1]);
        } else if (!restriction.isEmpty()) {
            return null;
        }
        return from == null || to == null ? null : new DatedCode(country, sector, from, to);
    }

    /** YYMMDD (years before 30 in this century) or YYYYMMDD as YYYY-MM-DD; null when it is neither. */
    static String day(String value) {
        String digits = value.strip();
        if (!digits.matches("\\d{6}|\\d{8}")) {
            return null;
        }
        if (digits.length() == 6) {
            int year = Integer.parseInt(digits.substring(0, 2));
            digits = (year < 30 ? "20" : "19") + digits;
        }
        String day = digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6);
        try {
            java.time.LocalDate.parse(day);
            return day;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** {@code PhoenixConverter PETRARCH2_DIR OUT_DIR}: writes OUT_DIR/phoenix-actors.tsv and phoenix-agents.tsv. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PhoenixConverter PETRARCH2_DIR OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        List<String> out = new ArrayList<>(header(Files.readAllLines(in.resolve("LICENSE"), StandardCharsets.UTF_8)));
        int actors = 0;
        for (String file : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt")) {
            for (Actor actor : convert(Files.readAllLines(in.resolve(file), StandardCharsets.UTF_8))) {
                out.add(actor.tsv());
                actors++;
            }
        }
        Files.write(Path.of(args[1]).resolve("phoenix-actors.tsv"), out, StandardCharsets.UTF_8);
        System.err.println("phoenix-actors.tsv: " + actors + " actors");
        List<String> licence = Files.readAllLines(in.resolve("LICENSE"), StandardCharsets.UTF_8);
        List<String> agents = new ArrayList<>(PhoenixAgentConverter.header(licence));
        List<PhoenixAgentConverter.Agent> converted = PhoenixAgentConverter.convert(
                Files.readAllLines(in.resolve("Phoenix.agents.txt"), StandardCharsets.UTF_8));
        converted.forEach(a -> agents.add(a.tsv()));
        Files.write(Path.of(args[1]).resolve("phoenix-agents.tsv"), agents, StandardCharsets.UTF_8);
        System.err.println("phoenix-agents.tsv: " + converted.size() + " phrases");
    }

    private static List<String> header(List<String> licence) {
        return header(List.of(
                "# Named actors of PETRARCH2's Phoenix dictionaries: every name an actor goes by, its canonical name,",
                "# and its codes with the days they hold. DERIVED DATA, do not edit by hand: regenerate with",
                "# dev/convert-phoenix (org.evident.extract.PhoenixConverter); add or correct rows in actors.tsv,",
                "# which is read first.",
                "#",
                "# Source: Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and",
                "# Phoenix.MilNonState.actors.txt of PETRARCH2 (https://github.com/openeventdata/petrarch2,",
                "# commit 676801cd), under the MIT License:"), licence, List.of(
                "# Columns (tab-separated; '#' starts a comment line):",
                "#   names       every name, '|'-separated, upper case, matched on runs of proper nouns whatever their case",
                "#   identifier  the canonical name written to identifier_text",
                "#   codes       ';'-separated COUNTRY:SECTOR:FROM:TO, FROM and TO inclusive days (YYYY-MM-DD) or empty",
                "#               for open; a code without days holds whenever no dated one does",
                "#",
                "# names\tidentifier\tcodes"));
    }

    /** A derived codebook's header: what it is and where from, the source's licence notice, then its columns. */
    static List<String> header(List<String> about, List<String> licence, List<String> columns) {
        List<String> header = new ArrayList<>(about);
        licence.stream().filter(l -> !l.isBlank()).forEach(l -> header.add("#   " + l.strip()));
        header.add("#");
        header.addAll(columns);
        return header;
    }
}
