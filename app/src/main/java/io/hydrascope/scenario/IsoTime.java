package io.hydrascope.scenario;

/**
 * Formats epoch milliseconds as {@code 2026-02-03T14:05:09.123Z}. Hand-rolled because the generator writes tens of
 * millions of timestamps and {@code DateTimeFormatter} would be a large share of its time; the civil-date arithmetic
 * is Howard Hinnant's {@code civil_from_days}.
 */
final class IsoTime {
    private IsoTime() {
    }

    static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long msOfDay = Math.floorMod(epochMillis, 86_400_000L);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        char[] out = new char[24];
        put(out, 0, year, 4);
        out[4] = '-';
        put(out, 5, month, 2);
        out[7] = '-';
        put(out, 8, day, 2);
        out[10] = 'T';
        put(out, 11, msOfDay / 3_600_000, 2);
        out[13] = ':';
        put(out, 14, msOfDay / 60_000 % 60, 2);
        out[16] = ':';
        put(out, 17, msOfDay / 1000 % 60, 2);
        out[19] = '.';
        put(out, 20, msOfDay % 1000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    private static void put(char[] out, int at, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
