package coop.toitcommun.venue;

import java.math.BigDecimal;
import java.util.List;

import coop.toitcommun.membership.House;

/** What a partner house offers the request's house's members: hours a month, those used this month, its rooms. */
public record PartnerOffer(House house, int hoursPerMonth, BigDecimal usedHours, List<RoomView> rooms) {
}
