package coop.toitcommun.governance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.governance.rules.LawRules;
import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.ReadOnlyTransactionMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legal entities, their statutes settings, relations, bodies and colleges; and the article references of the law. */
@Service
@Transactional(readOnly = true)
public class Entities {

    static final String ENTITY_COLUMNS = """
        id, name, legal_form, siren, address, fiscal_year_end, share_nominal_cents, max_proxies, meeting_modes,
        empty_college_rule, sci_votes, last_cooperative_revision""";

    private final JdbcClient jdbc;

    private final EntityRights rights;
    private final AuditLog audit;

    Entities(JdbcClient jdbc, EntityRights rights, AuditLog audit) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.audit = audit;
    }

    /** Sets a new entity up: admins only. */
    @Transactional
    public LegalEntity create(Actor actor, NewEntity entity) {
        if (!actor.admin()) {
            throw new GovernanceAccessDeniedException("Only admins set entities up");
        }
        long id = jdbc.sql("""
                INSERT INTO governance.entity (name, legal_form, siren, address, fiscal_year_end, share_nominal_cents,
                                               meeting_modes, max_proxies)
                VALUES (:name, :form, :siren, :address, :yearEnd, :nominal, :modes, :proxies) RETURNING id""")
            .param("name", entity.name().trim()).param("form", entity.legalForm().name())
            .param("siren", blankToNull(entity.siren())).param("address", blankToNull(entity.address()))
            .param("yearEnd", entity.fiscalYearEnd() == null ? "12-31" : entity.fiscalYearEnd())
            .param("nominal", entity.shareNominalCents())
            .param("modes", entity.legalForm() == LegalForm.SCI ? "IN_PERSON,WRITTEN_CONSULTATION,UNANIMOUS_ACT" : "IN_PERSON,VIDEO")
            .param("proxies", entity.legalForm() == LegalForm.ASSOCIATION ? 2 : 1)
            .query(Long.class).single();
        for (MeetingRule rule : DefaultMeetingRules.of(entity.legalForm())) {
            jdbc.sql("""
                    INSERT INTO governance.meeting_rule (entity_id, meeting_kind, quorum_first_pct, quorum_second_pct,
                                                         quorum_basis, majority, majority_pct, notice_days)
                    VALUES (:entity, :kind, :q1, :q2, :basis, :majority, :pct, :notice)""")
                .param("entity", id).params(ruleParams(rule)).update();
        }
        LegalEntity created = find(id).orElseThrow();
        audit.record(decision("ENTITY_CREATED", actor, created).change(null, details(created)));
        return created;
    }

    public List<LegalEntity> all() {
        return jdbc.sql("SELECT " + ENTITY_COLUMNS + " FROM governance.entity ORDER BY id").query(Entities::entity).list();
    }

    public Optional<LegalEntity> find(long entityId) {
        return ReadOnlyTransactionMemo.get("entity " + entityId, () -> jdbc.sql("SELECT " + ENTITY_COLUMNS
                + " FROM governance.entity WHERE id = :id").param("id", entityId)
            .query(Entities::entity).optional());
    }

    public Optional<LegalEntity> findByName(String name) {
        return jdbc.sql("SELECT " + ENTITY_COLUMNS + " FROM governance.entity WHERE lower(name) = lower(:name)")
            .param("name", name.trim()).query(Entities::entity).optional();
    }

    public LegalEntity get(long entityId) {
        return find(entityId).orElseThrow(() -> new GovernanceNotFoundException("entity " + entityId));
    }

    @Transactional
    public void updateSettings(Actor actor, long entityId, EntitySettings settings) {
        rights.requireManage(actor, entityId);
        LegalEntity before = get(entityId);
        int updated = jdbc.sql("""
                UPDATE governance.entity SET max_proxies = :proxies, meeting_modes = :modes, empty_college_rule = :empty,
                       sci_votes = :sci, version = version + 1 WHERE id = :id""")
            .param("proxies", settings.maxProxies()).param("modes", modes(settings.meetingModes()))
            .param("empty", settings.emptyCollegeRule().name()).param("sci", settings.sciVotes().name())
            .param("id", entityId).update();
        if (updated == 0) {
            throw new GovernanceNotFoundException("entity " + entityId);
        }
        audit.record(decision("STATUTES_SETTINGS_CHANGED", actor, before).change(settings(before), settings));
    }

    /**
     * Corrects what identifies the entity: SIREN, registered address, fiscal year end, nominal value of a share.
     * An entity with shares needs a nominal value; one without has none (whatever was sent).
     */
    @Transactional
    public void updateDetails(Actor actor, long entityId, String siren, String address, String fiscalYearEnd,
                              Long shareNominalCents) {
        rights.requireManage(actor, entityId);
        LegalEntity before = get(entityId);
        boolean shares = before.legalForm().hasShares();
        if (shares && (shareNominalCents == null || shareNominalCents <= 0)) {
            throw new RegisterException(RegisterException.Reason.NOMINAL_REQUIRED);
        }
        int updated = jdbc.sql("""
                UPDATE governance.entity SET siren = :siren, address = :address, fiscal_year_end = :yearEnd,
                       share_nominal_cents = :nominal, version = version + 1 WHERE id = :id""")
            .param("siren", blankToNull(siren)).param("address", blankToNull(address)).param("yearEnd", fiscalYearEnd)
            .param("nominal", shares ? shareNominalCents : null).param("id", entityId).update();
        if (updated == 0) {
            throw new GovernanceNotFoundException("entity " + entityId);
        }
        audit.record(decision("ENTITY_DETAILS_CHANGED", actor, before).change(details(before), details(get(entityId))));
    }

    @Transactional
    public void recordCooperativeRevision(Actor actor, long entityId, LocalDate on) {
        rights.requireManage(actor, entityId);
        LegalEntity before = get(entityId);
        audit.record(decision("COOPERATIVE_REVISION_RECORDED", actor, before).change(before.lastCooperativeRevision(), on));
        jdbc.sql("UPDATE governance.entity SET last_cooperative_revision = :on, version = version + 1 WHERE id = :id")
            .param("on", on).param("id", entityId).update();
    }

    public List<Relation> relations() {
        return jdbc.sql("SELECT from_entity_id, to_entity_id, kind FROM governance.entity_relation ORDER BY from_entity_id, to_entity_id")
            .query((rs, n) -> new Relation(rs.getLong(1), rs.getLong(2), RelationKind.valueOf(rs.getString(3)))).list();
    }

    @Transactional
    public void relate(Actor actor, long fromId, long toId, RelationKind kind) {
        rights.requireManage(actor, fromId);
        if (toId == fromId || find(toId).isEmpty()) {
            throw new RegisterException(RegisterException.Reason.UNKNOWN_ENTITY);
        }
        jdbc.sql("""
                INSERT INTO governance.entity_relation (from_entity_id, to_entity_id, kind) VALUES (:from, :to, :kind)
                ON CONFLICT DO NOTHING""")
            .param("from", fromId).param("to", toId).param("kind", kind.name()).update();
    }

    @Transactional
    public void unrelate(Actor actor, long fromId, long toId, RelationKind kind) {
        rights.requireManage(actor, fromId);
        jdbc.sql("DELETE FROM governance.entity_relation WHERE from_entity_id = :from AND to_entity_id = :to AND kind = :kind")
            .param("from", fromId).param("to", toId).param("kind", kind.name()).update();
    }

    public Map<MeetingKind, MeetingRule> meetingRules(long entityId) {
        return ReadOnlyTransactionMemo.get("meeting rules of " + entityId, () -> readMeetingRules(entityId));
    }

    private Map<MeetingKind, MeetingRule> readMeetingRules(long entityId) {
        Map<MeetingKind, MeetingRule> rules = new EnumMap<>(MeetingKind.class);
        jdbc.sql("SELECT " + RULE_COLUMNS + " FROM governance.meeting_rule WHERE entity_id = :entity")
            .param("entity", entityId)
            .query(Entities::rule)
            .list().forEach(rule -> rules.put(rule.kind(), rule));
        return rules;
    }

    @Transactional
    public void updateMeetingRule(Actor actor, long entityId, MeetingRule rule) {
        rights.requireManage(actor, entityId);
        LegalEntity entity = get(entityId);
        if (rule.majority() == Majority.CUSTOM && rule.majorityPct() == null) {
            throw new RegisterException(RegisterException.Reason.CUSTOM_MAJORITY_NEEDS_PERCENT);
        }
        if (entity.legalForm().isScic() && rule.quorumBasis() == QuorumBasis.SHARES) {
            // one associate, one vote: capital never counts in a SCIC
            throw new RegisterException(RegisterException.Reason.SCIC_QUORUM_BY_SHARES);
        }
        audit.record(decision("MEETING_RULE_CHANGED", actor, entity)
            .change(meetingRules(entityId).get(rule.kind()), rule));
        jdbc.sql("""
                INSERT INTO governance.meeting_rule (entity_id, meeting_kind, quorum_first_pct, quorum_second_pct,
                                                     quorum_basis, majority, majority_pct, notice_days)
                VALUES (:entity, :kind, :q1, :q2, :basis, :majority, :pct, :notice)
                ON CONFLICT (entity_id, meeting_kind) DO UPDATE SET quorum_first_pct = excluded.quorum_first_pct,
                    quorum_second_pct = excluded.quorum_second_pct, quorum_basis = excluded.quorum_basis,
                    majority = excluded.majority, majority_pct = excluded.majority_pct, notice_days = excluded.notice_days""")
            .param("entity", entityId).params(ruleParams(rule)).update();
    }

    public List<Body> bodies(long entityId) {
        return jdbc.sql("SELECT id, entity_id, kind, name FROM governance.body WHERE entity_id = :entity ORDER BY kind, name")
            .param("entity", entityId).query(Entities::body).list();
    }

    public List<Body> allBodies() {
        return jdbc.sql("SELECT id, entity_id, kind, name FROM governance.body ORDER BY entity_id, kind, name")
            .query(Entities::body).list();
    }

    /**
     * A body. In a read-only transaction (a meeting page), one statement reads the body, its entity and the entity's
     * meeting rules, and the transaction remembers all three: the page asks for each.
     */
    public Optional<Body> body(long bodyId) {
        if (ReadOnlyTransactionMemo.active()) {
            return ReadOnlyTransactionMemo.get("body " + bodyId, () -> bodyWithEntity(bodyId));
        }
        return jdbc.sql("SELECT id, entity_id, kind, name FROM governance.body WHERE id = :id")
            .param("id", bodyId).query(Entities::body).optional();
    }

    private Optional<Body> bodyWithEntity(long bodyId) {
        List<Body> bodies = new ArrayList<>();
        Map<MeetingKind, MeetingRule> rules = new EnumMap<>(MeetingKind.class);
        jdbc.sql("SELECT b.id AS body_id, b.kind AS body_kind, b.name AS body_name, "
                + ENTITY_COLUMNS.replaceAll("(\\w+)", "e.$1") + ", " + RULE_COLUMNS.replaceAll("(\\w+)", "r.$1") + """
                  FROM governance.body b JOIN governance.entity e ON e.id = b.entity_id
                  LEFT JOIN governance.meeting_rule r ON r.entity_id = e.id
                 WHERE b.id = :id""")
            .param("id", bodyId)
            .query(rs -> {
                if (bodies.isEmpty()) {
                    LegalEntity entity = entity(rs, 0);
                    bodies.add(new Body(rs.getLong("body_id"), entity.id(), BodyKind.valueOf(rs.getString("body_kind")),
                        rs.getString("body_name")));
                    ReadOnlyTransactionMemo.remember("entity " + entity.id(), Optional.of(entity));
                }
                if (rs.getString("meeting_kind") != null) {
                    MeetingRule rule = rule(rs, 0);
                    rules.put(rule.kind(), rule);
                }
            });
        bodies.forEach(body -> ReadOnlyTransactionMemo.remember("meeting rules of " + body.entityId(), rules));
        return bodies.stream().findFirst();
    }

    @Transactional
    public Body addBody(Actor actor, long entityId, BodyKind kind, String name) {
        rights.requireManage(actor, entityId);
        lock(entityId);
        if (bodies(entityId).stream().anyMatch(b -> b.name().equalsIgnoreCase(name.trim()))) {
            throw new RegisterException(RegisterException.Reason.BODY_EXISTS);
        }
        long id = jdbc.sql("INSERT INTO governance.body (entity_id, kind, name) VALUES (:entity, :kind, :name) RETURNING id")
            .param("entity", entityId).param("kind", kind.name()).param("name", name.trim()).query(Long.class).single();
        audit.record(GovernanceDecisions.by("BODY_ADDED", actor)
            .about("body", id, GovernanceDecisions.label(get(entityId), name.trim())).change(null, kind));
        return new Body(id, entityId, kind, name.trim());
    }

    public List<College> colleges(long entityId) {
        return jdbc.sql("SELECT id, entity_id, name, weight_pct FROM governance.college WHERE entity_id = :entity ORDER BY id")
            .param("entity", entityId)
            .query((rs, n) -> new College(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4))).list();
    }

    /**
     * Sets the colleges of a SCIC all at once, so that weights are checked together: each between 10 % and
     * 50 %, summing to 100 %. Colleges are matched by name; one that disappears must have no associate left.
     */
    @Transactional
    public List<College> setColleges(Actor actor, long entityId, List<CollegeWeight> weights) {
        rights.requireManage(actor, entityId);
        lock(entityId);
        String before = weights(colleges(entityId));
        List<BigDecimal> values = weights.stream().map(CollegeWeight::weightPct).toList();
        if (!LawRules.collegeWeightsValid(values)) {
            throw rule(Rule.COLLEGE_WEIGHTS, weights.stream()
                .map(w -> w.name() + " " + w.weightPct().stripTrailingZeros().toPlainString() + " %")
                .collect(Collectors.joining(", ")));
        }
        Set<String> names = weights.stream().map(w -> w.name().trim().toLowerCase()).collect(Collectors.toSet());
        if (names.size() != weights.size()) {
            throw new RegisterException(RegisterException.Reason.DUPLICATE_COLLEGE);
        }
        for (College existing : colleges(entityId)) {
            if (!names.contains(existing.name().toLowerCase())) {
                boolean used = jdbc.sql("SELECT count(*) > 0 FROM governance.associate WHERE college_id = :id")
                    .param("id", existing.id()).query(Boolean.class).single();
                if (used) {
                    throw new RegisterException(RegisterException.Reason.COLLEGE_IN_USE);
                }
                jdbc.sql("DELETE FROM governance.college WHERE id = :id").param("id", existing.id()).update();
            }
        }
        for (CollegeWeight weight : weights) {
            int updated = jdbc.sql("UPDATE governance.college SET weight_pct = :weight WHERE entity_id = :entity AND lower(name) = lower(:name)")
                .param("weight", weight.weightPct()).param("entity", entityId).param("name", weight.name().trim()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO governance.college (entity_id, name, weight_pct) VALUES (:entity, :name, :weight)")
                    .param("entity", entityId).param("name", weight.name().trim()).param("weight", weight.weightPct()).update();
            }
        }
        List<College> after = colleges(entityId);
        audit.record(decision("COLLEGES_CHANGED", actor, get(entityId)).change(before, weights(after)));
        return after;
    }

    private static Decision decision(String kind, Actor actor, LegalEntity entity) {
        return GovernanceDecisions.by(kind, actor).about("entity", entity.id(), entity.name());
    }

    private static EntitySettings settings(LegalEntity entity) {
        return new EntitySettings(entity.maxProxies(), entity.meetingModes(), entity.emptyCollegeRule(), entity.sciVotes());
    }

    private static String details(LegalEntity entity) {
        return String.join(" · ", entity.legalForm().name(), Objects.toString(entity.siren(), ""),
            Objects.toString(entity.address(), ""), Objects.toString(entity.fiscalYearEnd(), ""),
            Objects.toString(GovernanceDecisions.euros(entity.shareNominalCents()), ""));
    }

    private static String weights(List<College> colleges) {
        return colleges.stream().map(c -> c.name() + " " + c.weightPct().stripTrailingZeros().toPlainString() + " %")
            .collect(Collectors.joining(", "));
    }

    /** The article reference of a rule of law, as currently recorded. */
    public String reference(Rule rule) {
        return jdbc.sql("SELECT reference FROM governance.legal_reference WHERE rule = :rule").param("rule", rule.name())
            .query(String.class).optional().orElse("");
    }

    public Map<Rule, String> references() {
        Map<Rule, String> references = new EnumMap<>(Rule.class);
        Set<String> known = Arrays.stream(Rule.values()).map(Enum::name).collect(Collectors.toSet());
        jdbc.sql("SELECT rule, reference FROM governance.legal_reference")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
            .filter(e -> known.contains(e.getKey()))
            .forEach(e -> references.put(Rule.valueOf(e.getKey()), e.getValue()));
        return references;
    }

    /**
     * Takes the entity's row lock until the transaction ends: changes to one entity's register and colleges
     * are serialised, so two subscriptions at once cannot together break a rule that each alone keeps.
     */
    void lock(long entityId) {
        jdbc.sql("SELECT id FROM governance.entity WHERE id = :id FOR UPDATE").param("id", entityId).query(Long.class)
            .optional().orElseThrow(() -> new GovernanceNotFoundException("entity " + entityId));
    }

    GovernanceRuleException rule(Rule rule, String... arguments) {
        return new GovernanceRuleException(rule, reference(rule), List.of(arguments));
    }

    private static Map<String, Object> ruleParams(MeetingRule rule) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", rule.kind().name());
        params.put("q1", rule.quorumFirstPct());
        params.put("q2", rule.quorumSecondPct());
        params.put("basis", rule.quorumBasis().name());
        params.put("majority", rule.majority().name());
        params.put("pct", rule.majority() == Majority.CUSTOM ? rule.majorityPct() : null);
        params.put("notice", rule.noticeDays());
        return params;
    }

    private static final String RULE_COLUMNS =
        "meeting_kind, quorum_first_pct, quorum_second_pct, quorum_basis, majority, majority_pct, notice_days";

    private static MeetingRule rule(ResultSet rs, int n) throws SQLException {
        return new MeetingRule(MeetingKind.valueOf(rs.getString("meeting_kind")), rs.getBigDecimal("quorum_first_pct"),
            rs.getBigDecimal("quorum_second_pct"), QuorumBasis.valueOf(rs.getString("quorum_basis")),
            Majority.valueOf(rs.getString("majority")), rs.getBigDecimal("majority_pct"), rs.getInt("notice_days"));
    }

    static LegalEntity entity(ResultSet rs, int n) throws SQLException {
        long nominal = rs.getLong("share_nominal_cents");
        Long shareNominal = rs.wasNull() ? null : nominal;
        return new LegalEntity(rs.getLong("id"), rs.getString("name"), LegalForm.valueOf(rs.getString("legal_form")),
            rs.getString("siren"), rs.getString("address"), rs.getString("fiscal_year_end"), shareNominal,
            rs.getInt("max_proxies"), parseModes(rs.getString("meeting_modes")),
            EmptyCollegeRule.valueOf(rs.getString("empty_college_rule")), SciVotes.valueOf(rs.getString("sci_votes")),
            rs.getObject("last_cooperative_revision", LocalDate.class));
    }

    private static Body body(ResultSet rs, int n) throws SQLException {
        return new Body(rs.getLong(1), rs.getLong(2), BodyKind.valueOf(rs.getString(3)), rs.getString(4));
    }

    private static Set<MeetingMode> parseModes(String modes) {
        Set<MeetingMode> parsed = EnumSet.noneOf(MeetingMode.class);
        for (String mode : modes.split(",")) {
            if (!mode.isBlank()) {
                parsed.add(MeetingMode.valueOf(mode.trim()));
            }
        }
        return parsed;
    }

    private static String modes(Set<MeetingMode> modes) {
        return modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
