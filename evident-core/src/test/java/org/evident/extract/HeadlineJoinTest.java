package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.extract.Readings.group;
import static org.evident.extract.Readings.reading;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.parsed;

import java.util.List;
import java.util.Map;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A headline's event joined by the first event of its category in the lede, on hand-parsed sentences. */
class HeadlineJoinTest {

    private static final String HEADLINE = "Woman shot in Philadelphia";

    private final Sentence headline = parsed("Woman/woman/NN shot/shoot/VBN in/in/IN Philadelphia/Philadelphia/NNP/CITY",
            "1>0:nsubj:pass", "1>3:obl", "3>2:case");
    private final Sentence lede = parsed("Police/police/NNS said/say/VBD a/a/DT woman/woman/NN was/be/VBD "
            + "shot/shoot/VBN", "1>0:nsubj", "1>5:ccomp", "5>3:nsubj:pass", "3>2:det", "5>4:aux:pass");
    private final Sentence caption = parsed("Photo/photo/NN :/:/: Reuters/Reuters/NNP/ORGANIZATION");
    private final Sentence other = parsed("Neighbours/neighbour/NNS heard/hear/VBD shots/shot/NNS",
            "1>0:nsubj", "1>2:obj");

    private final HeadlineJoin join = new HeadlineJoin(Map.of());

    private static AnnotatedArticle story(Sentence... sentences) {
        return article(HEADLINE, "2020-01-01", "\n\n", sentences);
    }

    @Test
    void theHeadlineIsTheSentencesThatTheTitleCovers() {
        assertThat(HeadlineJoin.headlineSentences(story(headline, lede))).isEqualTo(1);
        assertThat(HeadlineJoin.headlineSentences(article("2020-01-01", headline, lede))).isZero();
    }

    @Test
    void theLedeIsThreeClausesAndTheCaptionsAmongThem() {
        AnnotatedArticle article = story(headline, lede, caption, other, other, other);
        assertThat(HeadlineJoin.ledeEnd(article)).isEqualTo(5);
    }

    @Test
    void aHeadlineEventIsTheLedesFirstEventOfItsCategory() {
        AnnotatedArticle article = story(headline, lede);
        Merger.Group top = group(reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED, "firearms"));
        Merger.Group told = group(reading(article.sentences().get(1), 5, "ASSAULT", Status.REPORTED, "firearms"));
        List<Merger.Group> joined = join.join(List.of(top, told), article);
        assertThat(joined).containsExactly(top);
        assertThat(top.readings).hasSize(2);
    }

    @Test
    void withoutAHeadlineNothingIsJoined() {
        AnnotatedArticle article = article("2020-01-01", headline, lede);
        Merger.Group top = group(reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED));
        Merger.Group told = group(reading(article.sentences().get(1), 5, "ASSAULT", Status.REPORTED));
        assertThat(join.join(List.of(top, told), article)).containsExactly(top, told);
    }

    @Test
    void eventsOfAnotherCategoryAnotherWeaponOrADenialStayApart() {
        AnnotatedArticle article = story(headline, lede);
        Sentence first = article.sentences().get(0);
        Sentence second = article.sentences().get(1);
        Merger.Group top = group(reading(first, 1, "ASSAULT", Status.ASSERTED, "firearms"));
        assertThat(join.join(List.of(top, group(reading(second, 5, "COERCE", Status.REPORTED))), article))
                .hasSize(2);
        assertThat(join.join(List.of(top, group(reading(second, 5, "ASSAULT", Status.REPORTED, "explosives"))),
                article)).hasSize(2);
        assertThat(join.join(List.of(top, group(reading(second, 5, "ASSAULT", Status.NEGATED, "firearms"))),
                article)).hasSize(2);
    }

    @Test
    void onlyTheLedesFirstEventOfTheCategoryJoins() {
        AnnotatedArticle article = story(headline, lede, other);
        Merger.Group top = group(reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED));
        Merger.Group first = group(reading(article.sentences().get(1), 5, "ASSAULT", Status.REPORTED));
        Merger.Group second = group(reading(article.sentences().get(2), 1, "ASSAULT", Status.REPORTED));
        assertThat(join.join(List.of(top, first, second), article)).containsExactly(top, second);
    }

    @Test
    void whenTheLedesFirstEventCannotBeTheHeadlinesNoLaterOneIsTakenInstead() {
        AnnotatedArticle article = story(headline, lede, other);
        Merger.Group top = group(reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED, "firearms"));
        Merger.Group bombing = group(reading(article.sentences().get(1), 5, "ASSAULT", Status.REPORTED, "explosives"));
        Merger.Group shooting = group(reading(article.sentences().get(2), 1, "ASSAULT", Status.REPORTED, "firearms"));
        assertThat(join.join(List.of(top, bombing, shooting), article)).containsExactly(top, bombing, shooting);
    }

    @Test
    void anEventPastTheLedeIsNotTheHeadlines() {
        AnnotatedArticle article = story(headline, other, other, other, lede);
        Merger.Group top = group(reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED));
        Merger.Group late = group(reading(article.sentences().get(4), 5, "ASSAULT", Status.REPORTED));
        assertThat(join.join(List.of(top, late), article)).containsExactly(top, late);
    }
}
