package coop.toitcommun.web.governance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.governance.Associate;
import coop.toitcommun.governance.AssociateCategory;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.governance.EmptyCollegeRule;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.HeldMandate;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.LegalForm;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.MandateRole;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.MeetingKind;
import coop.toitcommun.governance.MeetingMode;
import coop.toitcommun.governance.QuorumBasis;
import coop.toitcommun.governance.Register;
import coop.toitcommun.governance.RegisterLine;
import coop.toitcommun.governance.Registers;
import coop.toitcommun.governance.RelationKind;
import coop.toitcommun.governance.SciVotes;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What each of an entity's three pages shows (its details and statutes, its register and movements, its bodies and
 * mandates), with the forms of those who run it; a refused form is already in the model and keeps what was typed.
 */
@Component
class EntityPages {

    private final Entities entities;
    private final Registers registers;
    private final Mandates mandates;
    private final Deadlines deadlines;
    private final Organisations organisations;
    private final HouseClock calendar;
    private final GovernanceAccess access;

    EntityPages(Entities entities, Registers registers, Mandates mandates, Deadlines deadlines, Organisations organisations,
                HouseClock calendar, GovernanceAccess access) {
        this.entities = entities;
        this.registers = registers;
        this.mandates = mandates;
        this.deadlines = deadlines;
        this.organisations = organisations;
        this.calendar = calendar;
        this.access = access;
    }

    static String detailsPath(long id) {
        return "/entities/" + id;
    }

    static String registerPath(long id) {
        return "/entities/" + id + "/register";
    }

    static String bodiesPath(long id) {
        return "/entities/" + id + "/bodies";
    }

    /** The entity's details, relations, deadlines and statutes settings. */
    String details(SignedInPerson person, long id, Model model) {
        LegalEntity entity = common(person, id, model);
        LocalDate today = calendar.today();
        List<LegalEntity> all = entities.all();
        model.addAttribute("rules", entities.meetingRules(id));
        model.addAttribute("references", references());
        model.addAttribute("deadlines", deadlines.of(id, today));
        model.addAttribute("names", all.stream().collect(Collectors.toMap(LegalEntity::id, LegalEntity::name)));
        model.addAttribute("relations", entities.relations().stream().filter(r -> r.fromId() == id || r.toId() == id).toList());
        if (Boolean.TRUE.equals(model.getAttribute("manages"))) {
            model.addAttribute("meetingKinds", MeetingKind.values());
            model.addAttribute("quorumBases", QuorumBasis.values());
            model.addAttribute("majorities", Majority.values());
            model.addAttribute("meetingModes", MeetingMode.values());
            model.addAttribute("emptyCollegeRules", EmptyCollegeRule.values());
            model.addAttribute("sciVotesValues", SciVotes.values());
            model.addAttribute("relationKinds", RelationKind.values());
            model.addAttribute("otherEntities", all.stream().filter(e -> e.id() != id).toList());
            addIfMissing(model, "detailsForm", DetailsForm.of(entity));
            addIfMissing(model, "settingsForm", SettingsForm.of(entity));
            addIfMissing(model, "collegesForm", CollegesForm.of(entities.colleges(id)));
            model.addAttribute("collegeRows", collegeRows((CollegesForm) model.getAttribute("collegesForm"), id));
            addIfMissing(model, "relationForm", RelationForm.empty());
            addIfMissing(model, "meetingRuleForm", MeetingRuleForm.of(entities.meetingRules(id).get(MeetingKind.ORDINARY_GA)));
        }
        return "governance/entity";
    }

    /**
     * As many rows as the form holds; a form whose values could not be read was never built, so its rows are drawn
     * from what was sent (kept by the form's errors) over as many rows as the page offers.
     */
    private int collegeRows(CollegesForm form, long id) {
        return form != null ? form.names().size() : Math.max(CollegesForm.ROWS, entities.colleges(id).size());
    }

    /** The register on a date (today unless {@code at}), an association's members of a year, and the movements. */
    String register(SignedInPerson person, long id, LocalDate at, Integer year, Model model) {
        LegalEntity entity = common(person, id, model);
        LocalDate today = calendar.today();
        LocalDate date = at == null ? today : at;
        Register register = registers.register(id, date);
        model.addAttribute("date", date);
        model.addAttribute("register", register);
        model.addAttribute("colleges", entities.colleges(id));
        model.addAttribute("references", references());
        if (entity.legalForm() == LegalForm.ASSOCIATION) {
            int shownYear = year == null ? today.getYear() : year;
            model.addAttribute("year", shownYear);
            model.addAttribute("membersOfYear", registers.membersOf(id, shownYear));
        }
        if (Boolean.TRUE.equals(model.getAttribute("manages"))) {
            model.addAttribute("present", register.lines().stream().map(RegisterLine::associate)
                .sorted(Comparator.comparing(Associate::holderName, String.CASE_INSENSITIVE_ORDER)).toList());
            model.addAttribute("memberOrganisations", organisations.members());
            model.addAttribute("categories", AssociateCategory.values());
            model.addAttribute("holderKinds", List.of(AdmitForm.HolderKind.ORGANISATION, AdmitForm.HolderKind.PERSON));
            addIfMissing(model, "admitForm", AdmitForm.empty(today));
            addIfMissing(model, "subscriptionForm", SubscriptionForm.empty(today));
            addIfMissing(model, "transferForm", TransferForm.empty(today));
            addIfMissing(model, "redemptionForm", RedemptionForm.empty(today));
            addIfMissing(model, "exitForm", ExitForm.empty(today));
            addIfMissing(model, "duesForm", DuesForm.empty(today));
        }
        return "governance/register";
    }

    /** The entity's bodies with who sits on them today, and the history of mandates. */
    String bodies(SignedInPerson person, long id, Model model) {
        common(person, id, model);
        LocalDate today = calendar.today();
        List<HeldMandate> current = mandates.current(today).stream().filter(m -> m.body().entityId() == id).toList();
        model.addAttribute("bodies", entities.bodies(id));
        model.addAttribute("holders", current.stream().collect(Collectors.groupingBy(m -> m.body().id())));
        model.addAttribute("myBodies", mandates.bodiesHeldBy(person.getPersonId(), today).stream().map(Body::id).toList());
        if (Boolean.TRUE.equals(model.getAttribute("manages"))) {
            model.addAttribute("memberOrganisations", organisations.members());
            model.addAttribute("bodyKinds", BodyKind.values());
            model.addAttribute("roles", MandateRole.values());
            model.addAttribute("history", mandates.history(id));
            addIfMissing(model, "mandateForm", MandateForm.empty(today));
            addIfMissing(model, "bodyForm", BodyForm.empty());
        }
        return "governance/bodies";
    }

    /** What the three pages share: the entity, today, and whether the person runs it (and so sees its forms). */
    private LegalEntity common(SignedInPerson person, long id, Model model) {
        LegalEntity entity = entities.find(id).orElseThrow(() -> new GovernanceNotFoundException("entity " + id));
        model.addAttribute("entity", entity);
        model.addAttribute("today", calendar.today());
        model.addAttribute("manages", access.canManage(person, id));
        return entity;
    }

    private Map<String, String> references() {
        return entities.references().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private static void addIfMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
