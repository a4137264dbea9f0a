package coop.toitcommun.web.i18n;

import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A wait as people say it, rounded up to the unit they would use: "45 secondes", "3 minutes", "2 heures". */
public final class Waits {

    private Waits() {
    }

    public static MessageSourceResolvable of(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return message("wait.seconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return message("wait.minutes", minutes);
        }
        return message("wait.hours", (minutes + 59) / 60);
    }

    private static MessageSourceResolvable message(String code, long amount) {
        return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {amount});
    }
}
