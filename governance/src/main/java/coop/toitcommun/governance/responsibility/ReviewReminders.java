package coop.toitcommun.governance.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.membership.HousePeople;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.Recipient;
import coop.toitcommun.membership.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a responsibility's review date has passed, its holder and those who manage the register are told once
 * ({@link ReviewPassed}, which web turns into emails in the same transaction). The passing is claimed by one
 * conditional UPDATE, so that instances running the job at once announce each passing once; a new review date is
 * a new passing.
 */
@Service
public class ReviewReminders {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.COFOUNDER, Role.ADMIN);

    private final JdbcClient jdbc;
    private final HousePeople house;
    private final People people;
    private final ApplicationEventPublisher events;

    ReviewReminders(JdbcClient jdbc, HousePeople house,
                    People people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.house = house;
        this.people = people;
        this.events = events;
    }

    /** Announces every review date passed before {@code today} not yet announced; returns how many. */
    @Transactional
    public int remind(LocalDate today) {
        record Passed(long id, String title, long holderId, LocalDate reviewOn) {
        }
        List<Passed> passed = jdbc.sql("""
                UPDATE governance.responsibility SET reminded_for = review_on
                 WHERE archived_at IS NULL AND review_on < :today AND reminded_for IS DISTINCT FROM review_on
                RETURNING id, title, holder_id, review_on""")
            .param("today", today)
            .query((rs, n) -> new Passed(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class)))
            .list();
        if (passed.isEmpty()) {
            return 0;
        }
        List<Recipient> managers = house.withRole(MANAGERS);
        Map<Long, Recipient> holders = house.recipients(passed.stream().map(Passed::holderId).toList());
        var names = people.findAll(passed.stream().map(Passed::holderId).toList());
        for (Passed p : passed) {
            Map<String, Recipient> recipients = new LinkedHashMap<>();
            if (holders.containsKey(p.holderId())) {
                recipients.put(holders.get(p.holderId()).email(), holders.get(p.holderId()));
            }
            managers.forEach(manager -> recipients.putIfAbsent(manager.email(), manager));
            events.publishEvent(new ReviewPassed(p.id(), p.title(), names.get(p.holderId()).displayName(), p.reviewOn(),
                new ArrayList<>(recipients.values())));
        }
        return passed.size();
    }
}
