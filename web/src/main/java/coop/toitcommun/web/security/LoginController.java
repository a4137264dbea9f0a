package coop.toitcommun.web.security;

import java.util.Set;

import coop.toitcommun.web.input.Text;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class LoginController {

    private static final Set<String> REASONS = Set.of("credentials", "throttled", "disabled");

    @GetMapping("/login")
    String login(Authentication authentication,
                 @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String error, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/dashboard";
        }
        if (error != null) {
            model.addAttribute("loginError", "login.error." + (REASONS.contains(error) ? error : "credentials"));
        }
        return "security/login";
    }
}
