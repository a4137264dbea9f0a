package coop.toitcommun.web.venue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Frequency;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.VenueSettings;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The booking form, to book or to change a booking: the choices it offers and what this month's quotas leave. */
@Component
class BookingFormPage {

    private final Organisations organisations;
    private final Rooms rooms;
    private final VenueSettings settings;
    private final HouseClock time;

    BookingFormPage(Organisations organisations, Rooms rooms, VenueSettings settings, HouseClock time) {
        this.organisations = organisations;
        this.rooms = rooms;
        this.settings = settings;
        this.time = time;
    }

    /** The organisations the person may book for: their own; employees book for any member organisation. */
    List<OrganisationRef> choices(SignedInPerson person) {
        return Actors.isStaff(person) ? organisations.members() : organisations.ofPerson(person.getPersonId());
    }

    /** The form (its record already in the model) for a new booking, or for changing {@code existing}. */
    String show(SignedInPerson person, Model model, BookingView existing) {
        model.addAttribute("organisationChoices", choices(person));
        model.addAttribute("roomChoices", rooms.bookable());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("existing", existing);
        model.addAttribute("staff", Actors.isStaff(person));
        List<OrganisationRef> mine = organisations.ofPerson(person.getPersonId());
        model.addAttribute("resignatureDue", mine.stream().filter(o -> o.status() == OrganisationStatus.RESIGNATURE_DUE).toList());
        YearMonth month = YearMonth.from(time.localNow());
        Map<Long, VenueSettings.Quota> quotas = mine.stream().filter(o -> o.status().usesTheHouse())
            .collect(Collectors.toMap(OrganisationRef::id, o -> settings.quotaOf(o.id(), o.circle(), month)));
        model.addAttribute("quotas", quotas);
        model.addAttribute("quotaOrganisations", mine.stream().filter(o -> o.status().usesTheHouse()).toList());
        return "venue/booking-form";
    }
}
