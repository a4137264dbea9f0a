package coop.toitcommun.web.home;

import java.util.Locale;
import java.util.Optional;

import coop.toitcommun.membership.Charter;
import coop.toitcommun.membership.CharterVersion;
import coop.toitcommun.membership.Language;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.organisations.DirectoryPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: the house with its newest members, its charter and versions, privacy and contact. */
@Controller
class HomeController {

    private final WebSettings settings;
    private final Charter charter;
    private final DirectoryPage directory;
    private final PublicEvents events;

    HomeController(WebSettings settings, Charter charter, DirectoryPage directory, PublicEvents events) {
        this.events = events;
        this.settings = settings;
        this.charter = charter;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        directory.fillHome(model);
        model.addAttribute("comingEvents", events.coming(null, PageRequest.of(0, 3)).getContent());
        return "home/index";
    }

    @GetMapping("/charter")
    String charter(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                   Locale locale, Model model) {
        Optional<CharterVersion> current = charter.current();
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("versions", charter.published());
        model.addAttribute("language", Language.of(locale));
        if (from != null && to != null) {
            Optional<CharterVersion> before = charter.version(from);
            Optional<CharterVersion> after = charter.version(to);
            if (before.isPresent() && after.isPresent()) {
                model.addAttribute("from", before.get());
                model.addAttribute("to", after.get());
                model.addAttribute("changes", charter.changes(before.get(), after.get()));
            }
        }
        return "home/charter";
    }

    @GetMapping("/charter/versions/{number}")
    String version(@PathVariable int number, Locale locale, Model model) {
        CharterVersion version = charter.version(number)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("version", version);
        model.addAttribute("language", Language.of(locale));
        return "home/charter-version";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "home/privacy";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("contactEmail", settings.contactEmail());
        return "home/contact";
    }
}
