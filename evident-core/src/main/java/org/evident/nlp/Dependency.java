package org.evident.nlp;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param governor  index of the head token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name with its subtype ("nsubj", "obl:tmod", "nmod:poss")
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without subtype: "obl" for "obl:tmod". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
