package io.vitrine.ui;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens files and folders with the user's own programs (a workbook in Excel, a folder in the file manager). */
public final class DesktopIntegration {
    private static HostServices hostServices;

    private DesktopIntegration() {
    }

    /** Called once by the application at start. */
    public static void install(HostServices services) {
        hostServices = services;
    }

    public static boolean available() {
        return hostServices != null;
    }

    public static void open(Path file) {
        if (hostServices != null) {
            hostServices.showDocument(file.toUri().toString());
        }
    }
}
