package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolarHijriTest {

    /** Nowruz and well-known days, as published by the Iranian calendar authority. */
    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource({
        "1404, 1, 1, 2025-03-21",
        "1403, 1, 1, 2024-03-20",
        "1403, 12, 30, 2025-03-20",
        "1404, 11, 14, 2026-02-03",
        "1404, 11, 22, 2026-02-11",
        "1405, 1, 1, 2026-03-21",
        "1400, 1, 1, 2021-03-21",
        "1399, 1, 1, 2020-03-20",
        "1357, 11, 22, 1979-02-11",
        "1354, 1, 1, 1975-03-21",
        "1404, 6, 31, 2025-09-22",
        "1404, 7, 1, 2025-09-23",
    })
    void shouldConvertToIsoWhenDateExists(int year, int month, int day, LocalDate expected) {
        assertThat(SolarHijri.toIso(year, month, day)).isEqualTo(expected);
    }

    @Test
    void shouldReturnNullWhenDayDoesNotExist() {
        assertThat(SolarHijri.toIso(1404, 12, 30)).as("1404 is not a leap year").isNull();
        assertThat(SolarHijri.toIso(1404, 7, 31)).isNull();
        assertThat(SolarHijri.toIso(1404, 13, 1)).isNull();
        assertThat(SolarHijri.toIso(1404, 1, 0)).isNull();
        assertThat(SolarHijri.toIso(0, 1, 1)).isNull();
    }

    @Test
    void shouldFollowDayByDayWhenCrossingAWholeCycle() {
        LocalDate expected = SolarHijri.toIso(1370, 1, 1);
        for (int year = 1370; year < 1410; year++) {
            for (int month = 1; month <= 12; month++) {
                int length = month <= 6 ? 31 : month <= 11 ? 30 : SolarHijri.isLeap(year) ? 30 : 29;
                for (int day = 1; day <= length; day++) {
                    assertThat(SolarHijri.toIso(year, month, day))
                            .as("%d/%d/%d", year, month, day)
                            .isEqualTo(expected);
                    expected = expected.plusDays(1);
                }
            }
        }
    }
}
