package coop.toitcommun.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.toitcommun.governance.RegisterException.Reason;
import coop.toitcommun.governance.rules.CapitalHistory;
import coop.toitcommun.governance.rules.LawRules;
import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers of associates and members, share movements, capital and dues. Every change first takes the
 * entity's row lock ({@code SELECT … FOR UPDATE}), then checks the rules of law on the register as it
 * stands: changes to one entity's register are serialised, so no two can together break a rule.
 */
@Service
@Transactional(readOnly = true)
public class Registers {

    private static final String ASSOCIATE_COLUMNS =
        "id, entity_id, person_id, organisation_id, category, college_id, entry_date, exit_date, exit_reason";
    private static final String MOVEMENT_COLUMNS = """
        id, kind, associate_id, to_associate_id, shares, nominal_cents, paid_up_cents, paid_on, approval, approved_on,
        requested_on, occurred_on, status, waiting_reason""";

    private final JdbcClient jdbc;
    private final Entities entities;
    private final People people;
    private final Organisations organisations;
    private final EntityRights rights;
    private final AuditLog audit;

    Registers(JdbcClient jdbc, Entities entities, People people, Organisations organisations, EntityRights rights,
              AuditLog audit) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.people = people;
        this.organisations = organisations;
        this.rights = rights;
        this.audit = audit;
    }

    /** Enters a person or an organisation in the register. A SCIC associate has a category; a college is optional. */
    @Transactional
    public Associate admit(Actor actor, long entityId, Holder holder, AssociateCategory category, Long collegeId,
                           LocalDate entryDate) {
        rights.requireManage(actor, entityId);
        entities.lock(entityId);
        LegalEntity entity = entities.get(entityId);
        if (entity.legalForm().isScic() && category == null) {
            throw new RegisterException(Reason.CATEGORY_REQUIRED);
        }
        if (collegeId != null && entities.colleges(entityId).stream().noneMatch(c -> c.id() == collegeId)) {
            throw new RegisterException(Reason.UNKNOWN_COLLEGE);
        }
        if (holder.organisationId() != null && organisations.find(holder.organisationId()).isEmpty()) {
            throw new GovernanceNotFoundException("organisation " + holder.organisationId());
        }
        long id = jdbc.sql("""
                INSERT INTO governance.associate (entity_id, person_id, organisation_id, category, college_id, entry_date)
                VALUES (:entity, :person, :organisation, :category, :college, :entry) RETURNING id""")
            .param("entity", entityId).param("person", holder.personId()).param("organisation", holder.organisationId())
            .param("category", entity.legalForm().isScic() && category != null ? category.name() : null)
            .param("college", collegeId).param("entry", entryDate).query(Long.class).single();
        Associate admitted = associate(id);
        audit.record(onRegister("ASSOCIATE_ADMITTED", actor, entity, admitted)
            .change(null, admitted.entryDate() + (admitted.category() == null ? "" : " · " + admitted.category())));
        return admitted;
    }

    /**
     * An associate leaves. Refused when it would break a rule the register meets today: a SCIC keeps its
     * three categories, an SCI its two associates.
     */
    @Transactional
    public void leave(Actor actor, long entityId, long associateId, LocalDate exitDate, String reason) {
        rights.requireManage(actor, entityId);
        entities.lock(entityId);
        Associate leaving = associateOf(entityId, associateId, Reason.UNKNOWN_ASSOCIATE);
        if (leaving.exitDate() != null) {
            throw new RegisterException(Reason.ALREADY_LEFT);
        }
        LegalEntity entity = entities.get(leaving.entityId());
        List<Associate> present = associates(entity.id()).stream().filter(a -> a.exitDate() == null).toList();
        List<Associate> after = present.stream().filter(a -> a.id() != associateId).toList();
        if (entity.legalForm().isScic()) {
            boolean metBefore = LawRules.scicCategoriesMet(categories(present));
            if (metBefore && !LawRules.scicCategoriesMet(categories(after))) {
                throw entities.rule(Rule.SCIC_CATEGORIES, leaving.holderName());
            }
        }
        if (entity.legalForm() == LegalForm.SCI && LawRules.sciAssociatesMet(present.size())
            && !LawRules.sciAssociatesMet(after.size())) {
            throw entities.rule(Rule.SCI_TWO_ASSOCIATES, leaving.holderName());
        }
        jdbc.sql("UPDATE governance.associate SET exit_date = :exit, exit_reason = :reason WHERE id = :id")
            .param("exit", exitDate).param("reason", reason.trim()).param("id", associateId).update();
        audit.record(onRegister("ASSOCIATE_LEFT", actor, entity, leaving).change(null, exitDate).detail(reason));
    }

    /** Records a subscription. In a SCIC, one by a public body that would take public bodies above half the capital is refused. */
    @Transactional
    public ShareMovement subscribe(Actor actor, long entityId, Subscription subscription) {
        rights.requireManage(actor, entityId);
        requirePositive(subscription.shares());
        entities.lock(entityId);
        Associate subscriber = associateOf(entityId, subscription.associateId(), Reason.UNKNOWN_ASSOCIATE);
        LegalEntity entity = companyOf(subscriber);
        requirePresent(subscriber);
        long amount = (long) subscription.shares() * entity.shareNominalCents();
        if (subscription.paidUpCents() < 0 || subscription.paidUpCents() > amount) {
            throw new RegisterException(Reason.PAID_UP_TOO_HIGH);
        }
        List<ShareMovement> movements = movements(entity.id());
        if (entity.legalForm().isScic() && subscriber.category() == AssociateCategory.PUBLIC_BODY) {
            checkPublicBodies(entity, movements, amount, amount);
        }
        long id = jdbc.sql("""
                INSERT INTO governance.share_movement (entity_id, kind, associate_id, shares, nominal_cents, paid_up_cents,
                                                       paid_on, occurred_on, status)
                VALUES (:entity, 'SUBSCRIPTION', :associate, :shares, :nominal, :paid, :paidOn, :on, 'DONE') RETURNING id""")
            .param("entity", entity.id()).param("associate", subscriber.id()).param("shares", subscription.shares())
            .param("nominal", entity.shareNominalCents()).param("paid", subscription.paidUpCents())
            .param("paidOn", subscription.paidOn()).param("on", subscription.subscribedOn()).query(Long.class).single();
        long held = available(subscriber.id(), movements);
        audit.record(onRegister("SHARES_SUBSCRIBED", actor, entity, subscriber).change(held, held + subscription.shares())
            .detail(GovernanceDecisions.euros(subscription.paidUpCents())));
        if (entity.legalForm().isScic()) {
            payWaitingRedemptions(actor, entity, subscription.subscribedOn());
        }
        return movement(id);
    }

    /** Shares pass from one associate to another, after the approval the statutes require. */
    @Transactional
    public ShareMovement transfer(Actor actor, long entityId, Transfer transfer) {
        rights.requireManage(actor, entityId);
        requirePositive(transfer.shares());
        entities.lock(entityId);
        Associate from = associateOf(entityId, transfer.fromAssociateId(), Reason.UNKNOWN_ASSOCIATE);
        Associate to = associateOf(entityId, transfer.toAssociateId(), Reason.UNKNOWN_TRANSFEREE);
        if (from.id() == to.id()) {
            throw new RegisterException(Reason.SAME_ASSOCIATE);
        }
        LegalEntity entity = companyOf(from);
        requirePresent(from);
        requirePresent(to);
        List<ShareMovement> movements = movements(entity.id());
        long nominal = entity.shareNominalCents();
        if (available(from.id(), movements) < transfer.shares()) {
            throw new RegisterException(Reason.NOT_ENOUGH_SHARES);
        }
        long amount = transfer.shares() * nominal;
        boolean toPublic = to.category() == AssociateCategory.PUBLIC_BODY;
        boolean fromPublic = from.category() == AssociateCategory.PUBLIC_BODY;
        if (entity.legalForm().isScic() && toPublic && !fromPublic) {
            checkPublicBodies(entity, movements, amount, 0);
        }
        long id = jdbc.sql("""
                INSERT INTO governance.share_movement (entity_id, kind, associate_id, to_associate_id, shares, nominal_cents,
                                                       approval, approved_on, occurred_on, status)
                VALUES (:entity, 'TRANSFER', :from, :to, :shares, :nominal, :approval, :approvedOn, :on, 'DONE') RETURNING id""")
            .param("entity", entity.id()).param("from", from.id()).param("to", to.id()).param("shares", transfer.shares())
            .param("nominal", nominal).param("approval", transfer.approval().trim()).param("approvedOn", transfer.approvedOn())
            .param("on", transfer.transferredOn()).query(Long.class).single();
        long held = available(from.id(), movements);
        audit.record(onRegister("SHARES_TRANSFERRED", actor, entity, from).change(held, held - transfer.shares())
            .detail(to.holderName() + " · " + transfer.approval().trim()));
        return movement(id);
    }

    /**
     * An associate asks for shares to be repaid (at nominal value). In a SCIC, a redemption that would take
     * capital below a quarter of the highest capital ever reached waits in a queue; later subscriptions pay
     * the queue in order.
     */
    @Transactional
    public ShareMovement requestRedemption(Actor actor, long entityId, long associateId, int shares, LocalDate requestedOn) {
        rights.requireManage(actor, entityId);
        requirePositive(shares);
        entities.lock(entityId);
        Associate associate = associateOf(entityId, associateId, Reason.UNKNOWN_ASSOCIATE);
        LegalEntity entity = companyOf(associate);
        List<ShareMovement> movements = movements(entity.id());
        if (available(associateId, movements) < shares) {
            throw new RegisterException(Reason.NOT_ENOUGH_SHARES);
        }
        long nominal = entity.shareNominalCents();
        boolean waits = entity.legalForm().isScic() && !queueEmptyAndAllowed(movements, shares * nominal);
        long id = jdbc.sql("""
                INSERT INTO governance.share_movement (entity_id, kind, associate_id, shares, nominal_cents, requested_on,
                                                       occurred_on, status, waiting_reason)
                VALUES (:entity, 'REDEMPTION', :associate, :shares, :nominal, :requested, :requested, :status, :reason) RETURNING id""")
            .param("entity", entity.id()).param("associate", associateId).param("shares", shares).param("nominal", nominal)
            .param("requested", requestedOn).param("status", waits ? "WAITING" : "DONE")
            .param("reason", waits ? Rule.CAPITAL_QUARTER.name() : null).query(Long.class).single();
        long held = available(associateId, movements);
        audit.record(onRegister("SHARES_REDEMPTION_REQUESTED", actor, entity, associate)
            .change(held, waits ? held + " (" + MovementStatus.WAITING + ")" : held - shares));
        return movement(id);
    }

    public long capitalAt(long entityId, LocalDate date) {
        return history(movements(entityId)).at(date);
    }

    public List<Associate> associates(long entityId) {
        List<AssociateRow> rows = jdbc.sql("SELECT " + ASSOCIATE_COLUMNS + " FROM governance.associate WHERE entity_id = :entity ORDER BY entry_date, id")
            .param("entity", entityId).query(Registers::row).list();
        return named(rows);
    }

    /** Associates of every entity, for the overview pages: three queries whatever the number. */
    public List<Associate> allAssociates() {
        return named(jdbc.sql("SELECT " + ASSOCIATE_COLUMNS + " FROM governance.associate ORDER BY entity_id, entry_date, id")
            .query(Registers::row).list());
    }

    public Optional<Associate> findAssociate(long associateId) {
        return jdbc.sql("SELECT " + ASSOCIATE_COLUMNS + " FROM governance.associate WHERE id = :id").param("id", associateId)
            .query(Registers::row).optional().map(row -> named(List.of(row)).get(0));
    }

    public List<ShareMovement> movements(long entityId) {
        return jdbc.sql("SELECT " + MOVEMENT_COLUMNS + " FROM governance.share_movement WHERE entity_id = :entity ORDER BY occurred_on, id")
            .param("entity", entityId).query(Registers::movementRow).list();
    }

    /**
     * The register with its holders' details, for the documents that keep it (CSV, PDF): for those who run the entity.
     *
     * @throws GovernanceAccessDeniedException when the actor does not run the entity
     */
    public Register registerToKeep(Actor actor, long entityId, LocalDate date) {
        rights.requireManage(actor, entityId);
        return register(entityId, date);
    }

    /** The register as it stood at the end of {@code date}. */
    public Register register(long entityId, LocalDate date) {
        LegalEntity entity = entities.get(entityId);
        List<Associate> associates = associates(entityId);
        List<ShareMovement> movements = movements(entityId);
        Map<Long, String> colleges = entities.colleges(entityId).stream().collect(Collectors.toMap(College::id, College::name));
        Map<Long, long[]> holdings = holdings(movements, date);
        Map<Long, Long> paidUp = new HashMap<>();
        movements.stream().filter(m -> m.kind() == MovementKind.SUBSCRIPTION && !m.occurredOn().isAfter(date))
            .forEach(m -> paidUp.merge(m.associateId(), m.paidUpCents(), Long::sum));
        List<RegisterLine> lines = new ArrayList<>();
        List<RegisterLine> former = new ArrayList<>();
        for (Associate associate : associates) {
            long[] held = holdings.getOrDefault(associate.id(), new long[2]);
            // repaid shares are no longer paid up; what was paid never exceeds what is held
            long paid = Math.max(0, Math.min(paidUp.getOrDefault(associate.id(), 0L), held[1]));
            RegisterLine line = new RegisterLine(associate, associate.collegeId() == null ? null : colleges.get(associate.collegeId()),
                (int) held[0], held[1], paid);
            if (associate.isMemberOn(date)) {
                lines.add(line);
            } else if (!associate.entryDate().isAfter(date)) {
                former.add(line);
            }
        }
        CapitalHistory history = history(movements.stream().filter(m -> !m.occurredOn().isAfter(date)).toList());
        long publicCents = lines.stream().filter(l -> l.associate().category() == AssociateCategory.PUBLIC_BODY)
            .mapToLong(RegisterLine::capitalCents).sum();
        long capital = history.at(date);
        Map<Long, String> names = associates.stream().collect(Collectors.toMap(Associate::id, Associate::holderName));
        List<WaitingRedemption> waiting = movements.stream().filter(m -> m.status() == MovementStatus.WAITING)
            .map(m -> new WaitingRedemption(m, names.get(m.associateId()), m.waitingReason())).toList();
        return new Register(entityId, date, lines, former,
            totals(lines, l -> l.associate().category() == null ? null : l.associate().category().name()),
            totals(lines, RegisterLine::collegeName), capital, history.highestEver(), publicCents, waiting,
            unmet(entity, lines, publicCents, capital));
    }

    /** Records (or corrects) an association member's dues for a year. */
    @Transactional
    public void recordDues(Actor actor, long entityId, long associateId, int year, long amountCents, LocalDate paidOn) {
        rights.requireManage(actor, entityId);
        entities.lock(entityId);
        Associate member = associateOf(entityId, associateId, Reason.UNKNOWN_ASSOCIATE);
        if (amountCents < 0) {
            throw new RegisterException(Reason.NOT_POSITIVE);
        }
        String before = jdbc.sql("SELECT amount_cents, paid_on FROM governance.dues WHERE associate_id = :associate AND year = :year")
            .param("associate", associateId).param("year", year)
            .query((rs, n) -> dues(rs.getLong(1), rs.getObject(2, LocalDate.class))).optional().orElse(null);
        audit.record(onRegister("DUES_RECORDED", actor, entities.get(entityId), member).change(before, dues(amountCents, paidOn))
            .detail(Integer.toString(year)));
        jdbc.sql("""
                INSERT INTO governance.dues (associate_id, year, amount_cents, paid_on) VALUES (:associate, :year, :amount, :paid)
                ON CONFLICT (associate_id, year) DO UPDATE SET amount_cents = excluded.amount_cents, paid_on = excluded.paid_on""")
            .param("associate", associateId).param("year", year).param("amount", amountCents).param("paid", paidOn).update();
    }

    /** The members during a year (entered before its end, not left before its start), with their dues. */
    public List<MemberOfYear> membersOf(long entityId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, Object[]> dues = new HashMap<>();
        jdbc.sql("""
                SELECT d.associate_id, d.amount_cents, d.paid_on FROM governance.dues d
                JOIN governance.associate a ON a.id = d.associate_id WHERE a.entity_id = :entity AND d.year = :year""")
            .param("entity", entityId).param("year", year)
            .query((rs, n) -> dues.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getObject(3, LocalDate.class)})).list();
        return associates(entityId).stream()
            .filter(a -> !a.entryDate().isAfter(last) && (a.exitDate() == null || !a.exitDate().isBefore(first)))
            .map(a -> {
                Object[] paid = dues.get(a.id());
                return new MemberOfYear(a, paid == null ? null : (Long) paid[0], paid == null ? null : (LocalDate) paid[1]);
            }).toList();
    }

    private void checkPublicBodies(LegalEntity entity, List<ShareMovement> movements, long publicIncrease, long capitalIncrease) {
        Set<Long> publicBodies = associates(entity.id()).stream()
            .filter(a -> a.category() == AssociateCategory.PUBLIC_BODY).map(Associate::id).collect(Collectors.toSet());
        Map<Long, long[]> holdings = holdings(movements, LocalDate.MAX);
        long publicCents = holdings.entrySet().stream().filter(e -> publicBodies.contains(e.getKey()))
            .mapToLong(e -> e.getValue()[1]).sum() + publicIncrease;
        long capital = history(movements).latest() + capitalIncrease;
        if (!LawRules.publicBodiesWithinHalf(publicCents, capital)) {
            throw entities.rule(Rule.SCIC_PUBLIC_BODIES, Long.toString(publicCents), Long.toString(capital));
        }
    }

    private boolean queueEmptyAndAllowed(List<ShareMovement> movements, long amount) {
        boolean queue = movements.stream().anyMatch(m -> m.status() == MovementStatus.WAITING);
        CapitalHistory history = history(movements);
        return !queue && LawRules.capitalAboveQuarter(history.latest() - amount, history.highestEver());
    }

    private void payWaitingRedemptions(Actor actor, LegalEntity entity, LocalDate on) {
        long entityId = entity.id();
        for (ShareMovement waiting : movements(entityId).stream().filter(m -> m.status() == MovementStatus.WAITING)
            .sorted(Comparator.comparing(ShareMovement::requestedOn).thenComparingLong(ShareMovement::id)).toList()) {
            CapitalHistory history = history(movements(entityId));
            if (!LawRules.capitalAboveQuarter(history.latest() - waiting.amountCents(), history.highestEver())) {
                return;
            }
            jdbc.sql("UPDATE governance.share_movement SET status = 'DONE', waiting_reason = NULL, occurred_on = :on WHERE id = :id")
                .param("on", on.isBefore(waiting.requestedOn()) ? waiting.requestedOn() : on).param("id", waiting.id()).update();
            audit.record(onRegister("SHARES_REDEMPTION_PAID", actor, entity, associate(waiting.associateId()))
                .change(MovementStatus.WAITING, MovementStatus.DONE).detail(GovernanceDecisions.euros(waiting.amountCents())));
        }
    }

    private static Decision onRegister(String kind, Actor actor, LegalEntity entity, Associate associate) {
        return GovernanceDecisions.by(kind, actor).organisation(associate.holder().organisationId())
            .about("associate", associate.id(), GovernanceDecisions.label(entity, associate.holderName()));
    }

    private static String dues(long cents, LocalDate paidOn) {
        return GovernanceDecisions.euros(cents) + (paidOn == null ? "" : " · " + paidOn);
    }

    /** Shares an associate holds now, less those already waiting to be repaid. */
    private static long available(long associateId, List<ShareMovement> movements) {
        long held = holdings(movements, LocalDate.MAX).getOrDefault(associateId, new long[2])[0];
        long waiting = movements.stream().filter(m -> m.status() == MovementStatus.WAITING && m.associateId() == associateId)
            .mapToLong(ShareMovement::shares).sum();
        return held - waiting;
    }

    /** Shares and cents held per associate at the end of {@code date}, from the movements done by then. */
    private static Map<Long, long[]> holdings(List<ShareMovement> movements, LocalDate date) {
        Map<Long, long[]> holdings = new HashMap<>();
        for (ShareMovement m : movements) {
            if (m.status() != MovementStatus.DONE || m.occurredOn().isAfter(date)) {
                continue;
            }
            long[] holder = holdings.computeIfAbsent(m.associateId(), id -> new long[2]);
            int sign = m.kind() == MovementKind.SUBSCRIPTION ? 1 : -1;
            holder[0] += sign * m.shares();
            holder[1] += sign * m.amountCents();
            if (m.kind() == MovementKind.TRANSFER) {
                long[] receiver = holdings.computeIfAbsent(m.toAssociateId(), id -> new long[2]);
                receiver[0] += m.shares();
                receiver[1] += m.amountCents();
            }
        }
        return holdings;
    }

    private static CapitalHistory history(List<ShareMovement> movements) {
        return new CapitalHistory(movements.stream().filter(m -> m.status() == MovementStatus.DONE && m.kind() != MovementKind.TRANSFER)
            .map(m -> new CapitalHistory.Change(m.occurredOn(), m.id(),
                m.kind() == MovementKind.SUBSCRIPTION ? m.amountCents() : -m.amountCents()))
            .toList());
    }

    private List<Rule> unmet(LegalEntity entity, List<RegisterLine> lines, long publicCents, long capital) {
        List<Rule> unmet = new ArrayList<>();
        if (entity.legalForm().isScic()) {
            if (!LawRules.scicCategoriesMet(categories(lines.stream().map(RegisterLine::associate).toList()))) {
                unmet.add(Rule.SCIC_CATEGORIES);
            }
            if (!LawRules.publicBodiesWithinHalf(publicCents, capital)) {
                unmet.add(Rule.SCIC_PUBLIC_BODIES);
            }
        }
        if (entity.legalForm() == LegalForm.SCI && !LawRules.sciAssociatesMet(lines.size())) {
            unmet.add(Rule.SCI_TWO_ASSOCIATES);
        }
        return unmet;
    }

    private static List<Total> totals(List<RegisterLine> lines, Function<RegisterLine, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Long> capital = new HashMap<>();
        lines.stream().filter(l -> key.apply(l) != null).sorted(Comparator.comparing(key)).forEach(l -> {
            int[] c = counts.computeIfAbsent(key.apply(l), k -> new int[2]);
            c[0]++;
            c[1] += l.shares();
            capital.merge(key.apply(l), l.capitalCents(), Long::sum);
        });
        return counts.entrySet().stream()
            .map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1], capital.get(e.getKey()))).toList();
    }

    private static List<AssociateCategory> categories(List<Associate> associates) {
        return associates.stream().map(Associate::category).filter(Objects::nonNull).toList();
    }

    private LegalEntity companyOf(Associate associate) {
        LegalEntity entity = entities.get(associate.entityId());
        if (!entity.legalForm().hasShares() || entity.shareNominalCents() == null) {
            throw new RegisterException(Reason.NO_SHARES_HERE);
        }
        return entity;
    }

    private static void requirePresent(Associate associate) {
        if (associate.exitDate() != null) {
            throw new RegisterException(Reason.ASSOCIATE_LEFT);
        }
    }

    /** The associate, provided they are in this entity's register: a form never reaches another entity's. */
    private Associate associateOf(long entityId, long associateId, Reason unknown) {
        return findAssociate(associateId).filter(a -> a.entityId() == entityId)
            .orElseThrow(() -> new RegisterException(unknown));
    }

    private static void requirePositive(int shares) {
        if (shares <= 0) {
            throw new RegisterException(Reason.NOT_POSITIVE);
        }
    }

    private Associate associate(long associateId) {
        return findAssociate(associateId).orElseThrow(() -> new GovernanceNotFoundException("associate " + associateId));
    }

    private ShareMovement movement(long id) {
        return jdbc.sql("SELECT " + MOVEMENT_COLUMNS + " FROM governance.share_movement WHERE id = :id").param("id", id)
            .query(Registers::movementRow).single();
    }

    private List<Associate> named(List<AssociateRow> rows) {
        Set<Long> personIds = rows.stream().map(r -> r.holder().personId()).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        Set<Long> organisationIds = rows.stream().map(r -> r.holder().organisationId()).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        Map<Long, PersonRef> persons = personIds.isEmpty() ? Map.of() : people.findAll(personIds);
        Map<Long, OrganisationRef> orgs = organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
        return rows.stream().map(r -> new Associate(r.id(), r.entityId(), r.holder(),
            r.holder().personId() != null ? persons.get(r.holder().personId()).displayName() : orgs.get(r.holder().organisationId()).name(),
            r.category(), r.collegeId(), r.entryDate(), r.exitDate(), r.exitReason())).toList();
    }

    private record AssociateRow(long id, long entityId, Holder holder, AssociateCategory category, Long collegeId,
                                LocalDate entryDate, LocalDate exitDate, String exitReason) {
    }

    private static AssociateRow row(ResultSet rs, int n) throws SQLException {
        Long person = nullableLong(rs, "person_id");
        Long organisation = nullableLong(rs, "organisation_id");
        String category = rs.getString("category");
        return new AssociateRow(rs.getLong("id"), rs.getLong("entity_id"), new Holder(person, organisation),
            category == null ? null : AssociateCategory.valueOf(category), nullableLong(rs, "college_id"),
            rs.getObject("entry_date", LocalDate.class), rs.getObject("exit_date", LocalDate.class), rs.getString("exit_reason"));
    }

    private static ShareMovement movementRow(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("waiting_reason");
        return new ShareMovement(rs.getLong("id"), MovementKind.valueOf(rs.getString("kind")), rs.getLong("associate_id"),
            nullableLong(rs, "to_associate_id"), rs.getInt("shares"), rs.getLong("nominal_cents"), nullableLong(rs, "paid_up_cents"),
            rs.getObject("paid_on", LocalDate.class), rs.getString("approval"), rs.getObject("approved_on", LocalDate.class),
            rs.getObject("requested_on", LocalDate.class), rs.getObject("occurred_on", LocalDate.class),
            MovementStatus.valueOf(rs.getString("status")), reason == null ? null : Rule.valueOf(reason));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
