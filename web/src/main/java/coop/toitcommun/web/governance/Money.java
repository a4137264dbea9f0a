package coop.toitcommun.web.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts are cents (long) everywhere; this turns them into euros for people, and back. Templates call {@code @money}. */
@Component("money")
public class Money {

    public String euros(long cents) {
        return euros(cents, LocaleContextHolder.getLocale());
    }

    public static String euros(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(new Locale(locale.getLanguage(), "FR"));
        return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Percentage of {@code part} in {@code whole}, one decimal. */
    public String percent(long part, long whole) {
        if (whole == 0) {
            return "0 %";
        }
        BigDecimal pct = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(pct) + " %";
    }

    /** Cents as a plain amount for a form field: 10000 → "100", 1250 → "12.5". */
    static String plain(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }

    /** "12,50", "12.5" or "12" euros as cents; null when it is not an amount. */
    static Long parseCents(String euros) {
        if (euros == null || euros.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(euros.trim().replace(" ", "").replace(',', '.'));
            if (amount.signum() < 0 || amount.scale() > 2) {
                return null;
            }
            return amount.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
