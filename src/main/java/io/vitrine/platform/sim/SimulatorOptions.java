package io.vitrine.platform.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start the simulator.
 *
 * @param port      TCP port on 127.0.0.1; 0 picks a free one
 * @param seed      makes brands, the audience and the faults repeatable
 * @param speed     simulated seconds per real second (3600: an hour passes every second)
 * @param faults    how unreliable the API is
 * @param brands    how many brands (each with its own token)
 * @param clock     the real clock simulated time runs from (tests pass a clock they move by hand)
 * @param stateFile where publications, items and idempotency keys are kept between runs; null = memory only
 * @param resumeClock with a state file: go on from the simulated time it was left at (true), or restart
 *                    simulated time at the real time (false: a fast demo does not drift days ahead over
 *                    many sessions; events of publications "in the future" simply wait for the clock)
 * @param privateRepliesPerHour the platform's limit on a brand's private replies per (simulated) hour
 */
public record SimulatorOptions(int port, long seed, double speed, Faults faults, int brands, Clock clock, Path stateFile,
                               boolean resumeClock, int privateRepliesPerHour) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_PRIVATE_REPLIES_PER_HOUR = 750;

    public SimulatorOptions {
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number: " + speed);
        }
        if (brands < 1 || brands > BrandNames.MAX) {
            throw new IllegalArgumentException("brands must be 1.." + BrandNames.MAX + ": " + brands);
        }
        if (privateRepliesPerHour < 1) {
            throw new IllegalArgumentException("privateRepliesPerHour must be at least 1: " + privateRepliesPerHour);
        }
    }

    /** Free port, seed 42, real time, no faults, two brands, no state file, 750 private replies an hour. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, DEFAULT_SEED, 1, Faults.NONE, 2, Clock.systemUTC(), null, true,
                DEFAULT_PRIVATE_REPLIES_PER_HOUR);
    }

    public SimulatorOptions withPort(int value) {
        return new SimulatorOptions(value, seed, speed, faults, brands, clock, stateFile, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withSeed(long value) {
        return new SimulatorOptions(port, value, speed, faults, brands, clock, stateFile, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withSpeed(double value) {
        return new SimulatorOptions(port, seed, value, faults, brands, clock, stateFile, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withFaults(Faults value) {
        return new SimulatorOptions(port, seed, speed, value, brands, clock, stateFile, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withBrands(int value) {
        return new SimulatorOptions(port, seed, speed, faults, value, clock, stateFile, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withClock(Clock value) {
        return new SimulatorOptions(port, seed, speed, faults, brands, value, stateFile, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withStateFile(Path value) {
        return new SimulatorOptions(port, seed, speed, faults, brands, clock, value, resumeClock, privateRepliesPerHour);
    }

    public SimulatorOptions withResumeClock(boolean value) {
        return new SimulatorOptions(port, seed, speed, faults, brands, clock, stateFile, value, privateRepliesPerHour);
    }

    public SimulatorOptions withPrivateRepliesPerHour(int value) {
        return new SimulatorOptions(port, seed, speed, faults, brands, clock, stateFile, resumeClock, value);
    }
}
