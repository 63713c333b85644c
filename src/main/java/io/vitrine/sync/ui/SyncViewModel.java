package io.vitrine.sync.ui;

import io.vitrine.common.EventBus;
import io.vitrine.sync.BrandLinkNeeded;
import io.vitrine.sync.Conflict;
import io.vitrine.sync.LinkedBrand;
import io.vitrine.sync.SyncAccounts;
import io.vitrine.sync.SyncRequested;
import io.vitrine.sync.SyncRun;
import io.vitrine.sync.SyncSnapshot;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.TaskExecutor;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Sync screen: brands and their connection, the status line, conflicts and recent rounds. */
final class SyncViewModel {
    private final SyncAccounts accounts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final EventBus events;
    private final Clock clock;

    private final ObservableList<BrandConnection> brands = FXCollections.observableArrayList();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<SyncRun> runs = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final IntegerProperty interval = new SimpleIntegerProperty(5);
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** A brand row: the brand and whether a token is saved for it. */
    record BrandConnection(LinkedBrand brand, boolean connected) {
    }

    private record Loaded(List<BrandConnection> brands, List<Conflict> conflicts, List<SyncRun> runs, SyncSnapshot snapshot,
                          int interval) {
    }

    SyncViewModel(SyncAccounts accounts, TaskExecutor tasks, DialogService dialogs, EventBus events, Clock clock) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.events = events;
        this.clock = clock;
    }

    void reload() {
        tasks.submitQuietly(progress -> new Loaded(
                accounts.brands().stream().map(b -> new BrandConnection(b, accounts.connected(b))).toList(),
                accounts.engine().conflicts(), accounts.engine().recentRuns(20), SyncSnapshot.of(accounts, false),
                accounts.engine().intervalMinutes()), this::show, error -> dialogs.showError("Cannot read the sync state", error));
    }

    private void show(Loaded loaded) {
        brands.setAll(loaded.brands());
        conflicts.setAll(loaded.conflicts());
        runs.setAll(loaded.runs());
        status.set(loaded.snapshot().describe(clock.instant()));
        interval.set(loaded.interval());
        if (address.get().isBlank()) {
            loaded.brands().stream().map(b -> b.brand().platformUrl()).filter(url -> url != null).findFirst()
                    .ifPresent(address::set);
        }
    }

    void showSnapshot(SyncSnapshot snapshot) {
        status.set(snapshot.describe(clock.instant()));
        if (!snapshot.running()) {
            reload();
        }
    }

    void connect() {
        URI url;
        try {
            url = new URI(address.get().strip());
        } catch (URISyntaxException e) {
            dialogs.showError("Cannot connect", "\"" + address.get() + "\" is not a web address.",
                    "Type the platform address, e.g. https://api.example.com.");
            return;
        }
        connect(url, token.get(), null);
    }

    /**
     * Checks the token and links its brand; when the token's account has another name and handle than the
     * workspace brand, asks before linking them ({@link BrandLinkNeeded}): nothing is saved or sent until then.
     */
    private void connect(URI url, String secret, String confirmedBrand) {
        busy.set(true);
        tasks.submit("Connecting to " + url.getHost(), progress -> accounts.connect(url, secret, confirmedBrand), brand -> {
            busy.set(false);
            token.set("");
            reload();
            events.publish(new SyncRequested());
        }, error -> {
            busy.set(false);
            if (error instanceof BrandLinkNeeded question && confirmedBrand == null) {
                askToLink(url, secret, question);
            } else {
                dialogs.showError("Cannot connect", error);
            }
        });
    }

    private void askToLink(URI url, String secret, BrandLinkNeeded question) {
        String local = question.local().name();
        String account = question.platform().name();
        String handle = question.platform().handle() == null || question.platform().handle().isBlank() ? ""
                : " (@" + question.platform().handle() + ")";
        boolean link = dialogs.confirm("Link " + local + " to " + account + "?", "This token belongs to the platform"
                + " account \u201c" + account + "\u201d" + handle + ", not to \u201c" + local + "\u201d (@"
                + question.local().handle() + "). If you link them, " + local + "'s scheduled posts and polls go out on "
                + account + "'s account. Nothing has been sent yet; if this is the wrong token, cancel and paste "
                + local + "'s own.", "Link to " + account);
        if (link) {
            connect(url, secret, question.local().handle());
        }
    }

    void disconnect(BrandConnection row) {
        tasks.submit("Disconnecting " + row.brand().name(), progress -> {
            accounts.disconnect(row.brand());
            return row;
        }, done -> reload());
    }

    void syncNow() {
        events.publish(new SyncRequested());
    }

    void saveInterval(int minutes) {
        tasks.submitQuietly(progress -> {
            accounts.engine().setIntervalMinutes(minutes);
            return minutes;
        }, interval::set, error -> dialogs.showError("Cannot save the interval", error));
    }

    void keepMine(Conflict conflict) {
        resolve("Keeping your version", conflict, () -> accounts.engine().keepMine(conflict));
    }

    void takeTheirs(Conflict conflict) {
        resolve("Taking the platform's version", conflict, () -> accounts.engine().takeTheirs(conflict));
    }

    private void resolve(String title, Conflict conflict, Runnable action) {
        tasks.submit(title, progress -> {
            action.run();
            return conflict;
        }, done -> {
            reload();
            events.publish(new SyncRequested());
        });
    }

    ObservableList<BrandConnection> brands() {
        return brands;
    }

    ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    ObservableList<SyncRun> runs() {
        return runs;
    }

    StringProperty statusProperty() {
        return status;
    }

    StringProperty addressProperty() {
        return address;
    }

    StringProperty tokenProperty() {
        return token;
    }

    IntegerProperty intervalProperty() {
        return interval;
    }

    BooleanProperty busyProperty() {
        return busy;
    }
}
