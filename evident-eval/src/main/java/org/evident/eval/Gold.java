package org.evident.eval;

import java.util.List;
import java.util.Map;

/**
 * A gold file: the article it annotates and its events.
 *
 * @param article   path of the article relative to the folder that holds gold/ and corpus/
 * @param textField for a JSON article, the field whose text the anchors index
 * @param published the article's date, given to the extractor
 */
public record Gold(String article, String textField, String published,
                   List<GoldEvent> events) {

    public Gold {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** One annotated event; fields left null are not scored. */
    public record GoldEvent(String id, boolean required, String anchor, List<String> aliases, List<String> event,
                            List<String> mode, GoldPlace loc, GoldDate date, Map<String, Integer> size,
                            String status, String source, String responsibility, GoldDate forecast) {

        public GoldEvent {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        /** The anchor first, then the aliases. */
        public List<String> spans() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(anchor), aliases.stream()).toList();
        }
    }

    /** A right answer for the place: coordinates, or only a country; alternatives in alt. */
    public record GoldPlace(String name, String countryCode, Double lat, Double lon,
                            List<GoldPlace> alt) {}

    /** A day range, inclusive. */
    public record GoldDate(String earliest, String latest) {}
}
