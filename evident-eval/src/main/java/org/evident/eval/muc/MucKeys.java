package org.evident.eval.muc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.eval.muc.KeyTemplate.Fill;

/**
 * Reads a MUC-4 answer-key file (key-dev-*.muc4, key-tst1.v7, key-tst2.v4). Each template is 25 numbered slot
 * lines, "0.  MESSAGE: ID" first (a few keys swap two slots); a slot may continue on indented lines (one more fill each); ";" lines are
 * comments. A message whose template is "*" has no relevant incident. Fills that cannot be read (a date without
 * a year, an unknown type) are left out of scoring and reported in {@link Keys#problems()}, naming file and
 * message; a template whose slots are out of order or mislabelled is a {@link MucFormatException}.
 */
public final class MucKeys {

    private static final List<String> LABELS = List.of("MESSAGE: ID", "MESSAGE: TEMPLATE", "INCIDENT: DATE",
            "INCIDENT: LOCATION", "INCIDENT: TYPE", "INCIDENT: STAGE OF EXECUTION", "INCIDENT: INSTRUMENT ID",
            "INCIDENT: INSTRUMENT TYPE", "PERP: INCIDENT CATEGORY", "PERP: INDIVIDUAL ID", "PERP: ORGANIZATION ID",
            "PERP: ORGANIZATION CONFIDENCE", "PHYS TGT: ID", "PHYS TGT: TYPE", "PHYS TGT: NUMBER",
            "PHYS TGT: FOREIGN NATION", "PHYS TGT: EFFECT OF INCIDENT", "PHYS TGT: TOTAL NUMBER", "HUM TGT: NAME",
            "HUM TGT: DESCRIPTION", "HUM TGT: TYPE", "HUM TGT: NUMBER", "HUM TGT: FOREIGN NATION",
            "HUM TGT: EFFECT OF INCIDENT", "HUM TGT: TOTAL NUMBER");
    private static final Pattern SLOT = Pattern.compile("^(\\d{1,2})\\.\\s+(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** In a description fill, the quoted descriptions stand before a colon and the name they describe. */
    private static final Pattern DESCRIBES = Pattern.compile("\"\\s*:\\s*\"");

    private MucKeys() {}

    /**
     * The templates of a key file.
     *
     * @param messageIds every message the key covers, with or without relevant incidents
     * @param problems   fills left out of scoring, each "FILE: MESSAGE-ID: reason"
     */
    public record Keys(Set<String> messageIds, List<KeyTemplate> templates, List<String> problems) {
        public Keys {
            messageIds = Set.copyOf(messageIds);
            templates = List.copyOf(templates);
            problems = List.copyOf(problems);
        }
    }

    public static Keys read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    /** Parses a key text; {@code name} names it in errors and problems. */
    public static Keys parse(String name, String text) throws MucFormatException {
        List<Map<Integer, List<String>>> blocks = blocks(name, text);
        Set<String> ids = new LinkedHashSet<>();
        List<KeyTemplate> templates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map<Integer, List<String>> slots : blocks) {
            String id = slots.get(0).get(0).split("\\s+")[0];
            ids.add(id);
            if (slots.size() != LABELS.size()) {
                throw new MucFormatException(name, id, "template has " + slots.size() + " slots, expected 25");
            }
            String number = first(slots, 1);
            if (!number.equals("*")) {
                templates.add(template(id, number, slots, msg -> problems.add(name + ": " + id + ": " + msg)));
            }
        }
        if (ids.isEmpty()) {
            throw new MucFormatException(name, null, "no template (a '0.  MESSAGE: ID' line) in the file");
        }
        return new Keys(ids, templates, problems);
    }

