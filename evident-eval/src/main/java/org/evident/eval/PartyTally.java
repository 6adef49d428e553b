package org.evident.eval;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.evident.model.EventRecord;

/**
 * How many of a text's gold actors the records' parties have: of the gold actors with a country code, those whose
 * code some actor or recipient of some record carries; of those with a sector too, those whose code and sector one
 * party carries together. Codes are compared as {@link GoldParty} reads them: as written, but for CAMEO 1.1's
 * spellings and PLOVER's UNO and EUR meeting a gold "IGO"; so a gold "USA" is not met by "USAGOV" or by no code.
 *
 * @param countries    gold actors with a country code
 * @param countriesMet … whose code a record's party has
 * @param sectors      gold actors with a country code and a sector
 * @param sectorsMet   … whose code and sector one record's party has
 */
public record PartyTally(int countries, int countriesMet, int sectors, int sectorsMet) {

    public static final PartyTally NONE = new PartyTally(0, 0, 0, 0);

    /** The tally of one text's gold actors against its records. */
    public static PartyTally of(List<GoldParty> gold, List<EventRecord> records) {
        List<EventRecord.Entity> parties = parties(records);
        int countriesMet = 0;
        int sectors = 0;
        int sectorsMet = 0;
        for (GoldParty g : gold) {
            if (countryMet(g, parties)) {
                countriesMet++;
            }
            if (g.sector() != null) {
                sectors++;
                if (sectorMet(g, parties)) {
                    sectorsMet++;
                }
            }
        }
        return new PartyTally(gold.size(), countriesMet, sectors, sectorsMet);
    }

    /** The gold actors of one text that no record's party meets: by country, or by country and sector where given. */
    public static List<GoldParty> missed(List<GoldParty> gold, List<EventRecord.Entity> parties) {
        return gold.stream()
                .filter(g -> !countryMet(g, parties) || g.sector() != null && !sectorMet(g, parties))
                .toList();
    }

    /** The actors and recipients of all the records. */
    public static List<EventRecord.Entity> parties(List<EventRecord> records) {
        return records.stream().flatMap(r -> Stream.concat(r.actor().stream(), r.recipient().stream())).toList();
    }

    private static boolean countryMet(GoldParty g, List<EventRecord.Entity> parties) {
        return parties.stream().anyMatch(p -> g.countryIs(p.code()));
    }

    private static boolean sectorMet(GoldParty g, List<EventRecord.Entity> parties) {
        return parties.stream().anyMatch(p -> g.countryIs(p.code()) && Objects.equals(g.sector(), p.sector()));
    }

    public PartyTally plus(PartyTally other) {
        return new PartyTally(countries + other.countries, countriesMet + other.countriesMet,
                sectors + other.sectors, sectorsMet + other.sectorsMet);
    }

    public double countryShare() {
        return countries == 0 ? 0 : countriesMet / (double) countries;
    }

    public double sectorShare() {
        return sectors == 0 ? 0 : sectorsMet / (double) sectors;
    }

    /** "country 213/544 (0.392)  country+sector 65/336 (0.193)". */
    public String summary() {
        return String.format("country %d/%d (%.3f)  country+sector %d/%d (%.3f)", countriesMet, countries,
                countryShare(), sectorsMet, sectors, sectorShare());
    }
}
