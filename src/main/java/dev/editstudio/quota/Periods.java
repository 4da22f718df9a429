package dev.editstudio.quota;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Quota days and months in the configured time zone: the day's count resets at local midnight, the month's on
 * the first at local midnight (daylight-saving days are 23 or 25 hours long, as they are for the users).
 */
public record Periods(ZoneId zone, Clock clock) {

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate thisMonth() {
        return today().withDayOfMonth(1);
    }

    /** When today's edits count starts again from zero. */
    public Instant dayResetsAt() {
        return today().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When this month's compute time starts again from zero. */
    public Instant monthResetsAt() {
        return thisMonth().plusMonths(1).atStartOfDay(zone).toInstant();
    }
}
