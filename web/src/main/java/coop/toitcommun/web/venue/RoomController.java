package coop.toitcommun.web.venue;

import java.util.List;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.FeedKind;
import coop.toitcommun.venue.Feeds;
import coop.toitcommun.venue.OpeningPeriod;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.Schedules;
import coop.toitcommun.web.PublicAddress;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rooms: everybody signed in sees them; employees and admins create, change and archive them. */
@Controller
class RoomController {

    private final Rooms rooms;
    private final Schedules schedules;
    private final Feeds feeds;
    private final PublicAddress web;

    RoomController(Rooms rooms, Schedules schedules, Feeds feeds, PublicAddress web) {
        this.rooms = rooms;
        this.schedules = schedules;
        this.feeds = feeds;
        this.web = web;
    }

    @GetMapping("/rooms")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("rooms", rooms.visibleTo(Actors.of(person)));
        model.addAttribute("staff", Actors.isStaff(person));
        return "venue/rooms";
    }

    @GetMapping("/rooms/{id}")
    String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        RoomView room = rooms.get(id);
        List<OpeningPeriod> own = schedules.hoursOf(id);
        model.addAttribute("room", room);
        model.addAttribute("hours", own.isEmpty() ? schedules.hoursOf(null) : own);
        model.addAttribute("ownHours", !own.isEmpty());
        model.addAttribute("staff", Actors.isStaff(person));
        model.addAttribute("feed", web.of("/feeds/" + feeds.tokenFor(Actors.of(person), FeedKind.ROOM, id) + ".ics"));
        return "venue/room";
    }

    @GetMapping("/rooms/new")
    String newRoom(@AuthenticationPrincipal SignedInPerson person, Model model) {
        rooms.checkMayCreate(Actors.of(person));
        model.addAttribute("roomForm", RoomForm.empty());
        model.addAttribute("days", RoomForm.texts(List.of()));
        return "venue/room-form";
    }

    @PostMapping("/rooms")
    String create(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("roomForm") RoomForm form,
                  BindingResult result,
                  @RequestParam(name = "day", required = false) List<@Text(max = 20, column = Text.NOT_STORED) String> days, Model model,
                  RedirectAttributes redirect) {
        return save(person, null, form, result, days, model, redirect);
    }

    @GetMapping("/rooms/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        RoomView room = rooms.forEditing(Actors.of(person), id);
        model.addAttribute("room", room);
        model.addAttribute("roomForm", RoomForm.of(room));
        model.addAttribute("days", RoomForm.texts(schedules.hoursOf(id)));
        return "venue/room-form";
    }

    @PostMapping("/rooms/{id}")
    String update(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("roomForm") RoomForm form, BindingResult result,
                  @RequestParam(name = "day", required = false) List<@Text(max = 20, column = Text.NOT_STORED) String> days, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("room", rooms.get(id));
        return save(person, id, form, result, days, model, redirect);
    }

    @PostMapping("/rooms/{id}/archive")
    String archive(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @RequestParam boolean archived,
                   RedirectAttributes redirect) {
        rooms.archive(Actors.of(person), id, archived);
        redirect.addFlashAttribute("flashSuccess", archived ? "venue.flash.archived" : "venue.flash.restored");
        return "redirect:/rooms/" + id;
    }

    private String save(SignedInPerson person, Long id, RoomForm form, BindingResult result, List<String> days, Model model,
                        RedirectAttributes redirect) {
        Actor actor = Actors.of(person);
        List<OpeningPeriod> periods = RoomForm.periods(days == null ? List.of() : days);
        model.addAttribute("days", days == null ? RoomForm.texts(List.of()) : days);
        if (periods == null) {
            model.addAttribute("hoursError", true);
        }
        if (result.hasErrors() || periods == null) {
            return "venue/room-form";
        }
        try {
            RoomView room = id == null ? rooms.create(actor, form.toCommand())
                : rooms.update(actor, id, form.version() == null ? -1 : form.version(), form.toCommand());
            schedules.setHours(actor, room.id(), periods);
            redirect.addFlashAttribute("flashSuccess", "venue.flash.roomSaved");
            return "redirect:/rooms/" + room.id();
        } catch (DataIntegrityViolationException e) {
            result.rejectValue("name", "venue.room.nameUsed");
        } catch (BookingRefusedException e) {
            model.addAttribute("hoursError", true);
        }
        return "venue/room-form";
    }
}