    /** Splits the text into templates: slot number → its fill lines. */
    private static List<Map<Integer, List<String>>> blocks(String name, String text) throws MucFormatException {
        List<Map<Integer, List<String>>> blocks = new ArrayList<>();
        Map<Integer, List<String>> current = null;
        int last = -1;
        String id = null;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith(";")) {
                continue;
            }
            Matcher m = SLOT.matcher(line);
            if (m.matches()) {
                int slot = Integer.parseInt(m.group(1));
                if (slot == 0) {
                    current = new LinkedHashMap<>();
                    blocks.add(current);
                    last = -1;
                }
                // Slots are numbered 0-24; a few keys swap two of them, which is harmless, but none may repeat.
                if (current == null || slot >= LABELS.size() || current.containsKey(slot)) {
                    throw new MucFormatException(name, id, "slot " + slot + " repeated, unknown or before slot 0");
                }
                String rest = m.group(2);
                if (!rest.startsWith(LABELS.get(slot))) {
                    throw new MucFormatException(name, id, "slot " + slot + " should be " + LABELS.get(slot) + ": '" + line.strip() + "'");
                }
                String fill = rest.substring(LABELS.get(slot).length()).strip();
                if (slot == 0) {
                    id = fill.split("\\s+")[0];
                }
                current.computeIfAbsent(slot, s -> new ArrayList<>()).add(fill);
                last = slot;
            } else if (Character.isWhitespace(line.charAt(0)) && current != null && last >= 0) {
                current.get(last).add(line.strip());
            } else {
                throw new MucFormatException(name, id, "unreadable line '" + line.strip() + "'");
            }
        }
        return blocks;
    }

    private static KeyTemplate template(String id, String number, Map<Integer, List<String>> slots,
                                        java.util.function.Consumer<String> problem) {
        boolean optional = number.contains("(OPTIONAL)");
        List<MucType> types = new ArrayList<>();
        for (String t : first(slots, 4).split("/")) {
            MucType.ofKey(t).ifPresentOrElse(types::add, () -> problem.accept("unknown incident type '" + t.strip() + "'"));
        }
        List<MucDates.Span> dates = new ArrayList<>();
        if (!isEmpty(first(slots, 2))) {
            try {
                dates.addAll(MucDates.parseFill(first(slots, 2)));
            } catch (IllegalArgumentException e) {
                problem.accept("template " + number + ": " + e.getMessage() + "; date not scored");
            }
        }
        Set<String> effects = new HashSet<>();
        for (String line : slots.get(23)) {
            String values = line.contains(":") ? line.substring(0, line.indexOf(':')) : line;
            for (String v : values.split("/")) {
                String e = v.replace("?", "").strip();
                if (!isEmpty(e)) {
                    effects.add(e);
                }
            }
        }
        List<Fill> humans = fills(slots.get(18));
        slots.get(19).forEach(line -> {
            Matcher describes = DESCRIBES.matcher(line);
            humans.addAll(fills(List.of(describes.find() ? line.substring(0, describes.start() + 1) : line)));
        });
        return new KeyTemplate(id, number.replace("(OPTIONAL)", "").strip(), optional, types, dates,
                places(first(slots, 3)), fills(slots.get(9)), fills(slots.get(10)), fills(slots.get(6)),
                fills(slots.get(12)), humans, effects);
    }

    /** String fills: one per line, alternatives between quotes separated by "/", "?" marking doubt. */
    private static List<Fill> fills(List<String> lines) {
        List<Fill> fills = new ArrayList<>();
        for (String line : lines) {
            String strings = line.contains("\":") ? line.substring(0, line.indexOf("\":") + 1) : line;
            List<String> alternatives = new ArrayList<>();
            Matcher m = QUOTED.matcher(strings);
            while (m.find()) {
                String s = m.group(1).replace("\\\"", "\"").strip();
                if (!isEmpty(s)) {
                    alternatives.add(s);
                }
            }
            if (!alternatives.isEmpty()) {
                fills.add(new Fill(alternatives, line.startsWith("?")));
            }
        }
        return fills;
    }

    /** "(A: B (CITY)) / (A: C (DEPARTMENT))" → [[A, B], [A, C]]; a "-" between places keeps both. */
    private static List<List<String>> places(String fill) {
        List<List<String>> places = new ArrayList<>();
        if (isEmpty(fill)) {
            return places;
        }
        String f = fill.strip();
        String[] alternatives = f.startsWith("(") && f.endsWith(")")
                ? f.substring(1, f.length() - 1).split("\\)\\s*/\\s*\\(")
                : f.split("\\s/\\s");
        for (String alternative : alternatives) {
            List<String> names = new ArrayList<>();
            for (String level : alternative.split(":")) {
                for (String name : level.split("\\s-\\s")) {
                    String n = name.replaceAll("\\([A-Z ]*\\)", "").replaceAll("[()?]", "").strip();
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
            }
            if (!names.isEmpty()) {
                places.add(names);
            }
        }
        return places;
    }

    private static String first(Map<Integer, List<String>> slots, int slot) {
        return slots.get(slot).get(0);
    }

    private static boolean isEmpty(String fill) {
        return fill.isEmpty() || fill.equals("-") || fill.equals("*");
    }

}
