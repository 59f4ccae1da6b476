package io.escalationdesk.api;

import io.escalationdesk.system.StaffTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the desk's pages need to show what they read the way staff read it elsewhere. */
@RestController
@Tag(name = "Labels")
class DeskSettingsController {

    /** @param staffTimeZone the zone every time staff read is shown in, e.g. Europe/Berlin */
    record DeskSettings(String staffTimeZone) {}

    private final StaffTime staffTime;

    DeskSettingsController(StaffTime staffTime) {
        this.staffTime = staffTime;
    }

    @Operation(summary = "The desk's settings: the staff's time zone")
    @GetMapping(path = "/api/desk-settings", produces = MediaType.APPLICATION_JSON_VALUE)
    DeskSettings settings() {
        return new DeskSettings(staffTime.zone().getId());
    }
}
