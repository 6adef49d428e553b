package org.evident.testkit;

import java.util.ArrayList;
import java.util.List;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/** Parsed sentences written by hand, so that a rule is tested on the parse it reads without loading CoreNLP. */
public final class Parses {

    private Parses() {}

    /**
     * A parsed sentence from space-separated "word/lemma/TAG/NER" tokens (NER may be left out) and
     * "governor>dependent:relation" arcs, both 0-based.
     */
    public static Sentence parsed(String text, String... arcs) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String part : text.split(" ")) {
            String[] f = part.split("/");
            tokens.add(new Token(tokens.size(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O", null, offset,
                    offset + f[0].length()));
            offset += f[0].length() + 1;
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String arc : arcs) {
            String[] ends = arc.split("[>:]", 3);
            dependencies.add(new Dependency(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), ends[2]));
        }
        return new Sentence(0, tokens, dependencies, List.of());
    }
}
