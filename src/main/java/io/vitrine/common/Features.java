package io.vitrine.common;

/**
 * The feature roots of one open workspace, looked up by type ({@code features.get(PostFeature.class)}).
 * Screens find their services here instead of building them; the roots are built once per workspace
 * (see {@code io.vitrine.studio.StudioFeatures}), so every screen shares the same services.
 */
public interface Features {

    /** The root of that type; a clear error when the workspace has none (a wiring mistake, not a user's). */
    <T> T get(Class<T> type);
}
