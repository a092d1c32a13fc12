package io.hydrascope.scenario.sim;

/**
 * How busy a kind of user is at each local hour (24 weights with mean 1) and at weekends. The rhythm is what makes
 * people look like people: a campaign that runs flat around the clock does not have one.
 */
enum DailyRhythm {
    /** Private use: quiet at night, busy in the evening, a little more at weekends. */
    PERSONAL(1.05, 0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1.0, 1.1, 1.15, 1.2, 1.15, 1.1, 1.1, 1.15, 1.2,
            1.3, 1.45, 1.55, 1.5, 1.2, 0.7),
    /** Office work: weekdays nine to six with a lunch dip, almost nothing at weekends. */
    OFFICE(0.06, 0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.3, 1.2, 2.0, 2.2, 2.0, 1.1, 1.8, 2.1, 2.0, 1.7, 1.0,
            0.4, 0.2, 0.15, 0.1, 0.06, 0.04),
    /** When researchers start long jobs: end of the working day and evening. */
    EVENING_JOBS(0.5, 0.3, 0.1, 0.05, 0.02, 0.02, 0.02, 0.05, 0.2, 0.5, 0.8, 0.9, 0.8, 0.7, 1.0, 1.1, 1.3, 1.8, 2.4,
            2.6, 2.3, 2.0, 1.6, 1.2, 0.8);

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private final double weekend;
    private final double[] hours;

    DailyRhythm(double weekend, double... hours) {
        this.weekend = weekend;
        double sum = 0;
        for (double h : hours) {
            sum += h;
        }
        this.hours = new double[24];
        for (int i = 0; i < 24; i++) {
            this.hours[i] = hours[i] * 24 / sum;
        }
    }

    /** Relative activity at UTC time {@code t} for someone at {@code utcOffsetMinutes}. */
    double at(long t, int utcOffsetMinutes) {
        long local = t + utcOffsetMinutes * 60_000L;
        int hour = (int) Math.floorMod(local / HOUR, 24L);
        long day = Math.floorDiv(local, DAY);
        int dayOfWeek = (int) Math.floorMod(day + 3, 7L);
        return hours[hour] * (dayOfWeek >= 5 ? weekend : 1.0);
    }

    /** Local hour of day at {@code t}. */
    static int localHour(long t, int utcOffsetMinutes) {
        return (int) Math.floorMod((t + utcOffsetMinutes * 60_000L) / HOUR, 24L);
    }
}
