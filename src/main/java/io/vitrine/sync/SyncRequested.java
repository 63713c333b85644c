package io.vitrine.sync;

/** Published on the event bus to ask for a sync round now ("Sync now", a newly connected brand). */
public record SyncRequested() {
}
