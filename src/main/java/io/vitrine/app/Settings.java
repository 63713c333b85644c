package io.vitrine.app;

import java.util.ArrayList;
import java.util.List;

/** What the app remembers between runs: window geometry, theme, recent workspaces. */
public final class Settings {
    public static final int MAX_RECENT = 10;

    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = 1280;
    public double windowHeight = 820;
    public boolean maximized;
    public boolean darkTheme;
    public List<String> recentWorkspaces = new ArrayList<>();

    /** Moves a workspace to the top of the recent list. */
    void rememberWorkspace(String path) {
        recentWorkspaces.remove(path);
        recentWorkspaces.add(0, path);
        while (recentWorkspaces.size() > MAX_RECENT) {
            recentWorkspaces.remove(recentWorkspaces.size() - 1);
        }
    }

    String lastWorkspace() {
        return recentWorkspaces.isEmpty() ? null : recentWorkspaces.get(0);
    }
}
