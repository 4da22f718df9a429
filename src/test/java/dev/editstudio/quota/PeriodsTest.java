package dev.editstudio.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Quota days and months follow the configured zone, not UTC and not the machine's. */
class PeriodsTest {

    static Periods at(String instant, String zone) {
        return new Periods(ZoneId.of(zone), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theDayTurnsAtLocalMidnight() {
        // 23:30 UTC on 31 Jan is already 1 Feb in Shanghai (UTC+8), still 31 Jan in New York
        Periods shanghai = at("2026-01-31T23:30:00Z", "Asia/Shanghai");
        assertEquals(LocalDate.of(2026, 2, 1), shanghai.today());
        assertEquals(LocalDate.of(2026, 2, 1), shanghai.thisMonth());
        assertEquals(Instant.parse("2026-02-01T16:00:00Z"), shanghai.dayResetsAt());
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), shanghai.monthResetsAt());

        Periods newYork = at("2026-01-31T23:30:00Z", "America/New_York");
        assertEquals(LocalDate.of(2026, 1, 31), newYork.today());
        assertEquals(LocalDate.of(2026, 1, 1), newYork.thisMonth());
        assertEquals(Instant.parse("2026-02-01T05:00:00Z"), newYork.dayResetsAt());
    }

    @Test
    void oneSecondBeforeAndAtMidnight() {
        assertEquals(LocalDate.of(2026, 3, 31), at("2026-03-31T21:59:59Z", "Europe/Berlin").today());
        assertEquals(LocalDate.of(2026, 4, 1), at("2026-03-31T22:00:00Z", "Europe/Berlin").today());
        assertEquals(LocalDate.of(2026, 4, 1), at("2026-03-31T22:00:00Z", "Europe/Berlin").thisMonth());
    }

    @Test
    void daylightSavingDaysAreAsLongAsTheyAreLocally() {
        // Berlin springs forward on 29 March 2026: that day has 23 hours
        Periods spring = at("2026-03-29T12:00:00Z", "Europe/Berlin");
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), spring.dayResetsAt());
        Periods before = at("2026-03-28T12:00:00Z", "Europe/Berlin");
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), before.dayResetsAt());
    }
}
