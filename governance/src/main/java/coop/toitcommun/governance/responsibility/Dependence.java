package coop.toitcommun.governance.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.governance.HeldMandate;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.membership.PersonRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Can the house do without them?" answered with a list: live responsibilities that nobody backs up, people holding
 * more than the house's threshold, and for each person who holds or backs up a responsibility, what they hold beside
 * their current mandates in the entities (read from {@link Mandates}, as who-holds-what reads them).
 */
@Service
@Transactional(readOnly = true)
public class Dependence {

    private final Responsibilities responsibilities;
    private final Mandates mandates;
    private final ResponsibilitySettings settings;

    Dependence(Responsibilities responsibilities, Mandates mandates, ResponsibilitySettings settings) {
        this.responsibilities = responsibilities;
        this.mandates = mandates;
        this.settings = settings;
    }

    public DependenceReport on(HouseActor actor, LocalDate today) {
        List<Responsibility> live = responsibilities.live(actor);
        int threshold = settings.dependenceThreshold();
        Map<Long, List<HeldMandate>> mandatesByPerson = mandates.current(today).stream()
            .collect(Collectors.groupingBy(held -> held.mandate().personId()));
        Map<Long, PersonRef> people = new LinkedHashMap<>();
        live.forEach(r -> {
            people.putIfAbsent(r.holder().id(), r.holder());
            r.backups().forEach(backup -> people.putIfAbsent(backup.id(), backup));
        });
        List<DependenceReport.PersonLoad> loads = new ArrayList<>();
        for (PersonRef person : people.values()) {
            List<Responsibility> holds = live.stream().filter(r -> r.holder().id() == person.id()).toList();
            List<Responsibility> backsUp = live.stream().filter(r -> r.backedUpBy(person.id())).toList();
            loads.add(new DependenceReport.PersonLoad(person, holds, backsUp,
                mandatesByPerson.getOrDefault(person.id(), List.of()), holds.size() > threshold));
        }
        loads.sort(Comparator.comparing((DependenceReport.PersonLoad load) -> -load.holds().size())
            .thenComparing(load -> -load.alone().size())
            .thenComparing(load -> load.person().displayName()));
        return new DependenceReport(threshold, live.stream().filter(r -> !r.hasBackup()).toList(), loads);
    }
}
