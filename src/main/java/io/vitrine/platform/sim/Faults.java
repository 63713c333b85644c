package io.vitrine.platform.sim;

/** How unreliable the simulator pretends to be, so the sync engine can be tested against real-world failures. */
public enum Faults {
    /** Every request succeeds at once. */
    NONE,
    /** A few 503s and 429s, small latency, the odd page with repeated events. */
    LIGHT,
    /** 500/503/429, dropped connections (also after a write is committed), repeated and duplicated pages. */
    HEAVY
}
