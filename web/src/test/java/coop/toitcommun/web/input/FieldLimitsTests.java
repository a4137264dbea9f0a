package coop.toitcommun.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The field fragments' maxlength comes from the form's own {@link Text} limits, nested records and lists included. */
class FieldLimitsTests {

    record Address(@Text(max = 300, column = Text.NOT_STORED) String street, Integer floor) {
    }

    record Form(@Text(max = 150, column = Text.NOT_STORED) String name, Address address,
                List<@Text(max = 10, column = Text.NOT_STORED) String> weights, List<String> free, Integer count) {
    }

    private final FieldLimits limits = new FieldLimits();
    private final Form form = new Form("", new Address("", 1), List.of("1"), List.of("x"), 3);

    @Test
    void aTextGetsTheLimitItsRecordDeclares() {
        assertThat(limits.max(form, "name")).isEqualTo(150);
        assertThat(limits.max(form, "address.street")).isEqualTo(300);
        assertThat(limits.max(form, "weights[0]")).isEqualTo(10);
    }

    @Test
    void whatIsNoLimitedTextGetsNone() {
        assertThat(limits.max(form, "count")).isNull();
        assertThat(limits.max(form, "address.floor")).isNull();
        assertThat(limits.max(form, "free[0]")).isNull();
        assertThat(limits.max(form, "unknown")).isNull();
        assertThat(limits.max(form, "name.length")).isNull();
        assertThat(limits.max("not a record", "name")).isNull();
        assertThat(limits.max(null, "name")).isNull();
    }
}
