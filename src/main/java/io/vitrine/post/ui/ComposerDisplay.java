package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.PublishState;
import io.vitrine.brand.ui.ZoneChoices;
import io.vitrine.common.Formats;
import io.vitrine.post.CaptionStats;
import io.vitrine.post.Post;
import io.vitrine.post.PostRules;
import io.vitrine.ui.PlatformMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The composer's rules for what it shows of the post being composed, as read-only properties the view binds
 * to: the title, which commands apply (schedule a draft, save changes to a scheduled post, ...), the caption's
 * counters against the platform limits, the schedule in the chosen zone and in UTC, and what the platform said.
 */
public final class ComposerDisplay {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("New post");
    private final ReadOnlyBooleanWrapper canSchedule = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSaveDraft = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSaveChanges = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUnschedule = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDuplicate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canArchive = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasResults = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper pinHelp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper characters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hashtags = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mentions = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper tooManyCharacters = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tooManyHashtags = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LocalDate> scheduleDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper scheduleTime = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.of("UTC"));
    private final ObservableList<ZoneId> zones = FXCollections.observableArrayList();
    private final ObservableList<ZoneId> zonesView = FXCollections.unmodifiableObservableList(zones);
    private final ReadOnlyStringWrapper scheduleLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper platformMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    /** Works it all out again for the post as it now is, in the zone it is planned in. */
    void update(Post post, BrandProfile brand, boolean editable, ZoneId plannedIn) {
        title.set(post.isNew() ? "New post" : "Post #" + post.id());
        showActions(post, editable);
        showCounters(CaptionStats.of(post.caption()));
        showSchedule(post, brand, plannedIn);
        failed.set(post.status() == PublishState.FAILED);
        platformMessage.set(PlatformMessage.text(failed.get(), post.syncError()));
    }

    private void showActions(Post post, boolean editable) {
        PublishState status = post.status();
        canSchedule.set(editable && (status == PublishState.DRAFT || status == PublishState.FAILED));
        canSaveDraft.set(editable && status == PublishState.DRAFT);
        canSaveChanges.set(editable && (status == PublishState.SCHEDULED || status == PublishState.PUBLISHED));
        canUnschedule.set(editable && !post.isNew() && (status == PublishState.SCHEDULED || status == PublishState.FAILED));
        canDuplicate.set(!post.isNew());
        canArchive.set(!post.isNew() && status != PublishState.ARCHIVED && status != PublishState.QUEUED);
        pinHelp.set(editable && !post.images().isEmpty());
        hasResults.set(!post.isNew() && status == PublishState.PUBLISHED);
    }

    private void showCounters(CaptionStats stats) {
        characters.set(String.format("%,d / %,d characters", stats.characters(), PostRules.MAX_CAPTION_CHARACTERS));
        hashtags.set(stats.hashtagCount() + " / " + PostRules.MAX_HASHTAGS + " hashtags");
        mentions.set(stats.mentionCount() + (stats.mentionCount() == 1 ? " mention" : " mentions"));
        tooManyCharacters.set(stats.characters() > PostRules.MAX_CAPTION_CHARACTERS);
        tooManyHashtags.set(stats.hashtagCount() > PostRules.MAX_HASHTAGS);
    }

    /** The date and "HH:mm" in the zone the person plans in, and the same minute in UTC. */
    private void showSchedule(Post post, BrandProfile brand, ZoneId plannedIn) {
        if (!zones.contains(plannedIn)) {
            zones.setAll(ZoneChoices.around(plannedIn, brand == null ? null : brand.timeZone()));
        }
        zone.set(plannedIn);
        Instant at = post.scheduledAt();
        if (at == null) {
            scheduleDate.set(null);
            scheduleTime.set("");
            scheduleLine.set(post.status() == PublishState.PUBLISHED && post.publishedAt() != null
                    ? "Published " + Formats.dateTime(post.publishedAt(), plannedIn) : "Not scheduled: saved as a draft.");
            return;
        }
        ZonedDateTime local = at.atZone(plannedIn);
        scheduleDate.set(local.toLocalDate());
        scheduleTime.set(HOUR.format(local));
        scheduleLine.set(Formats.dateTime(at, plannedIn) + " " + ZoneChoices.shortName(plannedIn, at) + "  =  "
                + Formats.dateTime(at, ZoneId.of("UTC")) + " UTC");
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canScheduleProperty() {
        return canSchedule.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveDraftProperty() {
        return canSaveDraft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveChangesProperty() {
        return canSaveChanges.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUnscheduleProperty() {
        return canUnschedule.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDuplicateProperty() {
        return canDuplicate.getReadOnlyProperty();
    }

    /** A published post has results to open in Insights. */
    public ReadOnlyBooleanProperty hasResultsProperty() {
        return hasResults.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canArchiveProperty() {
        return canArchive.getReadOnlyProperty();
    }

    /** Whether the "click the photo to pin a product" help applies (an editable post with a photo). */
    public ReadOnlyBooleanProperty pinHelpProperty() {
        return pinHelp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty charactersProperty() {
        return characters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hashtagsProperty() {
        return hashtags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mentionsProperty() {
        return mentions.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tooManyCharactersProperty() {
        return tooManyCharacters.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tooManyHashtagsProperty() {
        return tooManyHashtags.getReadOnlyProperty();
    }

    /** The day of publication in the planning zone; null when not scheduled. */
    public ReadOnlyObjectProperty<LocalDate> scheduleDateProperty() {
        return scheduleDate.getReadOnlyProperty();
    }

    /** "18:30" in the planning zone; empty when not scheduled. */
    public ReadOnlyStringProperty scheduleTimeProperty() {
        return scheduleTime.getReadOnlyProperty();
    }

    /** The zone the post is planned in: the one chosen for it, else its brand's. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** The zones offered: the planning zone, the brand's, this computer's, UTC and the big markets. */
    public ObservableList<ZoneId> zones() {
        return zonesView;
    }

    /** "1 Dec 2026, 18:30 CET +01:00  =  1 Dec 2026, 17:30 UTC", or why there is no time. */
    public ReadOnlyStringProperty scheduleLineProperty() {
        return scheduleLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty platformMessageProperty() {
        return platformMessage.getReadOnlyProperty();
    }

    /** The post did not go out (its platform message is tinted as a failure). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
