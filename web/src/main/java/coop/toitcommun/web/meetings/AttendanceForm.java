package coop.toitcommun.web.meetings;

import java.util.HashMap;
import java.util.Map;

import coop.toitcommun.governance.Attendance;

/** The attendance sheet: each participant's attendance ({@code attendance[12]}) and proxy holder ({@code holder[12]}). */
record AttendanceForm(Map<Long, Attendance> attendance, Map<Long, Long> holder) {

    AttendanceForm {
        attendance = attendance == null ? Map.of() : new HashMap<>(attendance);
        holder = holder == null ? Map.of() : new HashMap<>(holder);
    }
}
