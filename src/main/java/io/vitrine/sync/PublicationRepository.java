package io.vitrine.sync;

import io.vitrine.brand.PublishState;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.PublicationStatus;
import io.vitrine.workspace.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes what the platform said about a post or poll into its sync columns (platform id, etag,
 * status, published time, error), and reads back which publication and version it is. Only subjects
 * out in the world are touched by status updates: a post the person archived or took back meanwhile
 * keeps its local status.
 */
final class PublicationRepository {
    /** Out in the world: only these take status news from the platform. */
    private static final Set<PublishState> OUT = EnumSet.of(PublishState.SCHEDULED, PublishState.QUEUED,
            PublishState.PUBLISHED, PublishState.CLOSED);

    /** The platform's answer to a create or update; a rejection (moderation may answer at once) brings its reason. */
    void accepted(Sql sql, PublicationKind kind, long id, Publication remote) throws SQLException {
        sql.update("UPDATE " + table(kind) + " SET platform_id = ?, etag = ?, status = ?, published_at = ?,"
                        + " sync_error = ? WHERE id = ?", remote.id(), remote.etag(), localStatus(kind, remote.status()),
                text(remote.publishedAt()), rejection(remote), id);
    }

    /**
     * Status and publication time from the platform's list (a rejection also brings its reason); the
     * etag is left alone, so a change made on the platform surfaces as a conflict, not a silent overwrite.
     */
    boolean statusChanged(Sql sql, PublicationKind kind, long id, Publication remote) throws SQLException {
        PublishState status = localStatus(kind, remote.status());
        String published = text(remote.publishedAt());
        String error = rejection(remote);
        Optional<PublishState> current = sql.one("SELECT status FROM " + table(kind) + " WHERE id = ?",
                row -> PublishState.fromCode(row.getString(1)), id);
        // Never backwards (published → scheduled, closed → published): a platform whose clock was set back (the
        // demo's restarts) must not make a post that went out look as if it had not.
        if (current.isEmpty() || !OUT.contains(current.get()) || rank(status) < rank(current.get())) {
            return false;
        }
        return sql.update("UPDATE " + table(kind) + " SET status = ?, published_at = coalesce(?, published_at),"
                + " sync_error = coalesce(?, sync_error) WHERE id = ? AND (status <> ? OR coalesce(?, published_at)"
                + " IS NOT published_at OR coalesce(?, sync_error) IS NOT sync_error)",
                status, published, error, id, status, published, error) > 0;
    }

    /** How far along a status is; a failure (rejection) counts as news at any point. */
    private static int rank(PublishState status) {
        return switch (status) {
            case PUBLISHED -> 1;
            case CLOSED -> 2;
            case FAILED -> 3;
            default -> 0;
        };
    }

    /** The platform id and last seen etag in one read; empty when the subject is not on the platform. */
    Optional<PlatformVersion> platformVersion(Sql sql, PublicationKind kind, long id) throws SQLException {
        return sql.one("SELECT platform_id, etag FROM " + table(kind) + " WHERE id = ? AND platform_id IS NOT NULL",
                row -> new PlatformVersion(row.getString("platform_id"), row.getString("etag")), id);
    }

    void refused(Sql sql, PublicationKind kind, long id, String error) throws SQLException {
        sql.update("UPDATE " + table(kind) + " SET status = ?, sync_error = ? WHERE id = ?", PublishState.FAILED, error, id);
    }

    /**
     * A change to a publication the platform already has was refused: the platform keeps the version it had
     * (live, or still going out as scheduled), so the status stays and the message says so.
     */
    void changeRefused(Sql sql, PublicationKind kind, long id, String error) throws SQLException {
        sql.update("UPDATE " + table(kind) + " SET sync_error = ? WHERE id = ?",
                "The platform refused this change (" + error + "); it keeps the version it had.", id);
    }

    void flag(Sql sql, PublicationKind kind, long id, String message) throws SQLException {
        sql.update("UPDATE " + table(kind) + " SET sync_error = ? WHERE id = ?", message, id);
    }

    void newEtag(Sql sql, PublicationKind kind, long id, String etag) throws SQLException {
        sql.update("UPDATE " + table(kind) + " SET etag = ?, sync_error = NULL WHERE id = ?", etag, id);
    }

    /**
     * Ids of the brand's subjects of one kind that should be on the platform (scheduled, publishing or live), oldest
     * first. Published ones without a platform id were published before sync existed (or by the demo): left be.
     */
    static List<Long> candidates(Sql sql, PublicationKind kind, long brandId) throws SQLException {
        return sql.list("SELECT id FROM " + table(kind) + " WHERE brand_id = ? AND status IN (?, ?, ?)"
                + " AND (platform_id IS NOT NULL OR status <> ?) ORDER BY id", row -> row.getLong(1), brandId,
                PublishState.SCHEDULED, PublishState.QUEUED, PublishState.PUBLISHED, PublishState.PUBLISHED);
    }

    static String table(PublicationKind kind) {
        return kind == PublicationKind.POST ? "post" : "poll";
    }

    private static PublishState localStatus(PublicationKind kind, PublicationStatus status) {
        return switch (status) {
            case SCHEDULED -> PublishState.SCHEDULED;
            case PUBLISHED -> PublishState.PUBLISHED;
            case CLOSED -> kind == PublicationKind.POLL ? PublishState.CLOSED : PublishState.PUBLISHED;
            case REJECTED -> PublishState.FAILED;
        };
    }

    private static String rejection(Publication remote) {
        return remote.status() == PublicationStatus.REJECTED ? remote.error() : null;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
