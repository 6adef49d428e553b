package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evident.model.Article;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * Nouns that name people come from WordNet (person-nouns.tsv) as well as from the agent nouns: a number before one
 * counts victims and one in the singular is one victim, while a noun whose first sense names no person counts nothing.
 * Parses are written by hand here.
 */
class PersonNounTest {

    private final Codebook codebook = BundledCodebook.get();
    private final SizeFinder sizes = new SizeFinder(codebook);

    /** The count the harm verb at {@code verb} gives, the number at {@code number} (if any) reading {@code value}. */
    private Optional<Integer> count(Sentence parsed, int verb, int number, String value) {
        return count(parsed, List.of(), verb, number, value);
    }

    private Optional<Integer> count(Sentence parsed, List<EntityMention> entities, int verb, int number,
                                    String value) {
        List<Token> tokens = new ArrayList<>(parsed.tokens());
        if (number >= 0) {
            Token t = tokens.get(number);
            tokens.set(number, new Token(t.index(), t.text(), t.lemma(), t.pos(), "NUMBER", value, t.begin(),
                    t.end()));
        }
        Sentence s = new Sentence(0, tokens, parsed.dependencies(), entities);
        String text = String.join(" ", tokens.stream().map(Token::text).toList());
        Article article = new Article(null, "test", null, text, LocalDate.parse("2016-03-07"), null, null, null,
                null);
        return sizes.count(new AnnotatedArticle(article, List.of(s)), s, verb).map(Reading.Count::value);
    }

    @Test
    void wordNetNamesPeopleTheAgentNounsMiss() {
        assertThat(codebook.isAgentNoun("bystander")).isFalse();
        assertThat(codebook.isPersonNoun("bystander")).isTrue();
        assertThat(codebook.isPersonNoun("waitress")).isTrue();
        assertThat(codebook.isPersonNoun("pedestrian")).isTrue();
        // first senses that are no person: a sloping bank, a celestial star, a fan that moves air
        assertThat(codebook.isPersonNoun("bank")).isFalse();
        assertThat(codebook.isPersonNoun("star")).isFalse();
        assertThat(codebook.isPersonNoun("fan")).isFalse();
        // agents.tsv decides the kind of its own nouns; WordNet's bodies of people are groups
        assertThat(codebook.isGroupNoun("family")).isTrue();
        assertThat(codebook.isGroupNoun("elderly")).isTrue();
        assertThat(codebook.isGroupNoun("waitress")).isFalse();
    }

    @Test
    void aNumberBeforeAPersonNounCountsVictims() {
        Sentence s = parsed("Three/three/CD bystanders/bystander/NNS were/be/VBD shot/shoot/VBN",
                "1>0:nummod", "3>1:nsubj:pass", "3>2:aux:pass");
        assertThat(count(s, 3, 0, "3.0")).contains(3);
    }

    @Test
    void aNumberBeforeANounThatNamesNoPersonCountsNothing() {
        Sentence s = parsed("Three/three/CD banks/bank/NNS were/be/VBD hit/hit/VBN",
                "1>0:nummod", "3>1:nsubj:pass", "3>2:aux:pass");
        assertThat(count(s, 3, 0, "3.0")).isEmpty();
    }

    @Test
    void aSingularPersonNounIsOneVictim() {
        Sentence waitress = parsed("A/a/DT waitress/waitress/NN was/be/VBD killed/kill/VBN",
                "1>0:det", "3>1:nsubj:pass", "3>2:aux:pass");
        assertThat(count(waitress, 3, -1, null)).contains(1);
        Sentence star = parsed("A/a/DT star/star/NN was/be/VBD hit/hit/VBN",
                "1>0:det", "3>1:nsubj:pass", "3>2:aux:pass");
        assertThat(count(star, 3, -1, null)).isEmpty();
    }

    @Test
    void aNameThatIsAlsoAPersonNounIsStillOnePerson() {
        // "hunter" names a person in WordNet; as a name it is one person, not a noun waiting for its number
        Sentence s = parsed("Hunter/hunter/NNP/PERSON was/be/VBD killed/kill/VBN", "2>0:nsubj:pass", "2>1:aux:pass");
        EntityMention name = new EntityMention(0, 0, "PERSON", "Hunter", null, 0, 6);
        assertThat(codebook.isPersonNoun("hunter")).isTrue();
        assertThat(count(s, List.of(name), 2, -1, null)).contains(1);
    }

    @Test
    void aDemonymInWordNetCountsPeople() {
        Sentence s = parsed("Two/two/CD Iraqis/iraqi/NNPS/NATIONALITY were/be/VBD killed/kill/VBN",
                "1>0:nummod", "3>1:nsubj:pass", "3>2:aux:pass");
        assertThat(count(s, 3, 0, "2.0")).contains(2);
    }
}
