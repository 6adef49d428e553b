package org.evident.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the labels of a sentence-level test set map to what Evident's records should hold. Labels without a mapping
 * (CASE's territorial and organisational sub-types, for which PLOVER has no category) are not scored. The mapping
 * is the one stated in {@code evident eval --help}.
 */
public final class LabelMapping {

    private final String name;
    private final Map<String, Expectation> byLabel;

    private LabelMapping(String name, Map<String, Expectation> byLabel) {
        this.name = name;
        this.byLabel = Map.copyOf(byLabel);
    }

    /** CASE 2021 task 2: ACLED sub-types to PLOVER categories and modes. */
    public static LabelMapping caseSubTypes() {
        Map<String, Expectation> m = new LinkedHashMap<>();
        m.put("ARMED_CLASH", Expectation.category("ASSAULT"));
        m.put("ATTACK", Expectation.category("ASSAULT"));
        m.put("AIR_STRIKE", Expectation.withModes("ASSAULT", "aerial", "drone"));
        m.put("SUIC_BOMB", Expectation.withModes("ASSAULT", "suicide-attack"));
        m.put("REM_EXPLOS", Expectation.withModes("ASSAULT", "explosives"));
        m.put("GRENADE", Expectation.withModes("ASSAULT", "explosives"));
        m.put("ART_MISS_ATTACK", Expectation.withModes("ASSAULT", "heavy-weapons"));
        m.put("CHEM_WEAP", Expectation.withModes("ASSAULT", "unconventional"));
        m.put("SEX_VIOL", Expectation.withModes("ASSAULT", "sexual"));
        m.put("ABDUCT_DISSAP", Expectation.withModes("ASSAULT", "abduct"));
        m.put("PROPERTY_DISTRUCT", Expectation.withModes("ASSAULT", "destroy"));
        m.put("ARREST", Expectation.withModes("COERCE", "arrest"));
        m.put("DISR_WEAP", Expectation.withModes("COERCE", "seize"));
        m.put("FORCE_AGAINST_PROTEST", Expectation.category("ASSAULT", "COERCE"));
        m.put("PEACE_PROTEST", Expectation.category("PROTEST"));
        m.put("PROTEST_WITH_INTER", Expectation.category("PROTEST"));
        m.put("VIOL_DEMONSTR", Expectation.category("PROTEST"));
        m.put("MOB_VIOL", Expectation.category("ASSAULT", "PROTEST"));
        m.put("AGREEMENT", Expectation.category("AGREE", "COOPERATE"));
        m.put("DIPLO", Expectation.category("CONSULT", "AGREE", "SUPPORT", "COOPERATE"));
        m.put("NATURAL_DISASTER", Expectation.category("X-DISASTER"));
        m.put("MAN_MADE_DISASTER", Expectation.category("X-DISASTER"));
        m.put("ATTRIB", Expectation.claimOfResponsibility());
        return new LabelMapping("CASE 2021 task 2", m);
    }

    /**
     * PLOVER gold-standard records: each category stands for itself, and the file's older names for their
     * present ones (DEMAND is REQUEST, FIGHT is ASSAULT, DISAPPROVE and INVESTIGATE are ACCUSE).
     */
    public static LabelMapping ploverGsr() {
        Map<String, Expectation> m = new LinkedHashMap<>();
        for (String category : new String[] {"AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT",
                "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
                "REQUEST", "ACCUSE"}) {
            m.put(category, Expectation.category(category));
        }
        m.put("DEMAND", Expectation.category("REQUEST"));
        m.put("FIGHT", Expectation.category("ASSAULT"));
        m.put("DISAPPROVE", Expectation.category("ACCUSE"));
        m.put("INVESTIGATE", Expectation.category("ACCUSE"));
        return new LabelMapping("PLOVER gold-standard records", m);
    }

    public String name() {
        return name;
    }

    /** The expectation of a label, or null when the label is not scored. */
    public Expectation expectation(String label) {
        return byLabel.get(label);
    }
}
