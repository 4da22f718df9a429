package dev.editstudio.quota;

/** A quota: each limit is optional (null = unlimited). */
public record Limits(Integer editsPerDay, Long computeSecondsPerMonth, Long storageBytes) {

    public static final Limits UNLIMITED = new Limits(null, null, null);

    public boolean isUnlimited() {
        return editsPerDay == null && computeSecondsPerMonth == null && storageBytes == null;
    }
}
