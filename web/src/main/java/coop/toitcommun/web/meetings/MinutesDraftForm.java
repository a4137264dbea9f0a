package coop.toitcommun.web.meetings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.web.input.Text;

/** The secretary's draft: the debates, each item's summary ({@code summary[12]}) and the items left unfinished. */
record MinutesDraftForm(@Text(max = 8000, column = "governance.minutes.debates") String debates,
                        Map<Long, @Text(max = 8000, column = "governance.agenda_item.summary") String> summary,
                        Set<Long> unfinished) {

    MinutesDraftForm {
        debates = debates == null ? "" : debates;
        summary = summary == null ? Map.of() : new HashMap<>(summary);
        unfinished = unfinished == null ? Set.of() : new HashSet<>(unfinished);
    }
}
