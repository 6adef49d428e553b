package org.evident.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence: tokens, the dependency parse over them and the entities found in it.
 *
 * @param index 0-based sentence index in the article
 */
public record Sentence(int index, List<Token> tokens, List<Dependency> dependencies,
                       List<EntityMention> entities) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        entities = List.copyOf(entities);
    }

    public int begin() {
        return tokens.isEmpty() ? 0 : tokens.get(0).begin();
    }

    public int end() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    }

    /** Whether any word is tagged as a verb: a clause, not a caption, byline or heading. */
    public boolean hasVerb() {
        return tokens.stream().anyMatch(Token::isVerb);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The relation that attaches token {@code index} to its head, if any. */
    public Optional<Dependency> headOf(int index) {
        for (Dependency d : dependencies) {
            if (d.dependent() == index) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Relations whose governor is token {@code index}. */
    public List<Dependency> childrenOf(int index) {
        List<Dependency> children = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == index) {
                children.add(d);
            }
        }
        return children;
    }

    /** Children attached by a relation whose base name is {@code baseRelation}. */
    public List<Integer> children(int index, String baseRelation) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == index && (d.relation().equals(baseRelation) || d.baseRelation().equals(baseRelation))) {
                found.add(d.dependent());
            }
        }
        return found;
    }

    /** The token and everything below it in the parse, as a sorted list of indices. */
    public List<Integer> subtree(int index) {
        boolean[] inside = new boolean[tokens.size()];
        collect(index, inside, 0);
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < inside.length; i++) {
            if (inside[i]) {
                result.add(i);
            }
        }
        return result;
    }

    private void collect(int index, boolean[] inside, int depth) {
        if (inside[index] || depth > tokens.size()) {
            return;
        }
        inside[index] = true;
        for (Dependency d : dependencies) {
            if (d.governor() == index) {
                collect(d.dependent(), inside, depth + 1);
            }
        }
    }

    /** The chain of heads from the token up to the root, nearest first, excluding the token. */
    public List<Integer> ancestors(int index) {
        List<Integer> chain = new ArrayList<>();
        int current = index;
        while (chain.size() <= tokens.size()) {
            Optional<Dependency> head = headOf(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            current = head.get().governor();
            chain.add(current);
        }
        return chain;
    }

    /** The entity that covers a token, if any. */
    public Optional<EntityMention> entityAt(int tokenIndex) {
        return entities.stream().filter(e -> e.covers(tokenIndex)).findFirst();
    }
}
