package org.evident.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.evident.model.Article;

/**
 * Short synthetic news articles for throughput runs at scale (thousands of articles in minutes): a headline, an
 * event sentence with actor, place, day and source, a follow-up with a toll or a quote, and background sentences
 * that report nothing (as real articles have). Deterministic for a seed; the words are made up here.
 */
final class NewsCorpus {

    private static final String[] PLACES = {"Kandahar", "Mosul", "Lagos", "Aleppo", "Mogadishu", "Peshawar",
        "Maiduguri", "Benghazi", "Goma", "Sanaa", "Kirkuk", "Quetta", "Bamako", "Juba", "Donetsk", "Karachi"};
    private static final String[] ACTORS = {"Gunmen", "Police", "Government troops", "Protesters", "Rebels",
        "Security forces", "Militants", "Students"};
    private static final String[] EVENTS = {"attacked a checkpoint", "detained dozens of people",
        "marched through the city centre", "fired rockets at an army base", "blocked the main road",
        "seized a police station", "set fire to two buses", "shelled residential areas"};
    private static final String[] SOURCES = {"a police spokesman", "local officials", "the interior ministry",
        "witnesses", "a hospital official", "the provincial governor"};
    private static final String[] BACKGROUND = {"The city lies on a main trade route and has grown quickly in the "
        + "past decade.", "Schools reopened last month after the holidays.", "Prices of bread and fuel have risen "
        + "sharply this year.", "The river that runs through the town floods most years in spring.", "Many "
        + "residents work in the markets or on farms outside the town.", "Mobile phone coverage in the area is poor."};

    private NewsCorpus() {}

    /** {@code n} articles published over two years from {@code start}. */
    static List<Article> generate(int n, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2022, 1, 3);
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate published = start.plusDays(random.nextInt(730));
            String place = pick(random, PLACES);
            String actor = pick(random, ACTORS);
            String event = pick(random, EVENTS);
            DayOfWeek day = published.minusDays(1 + random.nextInt(3)).getDayOfWeek();
            StringBuilder body = new StringBuilder();
            body.append(actor).append(' ').append(event.split(" ")[0]).append(" in ").append(place).append("\n\n");
            body.append(actor).append(' ').append(event).append(" in ").append(place).append(" on ")
                    .append(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", ")
                    .append(pick(random, SOURCES)).append(" said. ");
            int dead = random.nextInt(12);
            if (dead > 0) {
                body.append("At least ").append(dead).append(" people were killed and ").append(random.nextInt(30))
                        .append(" wounded, according to ").append(pick(random, SOURCES)).append(". ");
            } else {
                body.append("\"We do not know who is behind this,\" ").append(pick(random, SOURCES))
                        .append(" told reporters. ");
            }
            for (int b = random.nextInt(3); b < 4; b++) {
                body.append(pick(random, BACKGROUND)).append(' ');
            }
            articles.add(new Article(null, "news-" + i, actor + " " + event.split(" ")[0] + " in " + place,
                    body.toString().trim(), published, null, "Synthetic Wire", null, null));
        }
        return articles;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
