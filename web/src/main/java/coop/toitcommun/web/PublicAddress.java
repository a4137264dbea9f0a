package coop.toitcommun.web;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.House;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses shown on pages (calendar feeds to paste into a calendar app): from the configured base address,
 * or, when none is set, from the request being answered (its host, port and scheme, as the reverse proxy forwards
 * them), so that a feed address works wherever the house is reached. Says once at start-up which it uses.
 */
@Component
public class PublicAddress {

    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

    private final WebSettings settings;

    PublicAddress(WebSettings settings) {
        this.settings = settings;
        if (!settings.hasBaseUrl()) {
            LOG.info("toitcommun.web.base-url (TOITCOMMUN_WEB_BASEURL) is not set: addresses on pages come from each request,"
                + " links in emails use {}", WebSettings.UNSET_BASE_URL);
        }
    }

    /** {@code path} as an absolute address, for the page being answered. */
    public String of(String path) {
        if (settings.hasBaseUrl()) {
            return settings.link(path);
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /**
     * {@code path} (with its query, encoded) at a house of the deployment: as it is for the request's house; for
     * another, at its host name with the scheme and port of the request being answered, or at the configured base
     * address for the house without a host name.
     */
    public String of(House house, String path) {
        if (CurrentHouse.id().orElse(-1) == house.id()) {
            return path;
        }
        if (house.host() == null) {
            return settings.link(path);
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().host(house.host()).toUriString() + path;
    }
}
