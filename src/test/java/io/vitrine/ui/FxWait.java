package io.vitrine.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the screen to reach a state (background jobs deliver on the FX thread), then for pending FX events. */
public final class FxWait {
    private FxWait() {
    }

    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the screen", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
