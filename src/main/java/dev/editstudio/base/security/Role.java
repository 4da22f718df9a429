package dev.editstudio.base.security;

/** What a user may do across the whole installation. */
public enum Role {
    ADMIN, USER;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
