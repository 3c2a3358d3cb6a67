package dev.kiln.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's zone, like {@link Clock#systemDefaultZone()}, except that the
 * zone is looked up only when a command asks for it: that lookup loads the time-zone database and
 * a service loader (20–40 ms measured on a cold JVM), which {@code kiln --version}, the help and
 * a usage error never need.
 */
final class SystemClock extends Clock {
    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
