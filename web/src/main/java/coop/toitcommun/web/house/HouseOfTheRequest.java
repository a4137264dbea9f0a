package coop.toitcommun.web.house;

import java.io.IOException;
import java.util.Optional;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.House;
import coop.toitcommun.membership.Houses;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves each request, and its error page, for the house of its host name: everything the request reads or writes in
 * the database is that house's, from the session on, and every page names that house. A host name that no house
 * answers gets a plain 404.
 */
class HouseOfTheRequest implements Filter {

    /** The request's attribute that holds its house, for the pages to name it ({@code ${house}}). */
    static final String HOUSE = "house";

    private final Houses houses;

    HouseOfTheRequest(Houses houses) {
        this.houses = houses;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<House> house = houses.forHost(request.getServerName());
        if (house.isEmpty()) {
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setStatus(HttpServletResponse.SC_NOT_FOUND);
            answer.setContentType("text/plain;charset=UTF-8");
            answer.getWriter().write("Aucune maison n’est servie à cette adresse. / No house is served at this address.");
            return;
        }
        request.setAttribute(HOUSE, house.get());
        try (CurrentHouse.Scope scope = CurrentHouse.enter(house.get().id())) {
            chain.doFilter(request, response);
        }
    }
}
