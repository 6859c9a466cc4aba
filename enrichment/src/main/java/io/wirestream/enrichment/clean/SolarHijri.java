package io.wirestream.enrichment.clean;

import java.time.LocalDate;

/**
 * The Solar Hijri (Iranian, Jalali) calendar, converted to ISO dates with the arithmetic of Kazimierz
 * Borkowski's algorithm: leap years follow 33-year cycles between tabulated break years, which
 * matches the official astronomical calendar for years 1 to 3177 AP. Stateless.
 */
final class SolarHijri {

    /** Years in which the 33-year leap cycle restarts (Borkowski). */
    private static final int[] BREAKS = {
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178
    };

    private SolarHijri() {}

    /**
     * @return the ISO date, or null when the date does not exist (month 1-12, day 1-31/30/29-30) or the
     *         year is outside 1..3177
     */
    static LocalDate toIso(int year, int month, int day) {
        if (year < 1 || year >= BREAKS[BREAKS.length - 1] || month < 1 || month > 12 || day < 1) {
            return null;
        }
        YearStart start = yearStart(year);
        int length = month <= 6 ? 31 : month <= 11 ? 30 : start.leap() ? 30 : 29;
        if (day > length) {
            return null;
        }
        int dayOfYear = (month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30) + day;
        return LocalDate.of(year + 621, 3, start.marchDay()).plusDays(dayOfYear - 1L);
    }

    static boolean isLeap(int year) {
        return yearStart(year).leap();
    }

    /** 1 Farvardin of {@code year} falls on March {@code marchDay} of year + 621. */
    private record YearStart(int marchDay, boolean leap) {}

    private static YearStart yearStart(int year) {
        int gregorian = year + 621;
        int leapsJalali = -14;
        int previousBreak = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int nextBreak = BREAKS[i];
            jump = nextBreak - previousBreak;
            if (year < nextBreak) {
                break;
            }
            leapsJalali += jump / 33 * 8 + Math.floorMod(jump, 33) / 4;
            previousBreak = nextBreak;
        }
        int n = year - previousBreak;
        leapsJalali += n / 33 * 8 + (Math.floorMod(n, 33) + 3) / 4;
        if (Math.floorMod(jump, 33) == 4 && jump - n == 4) {
            leapsJalali++;
        }
        int leapsGregorian = gregorian / 4 - (gregorian / 100 + 1) * 3 / 4 - 150;
        int marchDay = 20 + leapsJalali - leapsGregorian;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = Math.floorMod(Math.floorMod(n + 1, 33) - 1, 4);
        return new YearStart(marchDay, leap == 0);
    }
}
