package coop.toitcommun.web.home;

import coop.toitcommun.web.WebSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: the house, its charter, joining, privacy and contact. */
@Controller
class HomeController {

    private final WebSettings settings;

    HomeController(WebSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/")
    String home() {
        return "home/index";
    }

    @GetMapping("/charter")
    String charter() {
        return "home/charter";
    }

    @GetMapping("/join")
    String join() {
        return "home/join";
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
