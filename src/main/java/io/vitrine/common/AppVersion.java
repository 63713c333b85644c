package io.vitrine.common;

/** The studio's version, from the jar manifest (set by Maven), or "dev" when run from classes. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
