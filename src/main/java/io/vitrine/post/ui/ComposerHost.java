package io.vitrine.post.ui;

import io.vitrine.common.Problem;
import io.vitrine.post.Post;
import java.time.ZoneId;
import java.util.List;

/** How the composer's saving side reaches back into the composer's state, on the FX thread. */
final class ComposerHost implements ComposerSaving.Host {
    private final ComposerViewModel model;
    private final ComposerState state;

    ComposerHost(ComposerViewModel model) {
        this.model = model;
        this.state = model.state();
    }

    @Override
    public Post current() {
        return model.history().current();
    }

    @Override
    public boolean editable() {
        return state.editable.get();
    }

    @Override
    public ZoneId zone() {
        return model.zone();
    }

    @Override
    public void adopt(Post saved) {
        Post current = model.history().current();
        if (current.id() != null && !current.id().equals(saved.id())) {
            return; // another post was opened meanwhile
        }
        model.history().rebase(current.saved(saved.id(), saved.status(), saved.createdAt(), saved.updatedAt()));
        state.editable.set(saved.editable());
        model.publishState();
    }

    @Override
    public void saved(String message) {
        state.unsavedChanges.set(false);
        state.problems.removeIf(Problem::isError);
        state.notice.set(message);
        state.autosaveStatus.set("Saved");
    }

    @Override
    public void rejected(List<Problem> found, String message) {
        state.problems.setAll(found);
        state.notice.set(message);
    }

    @Override
    public void autosaveStatus(String text) {
        state.autosaveStatus.set(text);
    }

    @Override
    public void reopen(long id) {
        model.open(id);
    }

    @Override
    public void openOther(long id) {
        model.openOther(id);
    }

    @Override
    public void closed() {
        model.closed();
    }
}
