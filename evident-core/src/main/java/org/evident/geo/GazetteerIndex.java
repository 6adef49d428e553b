package org.evident.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gazetteer as one compact binary file, so that a process loads a built index instead of parsing and
 * normalizing the dump files: the build writes the bundled one ({@code org/evident/geo/data/gazetteer.idx}, by
 * {@code org.evident.geo.build.BundledIndex}), and {@code evident gazetteer import} writes one merged with the user
 * gazetteer. Layout: a magic number and version, a table of short strings (feature codes, country and division
 * codes), the entries, the two name indexes, then the country tables. Tables are written in key order, so that the
 * same gazetteer always gives the same bytes.
 */
public final class GazetteerIndex {

    private static final int MAGIC = 0x45564758; // "EVGX"
    private static final int VERSION = 1;

    private GazetteerIndex() {}

    /** Writes the gazetteer to a file, through a temporary file. */
    public static void write(Gazetteer g, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream raw = Files.newOutputStream(temp)) {
            write(g, raw);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the gazetteer to a stream. */
    public static void write(Gazetteer g, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        List<Place> places = g.places();
        Map<String, Integer> strings = new LinkedHashMap<>();
        for (Place p : places) {
            for (String s : List.of(p.featureCode(), p.country(), p.admin1(), p.admin2())) {
                strings.putIfAbsent(s, strings.size());
            }
        }
        out.writeInt(strings.size());
        for (String s : strings.keySet()) {
            out.writeUTF(s);
        }
        out.writeInt(places.size());
        Map<Place, Integer> indexOf = new IdentityHashMap<>();
        for (Place p : places) {
            indexOf.put(p, indexOf.size());
            out.writeLong(p.geonameid());
            out.writeUTF(p.name());
            out.writeDouble(p.lat());
            out.writeDouble(p.lon());
            out.writeChar(p.featureClass());
            out.writeInt(strings.get(p.featureCode()));
            out.writeInt(strings.get(p.country()));
            out.writeInt(strings.get(p.admin1()));
            out.writeInt(strings.get(p.admin2()));
            out.writeLong(p.population());
            out.writeByte(p.kind().ordinal());
        }
        writeIndex(out, g.byKey());
        writeIndex(out, g.byLoose());
        out.writeInt(g.countries().size());
        for (Country c : g.countries().stream().sorted(Comparator.comparing(Country::iso2)).toList()) {
            out.writeUTF(c.iso2());
            out.writeUTF(c.iso3());
            out.writeUTF(c.name());
            out.writeDouble(c.lat());
            out.writeDouble(c.lon());
            out.writeLong(c.geonameid());
        }
        writeStrings(out, g.countryNames());
        writeStrings(out, g.demonyms());
        writePlaces(out, g.countryPlaces(), indexOf);
        writePlaces(out, g.admin1Places(), indexOf);
        out.writeInt(g.abbreviations().size());
        for (Map.Entry<String, Gazetteer.Abbreviation> e : new TreeMap<>(g.abbreviations()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue().country());
            out.writeUTF(e.getValue().expansion());
        }
        out.flush();
    }

    /** Reads a gazetteer written by {@link #write}. */
    public static Gazetteer read(InputStream stream, String origin) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException(origin + ": not an Evident gazetteer index of version " + VERSION);
        }
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        Place.Kind[] kinds = Place.Kind.values();
        Place[] places = new Place[in.readInt()];
        for (int i = 0; i < places.length; i++) {
            places[i] = new Place(in.readLong(), in.readUTF(), in.readDouble(), in.readDouble(), in.readChar(),
                    strings[in.readInt()], strings[in.readInt()], strings[in.readInt()], strings[in.readInt()],
                    in.readLong(), kinds[in.readByte()]);
        }
        Map<String, int[]> byKey = readIndex(in);
        Map<String, int[]> byLoose = readIndex(in);
        Map<String, Country> countries = new LinkedHashMap<>();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            Country c = new Country(in.readUTF(), in.readUTF(), in.readUTF(), in.readDouble(), in.readDouble(),
                    in.readLong());
            countries.put(c.iso2(), c);
        }
        Map<String, String> countryNames = readStrings(in);
        Map<String, String> demonyms = readStrings(in);
        Map<String, Place> countryPlaces = readPlaces(in, places);
        Map<String, Place> admin1Places = readPlaces(in, places);
        Map<String, Gazetteer.Abbreviation> abbreviations = new HashMap<>();
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            abbreviations.put(in.readUTF(), new Gazetteer.Abbreviation(in.readUTF(), in.readUTF()));
        }
        return new Gazetteer(places, byKey, byLoose, countries, countryNames, demonyms, countryPlaces, admin1Places,
                abbreviations);
    }

    private static void writeIndex(DataOutputStream out, Map<String, int[]> index) throws IOException {
        out.writeInt(index.size());
        for (Map.Entry<String, int[]> e : new TreeMap<>(index).entrySet()) {
            out.writeUTF(e.getKey());
            int[] entries = e.getValue();
            out.writeShort(Math.min(entries.length, Short.MAX_VALUE));
            for (int i = 0; i < Math.min(entries.length, Short.MAX_VALUE); i++) {
                out.writeInt(entries[i]);
            }
        }
    }

    private static Map<String, int[]> readIndex(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, int[]> index = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            int[] entries = new int[in.readShort()];
            for (int j = 0; j < entries.length; j++) {
                entries[j] = in.readInt();
            }
            index.put(key, entries);
        }
        return index;
    }

    private static void writeStrings(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }

    private static void writePlaces(DataOutputStream out, Map<String, Place> map, Map<Place, Integer> indexOf)
            throws IOException {
        List<Map.Entry<String, Place>> entries = new ArrayList<>(new TreeMap<>(map).entrySet());
        out.writeInt(entries.size());
        for (Map.Entry<String, Place> e : entries) {
            out.writeUTF(e.getKey());
            out.writeInt(indexOf.get(e.getValue()));
        }
    }

    private static Map<String, Place> readPlaces(DataInputStream in, Place[] places) throws IOException {
        int n = in.readInt();
        Map<String, Place> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), places[in.readInt()]);
        }
        return map;
    }
}
