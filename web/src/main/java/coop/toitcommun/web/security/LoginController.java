package coop.toitcommun.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import coop.toitcommun.web.i18n.Waits;
import coop.toitcommun.web.input.Text;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class LoginController {

    private static final Set<String> REASONS = Set.of("credentials", "throttled", "ceiling", "disabled");

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(Authentication authentication,
                 @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String error, Model model,
                 Locale locale) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/dashboard";
        }
        if (error != null) {
            String reason = REASONS.contains(error) ? error : "credentials";
            model.addAttribute("loginError", "login.error." + reason);
            if (reason.equals("throttled") && model.getAttribute(LoginFailureHandler.RETRY_AFTER) instanceof Long millis) {
                model.addAttribute("loginError", "login.error.throttledFor");
                model.addAttribute("loginWait", messages.getMessage(Waits.of(Duration.ofMillis(millis)), locale));
            }
        }
        return "security/login";
    }
}
