package io.vitrine.brand.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Time zones offered when scheduling: the brand's, this computer's, UTC and the big markets. */
public final class ZoneChoices {
    private static final List<String> COMMON = List.of("UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Madrid",
            "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo",
            "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney");

    private ZoneChoices() {
    }

    public static List<ZoneId> around(ZoneId... first) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (ZoneId zone : first) {
            if (zone != null) {
                zones.add(zone);
            }
        }
        zones.add(ZoneId.systemDefault());
        COMMON.forEach(id -> zones.add(ZoneId.of(id)));
        return List.copyOf(zones);
    }

    /** "Europe/Paris (UTC+01:00)". */
    public static String label(ZoneId zone) {
        if (zone == null) {
            return "";
        }
        String offset = zone.getRules().getOffset(Instant.now()).getId().replace("Z", "+00:00");
        String name = zone.getId().equals("UTC") ? "UTC" : zone.getId();
        return name + " (UTC" + offset + ")" + (zone.getId().equals("UTC") ? "" : "");
    }

    public static String shortName(ZoneId zone, Instant at) {
        return zone.getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " " + zone.getRules().getOffset(at).getId();
    }
}
