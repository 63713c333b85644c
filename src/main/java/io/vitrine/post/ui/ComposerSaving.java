package io.vitrine.post.ui;

import io.vitrine.brand.PublishState;
import io.vitrine.common.EventBus;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostRejectedException;
import io.vitrine.post.PostsChanged;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The composer's saving side: autosave shortly after each edit, the explicit saves (draft, schedule,
 * changes, back to drafts), duplicate, archive and discard, all one after another through one queue,
 * so a new post gets its id once and every later save uses it.
 */
final class ComposerSaving {
    /** What saving needs from the composer's state; called on the FX thread. */
    interface Host {
        Post current();

        boolean editable();

        ZoneId zone();

        /** A save gave the post its id, status and timestamps. */
        void adopt(Post saved);

        void saved(String message);

        void rejected(List<Problem> problems, String message);

        void autosaveStatus(String text);

        void reopen(long id);

        void openOther(long id);

        void closed();
    }

    private final PostFeature feature;
    private final DialogService dialogs;
    private final EventBus events;
    private final AutosaveTimer autosave;
    private final SerialJobs saves;
    private final Host host;
    private volatile Post savedIdentity;
    /** A new one each time another post is opened: late results of the previous one are ignored. */
    private final LatestResult sessions = new LatestResult();
    private volatile LatestResult.Request session = sessions.next();

    ComposerSaving(PostFeature feature, TaskExecutor tasks, DialogService dialogs, EventBus events, AutosaveTimer autosave,
                   Host host) {
        this.feature = feature;
        this.dialogs = dialogs;
        this.events = events;
        this.autosave = autosave;
        this.saves = new SerialJobs(tasks);
        this.host = host;
    }

    /** Runs a pending autosave at once (before leaving the post). */
    void flush() {
        autosave.flush();
    }

    void autosaveSoon() {
        autosave.restart(this::autosaveNow);
    }

    /** Starts over for another post: results still on their way for the previous one are ignored. */
    void reset(Post start) {
        session = sessions.next();
        savedIdentity = start.isNew() ? null : start;
    }

    private void autosaveNow() {
        Post snapshot = host.current();
        if (!host.editable() || (snapshot.isNew() && snapshot.isBlank())) {
            return;
        }
        host.autosaveStatus("Saving…");
        LatestResult.Request mine = session;
        saves.submit(new SerialJobs.Job<>("Autosave", progress -> remember(mine, feature.posts().autosave(withKnownIdentity(snapshot))),
                saved -> {
                    if (!mine.isLatest()) {
                        events.publish(new PostsChanged(saved.id())); // another post is open now; the list still learns
                        return;
                    }
                    host.adopt(saved);
                    host.autosaveStatus(saved.status() == PublishState.DRAFT
                            ? "Draft saved " + Formats.dateTime(Instant.now(), host.zone()).replaceAll(".*, ", "")
                            : "Changes kept, not yet saved");
                    events.publish(new PostsChanged(saved.id()));
                }, error -> host.autosaveStatus("Autosave failed: " + io.vitrine.common.VitrineException.describe(error)), true));
    }

    void saveDraft() {
        persist("Saving the draft", snapshot -> feature.posts().saveDraft(snapshot), saved -> "Draft saved.");
    }

    /** Schedules the post at its chosen time; every rule must pass. */
    void schedule() {
        Post current = host.current();
        if (current.scheduledAt() == null) {
            host.rejected(List.of(Problem.error("schedule", "Choose when to publish the post.")),
                    "Choose a date and time to publish first.");
            return;
        }
        ZoneId zone = current.scheduleZone() != null ? current.scheduleZone() : host.zone();
        persist("Scheduling the post", snapshot -> feature.posts().schedule(snapshot, current.scheduledAt(), zone),
                saved -> "Scheduled for " + Formats.dateTime(saved.scheduledAt(), zone) + " (" + zone.getId() + ").");
    }

    void saveChanges() {
        persist("Saving changes", snapshot -> feature.posts().saveChanges(snapshot), saved -> "Changes saved.");
    }

    void unschedule() {
        persist("Moving back to drafts", snapshot -> {
            if (snapshot.isNew()) {
                return feature.posts().saveDraft(snapshot);
            }
            feature.posts().saveChanges(snapshot);
            return feature.posts().unschedule(snapshot.id());
        }, saved -> "Back in drafts: it will not be published.");
    }

    void duplicate() {
        Post current = host.current();
        if (current.isNew()) {
            return;
        }
        flush();
        saves.submit(new SerialJobs.Job<>("Duplicating the post", progress -> feature.posts().duplicate(current.id()),
                copy -> {
                    events.publish(new PostsChanged(copy.id()));
                    host.openOther(copy.id());
                }, error -> dialogs.showError("Cannot duplicate the post", error), false));
    }

    void archive() {
        Post current = host.current();
        if (current.isNew() || !dialogs.confirm("Archive this post?",
                "It leaves the lists and the calendar and will not be published. You can still find it under Archived.",
                "Archive")) {
            return;
        }
        flush();
        saves.submit(new SerialJobs.Job<>("Archiving the post", progress -> {
            feature.posts().archive(current.id());
            return current.id();
        }, id -> {
            events.publish(new PostsChanged(id));
            host.closed();
        }, error -> dialogs.showError("Cannot archive the post", error), false));
    }

    /** Drops unsaved changes to a scheduled or published post and reloads the saved one. */
    void discardChanges() {
        Post current = host.current();
        if (current.isNew()) {
            return;
        }
        autosave.flush();
        saves.submit(new SerialJobs.Job<>("Discarding changes", progress -> {
            feature.posts().discardUnsavedChanges(current.id());
            return current.id();
        }, host::reopen, error -> dialogs.showError("Cannot discard the changes", error), false));
    }

    private interface SaveWork {
        Post save(Post snapshot);
    }

    private void persist(String title, SaveWork work, java.util.function.Function<Post, String> message) {
        autosave.flush();
        Post snapshot = host.current();
        LatestResult.Request mine = session;
        saves.submit(new SerialJobs.Job<>(title, progress -> remember(mine, work.save(withKnownIdentity(snapshot))), saved -> {
            if (!mine.isLatest()) {
                events.publish(new PostsChanged(saved.id()));
                return;
            }
            host.adopt(saved);
            host.saved(message.apply(saved));
            events.publish(new PostsChanged(saved.id()));
        }, error -> {
            if (error instanceof PostRejectedException rejected) {
                host.rejected(rejected.problems(), rejected.problems().stream().filter(Problem::isError).map(Problem::message)
                        .findFirst().orElse(rejected.getMessage()));
            } else {
                dialogs.showError(title + " failed", error);
            }
        }, false));
    }

    /** Background side: the id and status the workspace gave the post, for the next save in line. */
    private Post remember(LatestResult.Request sessionOfSave, Post saved) {
        if (sessionOfSave.isLatest()) {
            savedIdentity = saved;
        }
        return saved;
    }

    private Post withKnownIdentity(Post snapshot) {
        Post known = savedIdentity;
        if (known == null || (snapshot.id() != null && !snapshot.id().equals(known.id()))) {
            return snapshot;
        }
        PublishState status = snapshot.status() == PublishState.DRAFT ? known.status() : snapshot.status();
        return snapshot.saved(known.id(), status, known.createdAt(), known.updatedAt());
    }
}
