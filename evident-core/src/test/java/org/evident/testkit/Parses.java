package org.evident.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Article;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/** Parsed sentences written by hand, so that a rule is tested on the parse it reads without loading CoreNLP. */
public final class Parses {

    private Parses() {}

    /**
     * A parsed sentence from space-separated "word/lemma/TAG/NER/normalized" tokens (NER and the normalized value
     * of a number or time may be left out) and "governor>dependent:relation" arcs, both 0-based.
     */
    public static Sentence parsed(String text, String... arcs) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String part : text.split(" ")) {
            String[] f = part.split("/");
            tokens.add(new Token(tokens.size(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O",
                    f.length > 4 ? f[4] : null, offset, offset + f[0].length()));
            offset += f[0].length() + 1;
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String arc : arcs) {
            String[] ends = arc.split("[>:]", 3);
            dependencies.add(new Dependency(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), ends[2]));
        }
        return new Sentence(0, tokens, dependencies, List.of());
    }

    /** The sentence with these entities (tokens [first, last] of a type, and a normalized value or null). */
    public static Sentence withEntities(Sentence s, EntityMention... entities) {
        return new Sentence(s.index(), s.tokens(), s.dependencies(), List.of(entities));
    }

    /** An entity over tokens [first, last] of a sentence, its text and offsets taken from the tokens. */
    public static EntityMention entity(Sentence s, int first, int last, String type, String normalized) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(i > first ? " " : "").append(s.token(i).text());
        }
        return new EntityMention(first, last, type, text.toString(), normalized, s.token(first).begin(),
                s.token(last).end());
    }

    /**
     * An article of these sentences, published on the given day: its body is their words with one space between
     * tokens and {@code separator} between sentences; each sentence gets its index and its offsets in the body.
     */
    public static AnnotatedArticle article(String title, String published, String separator, Sentence... sentences) {
        StringBuilder body = new StringBuilder();
        List<Sentence> placed = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!placed.isEmpty()) {
                body.append(separator);
            }
            int shift = body.length() - s.begin();
            List<Token> tokens = new ArrayList<>();
            for (Token t : s.tokens()) {
                tokens.add(new Token(t.index(), t.text(), t.lemma(), t.pos(), t.ner(), t.normalized(),
                        t.begin() + shift, t.end() + shift));
            }
            List<EntityMention> entities = new ArrayList<>();
            for (EntityMention e : s.entities()) {
                entities.add(new EntityMention(e.first(), e.last(), e.type(), e.text(), e.normalized(),
                        e.begin() + shift, e.end() + shift));
            }
            body.append(" ".repeat(Math.max(0, s.end() - s.begin())));
            for (Token t : tokens) {
                body.replace(t.begin(), t.end(), t.text());
            }
            placed.add(new Sentence(placed.size(), tokens, s.dependencies(), entities));
        }
        Article article = new Article(null, "test", title, body.toString(),
                published == null ? null : LocalDate.parse(published), null, null, null, null);
        return new AnnotatedArticle(article, placed);
    }

    /** An article of these sentences, one space between them, with no title. */
    public static AnnotatedArticle article(String published, Sentence... sentences) {
        return article(null, published, " ", sentences);
    }
}
