package io.vitrine.app;

import java.nio.file.Path;

/** What the user asked the app to open at start: a workspace, the demo, or nothing (welcome screen). */
record LaunchRequest(Path workspace, boolean demo) {
    static final LaunchRequest WELCOME = new LaunchRequest(null, false);
}
