package coop.toitcommun.web.venue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.RoomCommand;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;

/** Accounts, organisations and rooms with unique names for the venue's web tests. */
public final class VenueTestData {

    public static final String PASSWORD = "mot-de-passe-bien-solide";

    private final Accounts accounts;
    private final Organisations organisations;
    private final Rooms rooms;

    public VenueTestData(Accounts accounts, Organisations organisations, Rooms rooms) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.rooms = rooms;
    }

    public record Member(String email, AccountView account, OrganisationRef organisation) {
        public Actor actor() {
            return new Actor(account.personId(), false);
        }
    }

    public Member member(OrganisationStatus status, Circle circle) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "membre-" + suffix + "@example.org";
        AccountView account = accounts.createActivated(new Invitation(email, "Membre " + suffix, Language.FR, Set.of(Role.MEMBER)),
            PASSWORD);
        OrganisationRef organisation = organisations.register("Asso " + suffix, status, circle);
        organisations.link(organisation.id(), account.personId(), OrganisationRole.CONTACT);
        return new Member(email, account, organisation);
    }

    public RoomView room(String prefix, int capacity) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
        return rooms.create(new Actor(0, true), new RoomCommand(name, "", capacity, "0", true, "", true, false, false,
            30, 600, 365, 0, 1000, 800, 2000, 500));
    }

    /** The first Monday of the month after next: a week fully in the future, inside one month, open Monday to Friday. */
    public static LocalDate futureMonday() {
        return YearMonth.now(ZoneId.of("Europe/Paris")).plusMonths(2).atDay(1).with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
}
