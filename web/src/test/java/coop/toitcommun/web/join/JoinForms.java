package coop.toitcommun.web.join;

import java.util.HashMap;
import java.util.Map;

/** A valid application to join (an association of the hosted circle), for tests to send or to spoil one field of. */
public final class JoinForms {

    private JoinForms() {
    }

    public static Map<String, String> application(String name, String email) {
        Map<String, String> form = new HashMap<>();
        form.put("organisation.name", name);
        form.put("organisation.legalForm", "ASSOCIATION");
        form.put("organisation.essStatus", "ESS_BY_LEGAL_FORM");
        form.put("organisation.siret", "");
        form.put("organisation.commune", "Lens");
        form.put("organisation.description", "Une association du bassin minier.");
        form.put("circle", "HOSTED");
        form.put("representativeName", "Camille Martin");
        form.put("representativeEmail", email);
        form.put("typedName", "Camille Martin");
        form.put("commitment", "true");
        form.put("url", "");
        return form;
    }
}
