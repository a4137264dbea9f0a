package coop.toitcommun.membership;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.toitcommun.membership.organisation.Organisation;
import coop.toitcommun.membership.organisation.OrganisationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Member organisations as the other modules see them, and who belongs to which. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final OrganisationCards cards;
    private final StatusChanges statuses;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final HouseRights rights;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, OrganisationCards cards, StatusChanges statuses, AuditLog audit,
                  JdbcClient jdbc, HouseRights rights, Clock clock) {
        this.organisations = organisations;
        this.rights = rights;
        this.cards = cards;
        this.statuses = statuses;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<OrganisationRef> find(long organisationId) {
        return organisations.findById(organisationId).map(Organisations::refOf);
    }

    /** Several at once, for pages that list many: one query whatever the number, reading only what a ref holds. */
    public Map<Long, OrganisationRef> findAll(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM membership.organisation o WHERE o.id IN (:ids)")
            .param("ids", organisationIds).query(Organisations::ref).list().stream()
            .collect(Collectors.toMap(OrganisationRef::id, Function.identity()));
    }

    /**
     * Several at once and the person's own along with them, in one statement, for a page that names others'
     * organisations and marks the person's: a read-only transaction remembers the person's for {@link #ofPerson}.
     */
    public Map<Long, OrganisationRef> findAllAlongWithThoseOf(long personId, Collection<Long> organisationIds) {
        List<OrganisationRef> theirs = new ArrayList<>();
        Map<Long, OrganisationRef> found = new HashMap<>();
        // two index-driven halves: an OR across the outer join would read every organisation of the house
        jdbc.sql("SELECT " + REF_COLUMNS + """
                , true AS theirs
                  FROM membership.organisation o JOIN membership.organisation_person op ON op.organisation_id = o.id
                 WHERE op.person_id = :person
                UNION ALL
                """ + "SELECT " + REF_COLUMNS + """
                , false
                  FROM membership.organisation o
                 WHERE o.id = ANY (CAST(:ids AS bigint[]))
                   AND NOT EXISTS (SELECT FROM membership.organisation_person op
                                    WHERE op.organisation_id = o.id AND op.person_id = :person)""")
            .param("person", personId)
            .param("ids", organisationIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
            .query(rs -> {
                OrganisationRef organisation = ref(rs, 0);
                found.put(organisation.id(), organisation);
                if (rs.getBoolean("theirs")) {
                    theirs.add(organisation);
                }
            });
        theirs.sort(BY_NAME);
        ReadOnlyTransactionMemo.remember(ofPersonMemo(personId), List.copyOf(theirs));
        return found;
    }

    public Optional<OrganisationRef> findByName(String name) {
        return organisations.findByNameIgnoreCase(name).map(Organisations::refOf);
    }

    /**
     * The organisations a person is linked to, whatever their role there, by name. Read once per read-only transaction:
     * a page that several features fill (the dashboard) asks for them once.
     */
    public List<OrganisationRef> ofPerson(long personId) {
        return ReadOnlyTransactionMemo.get(ofPersonMemo(personId), () -> jdbc.sql("SELECT " + REF_COLUMNS + """
                 FROM membership.organisation o JOIN membership.organisation_person op ON op.organisation_id = o.id
                WHERE op.person_id = :person""").param("person", personId).query(Organisations::ref).list().stream()
            .sorted(BY_NAME).toList());
    }

    /** By name as a French reader sorts them (accents and case aside). */
    static final Comparator<OrganisationRef> BY_NAME = Comparator.comparing(OrganisationRef::name,
        Collator.getInstance(Locale.FRENCH));

    /** What a read-only transaction remembers a person's organisations under. */
    static String ofPersonMemo(long personId) {
        return "organisations of " + personId;
    }

    private static final String REF_COLUMNS = "o.id, o.name, o.status, o.circle";

    private static OrganisationRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OrganisationRef(rs.getLong(1), rs.getString(2), OrganisationStatus.valueOf(rs.getString(3)),
            Circle.valueOf(rs.getString(4)));
    }

    /** Whether the person is linked to the organisation: the test for acting on its behalf. */
    public boolean isLinked(long personId, long organisationId) {
        return organisations.isLinked(personId, organisationId);
    }

    /** Organisations that use the house (members, including those whose re-signature is due), by name. */
    public List<OrganisationRef> members() {
        return organisations.findAll().stream().filter(o -> o.getStatus().usesTheHouse())
            .map(Organisations::refOf).sorted(Comparator.comparing(OrganisationRef::name)).toList();
    }

    /** Registers an organisation directly: for demo data and tests; people apply through the charter workflow. */
    @Transactional
    public OrganisationRef register(String name, OrganisationStatus status, Circle circle) {
        Organisation organisation = organisations.save(new Organisation(name.trim(), status, circle, clock.instant()));
        statuses.recordHistory(organisation.getId(), status, organisation.getCreatedAt());
        return refOf(organisation);
    }

    /** Registers an organisation with its card directly: for demo data and tests. */
    @Transactional
    public OrganisationRef register(OrganisationDetails details, OrganisationStatus status, Circle circle) {
        long id = cards.insert(details, status, circle, clock.instant());
        return new OrganisationRef(id, details.name().trim(), status, circle);
    }

    /** The full card, for people linked to the organisation and for co-founders; otherwise not found. */
    public OrganisationCard card(long viewerId, long organisationId) {
        if (!isLinked(viewerId, organisationId) && !rights.isCofounder(viewerId)) {
            throw new OrganisationNotFoundException();
        }
        List<OrganisationCard.StatusChange> history = jdbc.sql("""
                SELECT status, changed_at FROM membership.organisation_status_change
                 WHERE organisation_id = :id ORDER BY changed_at DESC, id DESC""")
            .param("id", organisationId)
            .query((rs, n) -> new OrganisationCard.StatusChange(OrganisationStatus.valueOf(rs.getString(1)),
                rs.getTimestamp(2).toInstant()))
            .list();
        return jdbc.sql("""
                SELECT o.*, e.name AS epci_name FROM membership.organisation o
                  LEFT JOIN membership.epci e ON e.id = o.epci_id WHERE o.id = :id""")
            .param("id", organisationId)
            .query((rs, n) -> {
                java.sql.Date esus = rs.getDate("esus_approved_on");
                Long epci = rs.getObject("epci_id", Long.class);
                return new OrganisationCard(rs.getLong("id"), rs.getString("name"),
                    LegalForm.valueOf(rs.getString("legal_form")), EssStatus.valueOf(rs.getString("ess_status")),
                    esus == null ? null : esus.toLocalDate(), rs.getString("siret"), rs.getString("address"),
                    rs.getString("postcode"), rs.getString("commune"), epci,
                    rs.getString("epci_name"), rs.getString("website"), rs.getString("description"),
                    rs.getBoolean("in_directory"), rs.getBoolean("in_network"), Circle.valueOf(rs.getString("circle")),
                    OrganisationStatus.valueOf(rs.getString("status")), rs.getLong("version"), history);
            })
            .optional().orElseThrow(OrganisationNotFoundException::new);
    }

    /**
     * A person linked to the organisation updates the card they saw at {@code version}; if someone changed it
     * meanwhile, {@link org.springframework.dao.OptimisticLockingFailureException}.
     */
    @Transactional
    public void updateCard(long personId, long organisationId, long version, OrganisationDetails details) {
        requireLinked(personId, organisationId);
        cards.update(organisationId, version, details);
        audit.record(personId, "CARD_UPDATED", organisationId, null);
    }

    /** The organisation's people, for those linked to it. */
    public List<Contact> contacts(long viewerId, long organisationId) {
        if (!isLinked(viewerId, organisationId) && !rights.isCofounder(viewerId)) {
            throw new OrganisationNotFoundException();
        }
        return jdbc.sql("""
                SELECT p.id, p.display_name, p.email, p.phone, op.role, p.kinds, op.shared_with_members
                  FROM membership.organisation_person op JOIN membership.person p ON p.id = op.person_id
                 WHERE op.organisation_id = :id ORDER BY p.display_name""")
            .param("id", organisationId)
            .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                OrganisationRole.valueOf(rs.getString(5)), Contact.kindsOf(rs.getString(6)), rs.getBoolean(7)))
            .list();
    }

    /**
     * A person linked to the organisation adds a contact (a person without an account) or links a person the
     * house knows by this email address; the kinds given are added to theirs.
     */
    @Transactional
    public void addContact(long personId, long organisationId, ContactDetails contact) {
        requireLinked(personId, organisationId);
        String normalised = Accounts.normaliseEmail(contact.email());
        long contactId = jdbc.sql("SELECT id FROM membership.person WHERE email = :email").param("email", normalised)
            .query(Long.class).optional()
            .orElseGet(() -> jdbc.sql("""
                    INSERT INTO membership.person (display_name, email, preferred_language, created_at, phone)
                    VALUES (:name, :email, 'fr', :at, :phone) RETURNING id""")
                .param("name", contact.displayName().trim()).param("email", normalised)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("phone", OrganisationDetails.blankToNull(contact.phone())).query(Long.class).single());
        if (contact.kinds() != null && !contact.kinds().isEmpty()) {
            java.util.Set<PersonKind> kinds = Contact.kindsOf(jdbc.sql("SELECT kinds FROM membership.person WHERE id = :id")
                .param("id", contactId).query(String.class).single());
            kinds.addAll(contact.kinds());
            jdbc.sql("UPDATE membership.person SET kinds = :kinds, version = version + 1 WHERE id = :id")
                .param("kinds", Contact.stored(kinds)).param("id", contactId).update();
        }
        jdbc.sql("""
                INSERT INTO membership.organisation_person (organisation_id, person_id, role, shared_with_members)
                VALUES (:organisation, :person, :role, :shared)
                ON CONFLICT (organisation_id, person_id) DO UPDATE SET role = excluded.role,
                   shared_with_members = excluded.shared_with_members""")
            .param("organisation", organisationId).param("person", contactId).param("role", contact.role().name())
            .param("shared", contact.sharedWithMembers()).update();
    }

    /** A person linked to the organisation removes a contact; nobody removes the last legal representative. */
    @Transactional
    public void removeContact(long personId, long organisationId, long contactId) {
        requireLinked(personId, organisationId);
        long otherRepresentatives = jdbc.sql("""
                SELECT count(*) FROM membership.organisation_person
                 WHERE organisation_id = :organisation AND role = 'LEGAL_REPRESENTATIVE' AND person_id <> :contact""")
            .param("organisation", organisationId).param("contact", contactId).query(Long.class).single();
        if (otherRepresentatives == 0) {
            throw new MembershipRuleException("lastRepresentative");
        }
        jdbc.sql("DELETE FROM membership.organisation_person WHERE organisation_id = :organisation AND person_id = :contact")
            .param("organisation", organisationId).param("contact", contactId).update();
    }

    /** Whether a person has a role linking them to the organisation's legal representation. */
    public boolean represents(long personId, long organisationId) {
        return jdbc.sql("""
                SELECT exists (SELECT 1 FROM membership.organisation_person WHERE person_id = :person
                                  AND organisation_id = :organisation AND role = 'LEGAL_REPRESENTATIVE')""")
            .param("person", personId).param("organisation", organisationId).query(Boolean.class).single();
    }

    /** The intercommunalities people may choose, by name. */
    public List<Epci> epcis() {
        return jdbc.sql("SELECT id, name FROM membership.epci ORDER BY name")
            .query((rs, n) -> new Epci(rs.getLong(1), rs.getString(2))).list();
    }

    /** Co-founders keep the list of intercommunalities up to date. */
    @Transactional
    public Epci addEpci(long cofounderId, String name) {
        rights.requireCofounder(cofounderId);
        if (name == null || name.isBlank()) {
            throw new MembershipRuleException("nameMissing");
        }
        long id = jdbc.sql("INSERT INTO membership.epci (name) VALUES (:name) RETURNING id")
            .param("name", name.trim()).query(Long.class).single();
        return new Epci(id, name.trim());
    }

    private void requireLinked(long personId, long organisationId) {
        if (!isLinked(personId, organisationId)) {
            throw new OrganisationNotFoundException();
        }
    }

    @Transactional
    public void link(long organisationId, long personId, OrganisationRole role) {
        jdbc.sql("""
                INSERT INTO membership.organisation_person (organisation_id, person_id, role)
                VALUES (:organisation, :person, :role)
                ON CONFLICT (organisation_id, person_id) DO UPDATE SET role = excluded.role""")
            .param("organisation", organisationId).param("person", personId).param("role", role.name())
            .update();
    }

    static OrganisationRef refOf(Organisation organisation) {
        return new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getStatus(),
            organisation.getCircle());
    }
}
