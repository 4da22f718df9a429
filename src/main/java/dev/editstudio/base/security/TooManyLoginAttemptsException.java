package dev.editstudio.base.security;

import java.time.Instant;

/** Logins for this username are locked until {@link #until()} after too many failures. */
public class TooManyLoginAttemptsException extends RuntimeException {

    private final Instant until;

    public TooManyLoginAttemptsException(Instant until) {
        super("too many failed logins", null, false, false);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
