package coop.toitcommun.web.network;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.toitcommun.membership.House;
import coop.toitcommun.membership.Network;
import coop.toitcommun.membership.NetworkHouse;
import coop.toitcommun.membership.NetworkMember;
import coop.toitcommun.membership.NetworkPublication;
import coop.toitcommun.venue.NetworkEvent;
import coop.toitcommun.venue.NetworkProgramme;
import coop.toitcommun.web.PublicAddress;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.security.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network of tiers-lieux served by this deployment, for anyone: the houses that publish to it, their member
 * organisations that chose to appear there, and their coming public events, each a link to its own house. Admins of
 * the house choose there what it publishes ({@code /admin/**} needs the admin role; membership checks it again).
 */
@Controller
class NetworkController {

    static final int EVENTS = 20;

    private final Network network;
    private final NetworkProgramme programme;
    private final PublicAddress addresses;
    private final Viewer viewer;

    NetworkController(Network network, NetworkProgramme programme, PublicAddress addresses, Viewer viewer) {
        this.network = network;
        this.programme = programme;
        this.addresses = addresses;
        this.viewer = viewer;
    }

    /** A house with the addresses of its pages. */
    record HouseEntry(NetworkHouse entry, String home, String directory, String programme) {
    }

    /** An organisation with its house, and where its house's directory shows it. */
    record MemberEntry(NetworkMember member, House house, String link) {
    }

    /** An event with its house, and its page there. */
    record EventEntry(NetworkEvent event, House house, String link) {
    }

    @GetMapping("/network")
    String network(@RequestParam(required = false) Long house, @RequestParam(defaultValue = "0") int page, Model model) {
        List<NetworkHouse> houses = network.houses();
        Map<Long, House> byId = houses.stream().map(NetworkHouse::house).collect(Collectors.toMap(House::id, Function.identity()));
        Long shown = house != null && byId.containsKey(house) ? house : null;
        Page<NetworkMember> members = network.members(shown, PageRequest.of(Math.max(0, page), Network.PAGE_SIZE));
        List<Long> programmes = houses.stream().filter(h -> h.publication().programme()).map(h -> h.house().id()).toList();
        model.addAttribute("houses", houses.stream().map(h -> new HouseEntry(h, addresses.of(h.house(), "/"),
            addresses.of(h.house(), "/organisations"), addresses.of(h.house(), "/events"))).toList());
        model.addAttribute("members", members.map(m -> new MemberEntry(m, byId.get(m.houseId()),
            addresses.of(byId.get(m.houseId()), "/organisations?q=" + URLEncoder.encode(m.name(), StandardCharsets.UTF_8)))));
        model.addAttribute("events", programme.coming(programmes, EVENTS).stream().map(e -> new EventEntry(e, byId.get(e.houseId()),
            addresses.of(byId.get(e.houseId()), "/events/" + e.eventId()))).toList());
        model.addAttribute("shownHouse", shown);
        model.addAttribute("pagePath", shown == null ? "/network" : "/network?house=" + shown);
        if (viewer.hasRole("ADMIN")) {
            model.addAttribute("publication", network.publication());
        }
        return "network/index";
    }

    /** What the house publishes to the network, chosen by one of its admins. */
    @PostMapping("/admin/network")
    String publish(@AuthenticationPrincipal SignedInPerson admin, @RequestParam(defaultValue = "false") boolean directory,
                   @RequestParam(defaultValue = "false") boolean programme, RedirectAttributes redirect) {
        network.publish(admin.getPersonId(), new NetworkPublication(directory, programme));
        redirect.addFlashAttribute("flashSuccess", "network.publication.saved");
        return "redirect:/network";
    }
}
