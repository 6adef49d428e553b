package org.evident.eval.muc;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One answer-key template: a relevant incident of a message, with the slots Evident's records can be scored on.
 * String fills keep their alternatives ({@code "FMLN" / "FARABUNDO MARTI NATIONAL LIBERATION FRONT"}).
 *
 * @param number          the template number within the message
 * @param optional        marked (OPTIONAL): not counted as missed when no record finds it
 * @param types           incident types (ATTACK, BOMBING, ...), alternatives
 * @param dates           alternative day ranges; empty when the key has none
 * @param places          alternative locations, each from the country down ("EL SALVADOR", "SAN MIGUEL", ...)
 * @param perpIndividuals PERP: INDIVIDUAL ID fills
 * @param perpOrgs        PERP: ORGANIZATION ID fills
 * @param instruments     INCIDENT: INSTRUMENT ID fills
 * @param physTargets     PHYS TGT: ID fills
 * @param humTargets      HUM TGT: NAME and DESCRIPTION fills
 * @param effects         HUM TGT: EFFECT OF INCIDENT values (DEATH, INJURY, NO INJURY, ...)
 */
public record KeyTemplate(String messageId, String number, boolean optional, List<MucType> types,
                          List<MucDates.Span> dates, List<List<String>> places, List<Fill> perpIndividuals,
                          List<Fill> perpOrgs, List<Fill> instruments, List<Fill> physTargets, List<Fill> humTargets,
                          Set<String> effects) {

    public KeyTemplate {
        Objects.requireNonNull(messageId, "messageId");
        types = List.copyOf(types);
        dates = List.copyOf(dates);
        places = places.stream().map(List::copyOf).toList();
        perpIndividuals = List.copyOf(perpIndividuals);
        perpOrgs = List.copyOf(perpOrgs);
        instruments = List.copyOf(instruments);
        physTargets = List.copyOf(physTargets);
        humTargets = List.copyOf(humTargets);
        effects = Set.copyOf(effects);
    }

    /** One filler with its alternative strings; {@code uncertain} when the key marks it with "?". */
    public record Fill(List<String> alternatives, boolean uncertain) {
        public Fill {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** The name of this template in messages: "TST1-MUC3-0001#2 KIDNAPPING". */
    public String label() {
        return messageId + "#" + number + " " + types.stream().map(Enum::name).reduce((a, b) -> a + "/" + b).orElse("?");
    }
}
