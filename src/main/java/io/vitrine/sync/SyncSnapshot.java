package io.vitrine.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where sync stands, for the status bar and the Sync screen: connected or not, running, the last
 * success, changes still waiting, conflicts waiting for a choice, and the last round's errors.
 */
public record SyncSnapshot(boolean connected, boolean running, Instant lastSuccess, long pending, int conflicts,
                           List<String> lastErrors) {
    public SyncSnapshot {
        lastErrors = List.copyOf(lastErrors);
    }

    public static SyncSnapshot of(SyncAccounts accounts, boolean running) {
        SyncEngine engine = accounts.engine();
        List<SyncRun> last = engine.recentRuns(1);
        return new SyncSnapshot(accounts.anyConnected(), running,
                engine.lastSuccess().orElse(null), engine.pendingChanges(), engine.conflicts().size(),
                last.isEmpty() ? List.of() : last.get(0).errors());
    }

    /** One line for the status bar, e.g. "Synced 3 min ago · 2 changes waiting · 1 conflict". */
    public String describe(Instant now) {
        if (!connected) {
            return "Not connected to the platform";
        }
        StringBuilder line = new StringBuilder(running ? "Syncing…" : headline(now));
        if (pending > 0) {
            line.append(" · ").append(pending).append(pending == 1 ? " change waiting" : " changes waiting");
        }
        if (conflicts > 0) {
            line.append(" · ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts");
        }
        return line.toString();
    }

    private String headline(Instant now) {
        String when = lastSuccess == null ? "never" : ago(Duration.between(lastSuccess, now));
        if (!lastErrors.isEmpty()) {
            return (offline() ? "Offline" : "Sync problem") + " — last synced " + when;
        }
        return "Synced " + when;
    }

    /** The last round could not reach the platform at all. */
    public boolean offline() {
        return lastErrors.stream().anyMatch(error -> error.contains("did not answer"));
    }

    private static String ago(Duration elapsed) {
        long seconds = Math.max(0, elapsed.getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        return seconds / 86_400 + " d ago";
    }
}
