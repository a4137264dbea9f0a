package coop.toitcommun.web.mail;

import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins see the emails that failed every attempt (to whom, what, why) and send them again once the mail server
 * or the address is fixed, or discard them. Emails still being tried are counted, not listed: they need nobody.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

    private static final int PAGE_SIZE = 20;

    private final MailOutbox outbox;

    MailAdminController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInPerson admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("failed", outbox.failed(admin.getPersonId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("waiting", outbox.waiting());
        return "admin/mail";
    }

    @PostMapping("/{id}/send-again")
    String sendAgain(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long id, RedirectAttributes redirect) {
        return done(outbox.sendAgain(admin.getPersonId(), id), "admin.mail.sentAgain", redirect);
    }

    @PostMapping("/send-again")
    String sendAllAgain(@AuthenticationPrincipal SignedInPerson admin, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", "admin.mail.allSentAgain");
        redirect.addFlashAttribute("flashArgument", outbox.sendAllAgain(admin.getPersonId()));
        return "redirect:/admin/mail";
    }

    @PostMapping("/{id}/discard")
    String discard(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long id, RedirectAttributes redirect) {
        return done(outbox.discard(admin.getPersonId(), id), "admin.mail.discarded", redirect);
    }

    /** Back to the list, saying what was done, or that the email was no longer failed (another admin was quicker). */
    private static String done(boolean done, String success, RedirectAttributes redirect) {
        redirect.addFlashAttribute(done ? "flashSuccess" : "flashError", done ? success : "admin.mail.gone");
        return "redirect:/admin/mail";
    }
}
