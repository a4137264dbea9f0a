package coop.toitcommun.web.organisations;

import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Contact;
import coop.toitcommun.membership.Directory;
import coop.toitcommun.membership.DirectoryEntry;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The directory of member organisations, on the home page and on /organisations: three queries at most. */
@Component
public class DirectoryPage {

    private final Directory directory;

    DirectoryPage(Directory directory) {
        this.directory = directory;
    }

    public void fill(Model model, String circleParameter, String commune, SignedInPerson person) {
        Circle circle = parseCircle(circleParameter);
        String chosenCommune = commune == null || commune.isBlank() ? null : commune.trim();
        List<DirectoryEntry> entries = directory.entries(circle, chosenCommune);
        model.addAttribute("entries", entries);
        model.addAttribute("circles", Circle.values());
        model.addAttribute("communes", directory.communes());
        model.addAttribute("chosenCircle", circle);
        model.addAttribute("chosenCommune", chosenCommune);
        Map<Long, List<Contact>> contacts = person == null ? Map.of()
            : directory.sharedContacts(entries.stream().map(DirectoryEntry::id).toList());
        model.addAttribute("sharedContacts", contacts);
    }

    private static Circle parseCircle(String circle) {
        for (Circle candidate : Circle.values()) {
            if (candidate.name().equals(circle)) {
                return candidate;
            }
        }
        return null;
    }
}
