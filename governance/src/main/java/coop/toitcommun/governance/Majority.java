package coop.toitcommun.governance;

/** Majority needed to pass a resolution; CUSTOM comes with a percentage. */
public enum Majority {
    SIMPLE, TWO_THIRDS, UNANIMITY, CUSTOM
}
