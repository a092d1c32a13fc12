package io.hydrascope.ui.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests a timestamp pattern for the mapping step from a column's sample values, for the day-first or month-first
 * dates ISO-8601 and epoch detection do not read ("03/02/2026 15:00:15"). Only a suggestion: the analyst sees the
 * parsed rows and can change it. Day first unless a sample shows otherwise (a first number above 12 means day first,
 * a second number above 12 month first).
 */
final class TimestampGuess {
    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})([ T](\\d{1,2}):(\\d{2})(:(\\d{2}))?)?");

    private TimestampGuess() {
    }

    static Optional<String> pattern(List<String> samples) {
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        boolean monthFirst = false;
        String separator = null;
        String dateTimeSeparator = null;
        boolean hours = false;
        boolean seconds = false;
        for (String sample : samples) {
            Matcher m = SLASHED.matcher(sample.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            separator = m.group(2);
            monthFirst |= Integer.parseInt(m.group(3)) > 12;
            if (m.group(5) != null) {
                hours = true;
                dateTimeSeparator = m.group(5).substring(0, 1);
                seconds |= m.group(8) != null;
            }
        }
        String date = monthFirst ? "M" + separator + "d" : "d" + separator + "M";
        String time = !hours ? "" : (dateTimeSeparator.equals("T") ? "'T'" : " ") + "H:mm" + (seconds ? ":ss" : "");
        return Optional.of(date + separator + "yyyy" + time);
    }
}
