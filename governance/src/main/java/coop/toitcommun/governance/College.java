package coop.toitcommun.governance;

import java.math.BigDecimal;

/** A SCIC voting college and its weight in percent. */
public record College(long id, long entityId, String name, BigDecimal weightPct) {
}
