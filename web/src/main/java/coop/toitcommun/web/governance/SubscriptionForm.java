package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Shares subscribed by an associate; the amount paid up is in euros as typed. */
record SubscriptionForm(@NotNull Long associateId, @NotNull Integer shares, @Text(max = 20, column = Text.NOT_STORED) String paidUp,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate subscribedOn) {

    static SubscriptionForm empty(LocalDate today) {
        return new SubscriptionForm(null, null, "", today, today);
    }
}
