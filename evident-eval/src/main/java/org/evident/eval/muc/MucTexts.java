package org.evident.eval.muc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MUC-3/4 text file (TASK/CORPORA/dev/dev-muc3-*, tst1/tst1-muc3, tst2/tst2-muc4): messages start at an
 * id line ("TST1-MUC3-0001", sometimes followed by the site in parentheses) and begin with a dateline
 * ("SAN SALVADOR, 3 JAN 90 -- [TEXT] ..."), whose date becomes the publication date.
 */
public final class MucTexts {

    private static final Pattern ID_LINE = Pattern.compile("^([A-Z0-9]+-MUC\\d-\\d{4})\\b.*$");
    private static final Pattern DATELINE = Pattern.compile("^\\s*([^,\\n]+?),\\s+(\\d{1,2} [A-Z]{3} \\d{2})\\b");

    private MucTexts() {}

    /** All messages of a file, in file order. */
    public static List<MucMessage> read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    /** All messages of a text; {@code name} names it in errors. */
    public static List<MucMessage> parse(String name, String text) throws MucFormatException {
        List<MucMessage> messages = new ArrayList<>();
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            Matcher m = ID_LINE.matcher(line);
            if (m.matches()) {
                add(messages, name, id, body);
                id = m.group(1);
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new MucFormatException(name, null, "text before the first message id line: '" + line.strip() + "'");
            }
        }
        add(messages, name, id, body);
        if (messages.isEmpty()) {
            throw new MucFormatException(name, null, "no message id line (like DEV-MUC3-0001) in the file");
        }
        return messages;
    }

    private static void add(List<MucMessage> messages, String name, String id, StringBuilder body) {
        if (id == null) {
            return;
        }
        String text = body.toString().strip();
        Matcher m = DATELINE.matcher(text);
        String place = null;
        LocalDate date = null;
        if (m.find()) {
            place = m.group(1).strip();
            date = MucDates.parseDay(m.group(2));
        }
        messages.add(new MucMessage(id, name + ": " + id, place, date, text + "\n"));
    }
}
