package io.vitrine.poll.ui;

import io.vitrine.poll.AudienceSegment;
import io.vitrine.poll.PollComment;
import io.vitrine.poll.PollResults;
import io.vitrine.poll.PollResultsService;
import io.vitrine.poll.SegmentResult;
import io.vitrine.poll.stats.StatisticsSettings;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.imageio.ImageIO;

/**
 * The results screen's state: the results for the chosen audience, the audiences to choose from, the
 * minimum votes before a call, and the comments matching a search. Everything is read in the background.
 */
public final class PollResultsViewModel {
    /** "Everyone" in the audience chooser. */
    public static final Optional<AudienceSegment> EVERYONE = Optional.empty();

    private final PollResultsService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<PollResults> results = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Optional<AudienceSegment>> audiences = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<AudienceSegment>> audience = new SimpleObjectProperty<>(EVERYONE);
    private final IntegerProperty minVotes = new SimpleIntegerProperty(StatisticsSettings.DEFAULT_MIN_VOTES);
    private final ObservableList<PollComment> comments = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long pollId = -1;
    private final LatestResult requests = new LatestResult();
    private final LatestResult commentRequests = new LatestResult();
    private String commentQuery = "";
    private boolean applying;

    public PollResultsViewModel(PollResultsService service, TaskExecutor tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        audience.addListener((obs, old, now) -> {
            if (!applying && now != null) {
                reload();
            }
        });
        minVotes.addListener((obs, old, now) -> {
            if (!applying) {
                tasks.submitQuietly(progress -> {
                    service.setMinVotes(now.intValue());
                    return now;
                }, saved -> reload(), error -> dialogs.showError("The minimum votes could not be changed", error));
            }
        });
    }

    /** Shows a poll: everyone's results first, then any audience the user picks. */
    public void show(long id) {
        pollId = id;
        applying = true;
        audiences.setAll(List.of(EVERYONE));
        audience.set(EVERYONE);
        applying = false;
        commentQuery = "";
        reload();
        searchComments("");
    }

    /** Reads the results again (new votes may have synced). */
    public void reload() {
        if (pollId < 0) {
            return;
        }
        LatestResult.Request request = requests.next();
        long id = pollId;
        List<AudienceSegment> scope = audience.get() == null ? List.of() : audience.get().stream().toList();
        loading.set(true);
        tasks.submit("Reading poll results", progress -> {
            int min = service.minVotes();
            return service.results(id, scope, StatisticsSettings.defaults().withMinVotes(min));
        }, request.deliver(this::apply), error -> {
            loading.set(false);
            dialogs.showError("The poll results could not be read", error);
        });
    }

    private void apply(PollResults loaded) {
        applying = true;
        minVotes.set(loaded.settings().minVotes());
        if (loaded.scope().isEmpty()) {
            List<Optional<AudienceSegment>> choices = new java.util.ArrayList<>(List.of(EVERYONE));
            loaded.segments().stream().map(SegmentResult::segment).map(Optional::of).forEach(choices::add);
            audiences.setAll(choices);
        }
        // replacing the choices may clear a chooser's value; the audience shown is the one these results are for
        audience.set(loaded.scope().isEmpty() ? EVERYONE : Optional.of(loaded.scope().get(0)));
        applying = false;
        results.set(loaded);
        loading.set(false);
    }

    /** Comments containing every word typed, newest first. */
    public void searchComments(String query) {
        commentQuery = query == null ? "" : query;
        long id = pollId;
        String searched = commentQuery;
        tasks.submitQuietly(progress -> service.comments(id, searched, 500), commentRequests.next().deliver(comments::setAll),
                error -> dialogs.showError("The comments could not be searched", error));
    }

    /** Writes a picture of the results (taken on the FX thread) to a PNG file in the background. */
    public void exportPng(BufferedImage picture, Path target, Runnable done) {
        tasks.submit("Exporting " + target.getFileName(), progress -> {
            // written beside the target, then moved into place: never a half-written picture under the chosen name
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try {
                if (!ImageIO.write(picture, "png", partial.toFile())) {
                    throw new IOException("no PNG writer");
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw new UncheckedIOException(e);
            }
            return target;
        }, written -> done.run(), error -> dialogs.showError("The picture could not be saved",
                new io.vitrine.common.VitrineException("Cannot write " + target + ".",
                        "Check that the folder exists and you may write there.", error)));
    }

    public ReadOnlyObjectProperty<PollResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ObservableList<Optional<AudienceSegment>> audiences() {
        return audiences;
    }

    public ObjectProperty<Optional<AudienceSegment>> audienceProperty() {
        return audience;
    }

    public IntegerProperty minVotesProperty() {
        return minVotes;
    }

    public ObservableList<PollComment> comments() {
        return comments;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The poll shown, or -1. */
    public long pollId() {
        return pollId;
    }

    public String commentQuery() {
        return commentQuery;
    }
}
