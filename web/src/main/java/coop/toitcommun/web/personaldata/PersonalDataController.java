package coop.toitcommun.web.personaldata;

import coop.toitcommun.governance.PersonalGovernanceData;
import coop.toitcommun.membership.PersonalData;
import coop.toitcommun.membership.PersonalDataExport;
import coop.toitcommun.venue.PersonalVenueData;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A person downloads their data, or asks for its erasure (RGPD). */
@Controller
class PersonalDataController {

    private final PersonalData personalData;
    private final PersonalGovernanceData governanceData;
    private final PersonalVenueData venueData;

    PersonalDataController(PersonalData personalData, PersonalGovernanceData governanceData, PersonalVenueData venueData) {
        this.personalData = personalData;
        this.governanceData = governanceData;
        this.venueData = venueData;
    }

    @GetMapping("/account/data")
    String page() {
        return "personaldata/data";
    }

    @GetMapping(value = "/account/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonalDataDownload> download(@AuthenticationPrincipal SignedInPerson person) {
        PersonalDataExport membership = personalData.export(person.getPersonId());
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mes-donnees-toit-commun.json\"")
            .body(new PersonalDataDownload(membership, governanceData.export(person.getPersonId()),
                venueData.export(person.getPersonId(), membership.person().email())));
    }

    @PostMapping("/account/erase")
    String erase(@AuthenticationPrincipal SignedInPerson person, HttpServletRequest request) throws ServletException {
        personalData.erase(person.getPersonId());
        request.logout();
        return "redirect:/?erased";
    }
}
