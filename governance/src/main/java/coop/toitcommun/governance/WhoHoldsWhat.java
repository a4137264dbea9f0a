package coop.toitcommun.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers "can the place do without its pillars?": concentration of current mandates across the entities. */
@Service
@Transactional(readOnly = true)
public class WhoHoldsWhat {

    private final Mandates mandates;
    private final Entities entities;
    private final Registers registers;
    private final int threshold;

    WhoHoldsWhat(Mandates mandates, Entities entities, Registers registers,
                 @Value("${toitcommun.governance.concentration-threshold:3}") int threshold) {
        this.mandates = mandates;
        this.entities = entities;
        this.registers = registers;
        this.threshold = threshold;
    }

    /**
     * The entities each organisation sits in on that date, by the organisation's name (case ignored): as an associate on
     * the register, or through a mandate held in its name.
     */
    public Map<String, Set<Long>> entitiesByOrganisation(LocalDate date) {
        Map<String, Set<Long>> sitting = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        registers.allAssociates().stream()
            .filter(a -> a.holder().organisationId() != null && a.isMemberOn(date))
            .forEach(a -> sitting.computeIfAbsent(a.holderName(), k -> new TreeSet<>()).add(a.entityId()));
        mandates.current(date).stream().filter(m -> m.organisationName() != null)
            .forEach(m -> sitting.computeIfAbsent(m.organisationName(), k -> new TreeSet<>()).add(m.body().entityId()));
        return sitting;
    }

    public Concentration on(LocalDate date) {
        List<HeldMandate> current = mandates.current(date);
        Map<Long, List<HeldMandate>> byPerson = current.stream()
            .collect(Collectors.groupingBy(m -> m.mandate().personId(), LinkedHashMap::new, Collectors.toList()));
        List<Concentration.PersonMandates> people = byPerson.values().stream().map(held -> new Concentration.PersonMandates(
                held.get(0).mandate().personId(), held.get(0).personName(), held,
                held.stream().map(HeldMandate::organisationName).filter(Objects::nonNull).distinct().sorted().toList(),
                held.size() > threshold))
            .sorted(Comparator.comparing((Concentration.PersonMandates p) -> -p.mandates().size()).thenComparing(Concentration.PersonMandates::name))
            .toList();
        return new Concentration(threshold, people, overlaps(current));
    }

    private List<Concentration.Overlap> overlaps(List<HeldMandate> current) {
        Map<Long, Set<Long>> membersByBody = new HashMap<>();
        Map<Long, Body> bodies = new HashMap<>();
        current.forEach(m -> {
            membersByBody.computeIfAbsent(m.body().id(), id -> new HashSet<>()).add(m.mandate().personId());
            bodies.put(m.body().id(), m.body());
        });
        Map<Long, String> entityNames = entities.all().stream().collect(Collectors.toMap(LegalEntity::id, LegalEntity::name));
        List<Concentration.Overlap> overlaps = new ArrayList<>();
        for (Map.Entry<Long, Set<Long>> body : membersByBody.entrySet()) {
            for (Map.Entry<Long, Set<Long>> other : membersByBody.entrySet()) {
                if (!body.getKey().equals(other.getKey()) && other.getValue().containsAll(body.getValue())) {
                    Body b = bodies.get(body.getKey());
                    Body o = bodies.get(other.getKey());
                    overlaps.add(new Concentration.Overlap(b, entityNames.get(b.entityId()), o, entityNames.get(o.entityId())));
                }
            }
        }
        overlaps.sort(Comparator.comparing((Concentration.Overlap o) -> o.body().id()).thenComparing(o -> o.alsoIn().id()));
        return overlaps;
    }
}
