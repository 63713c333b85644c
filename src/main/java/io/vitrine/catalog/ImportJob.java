package io.vitrine.catalog;

import io.vitrine.catalog.feed.FeedException;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.FeedReader;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.feed.ItemParser;
import io.vitrine.catalog.feed.ParsedRow;
import io.vitrine.catalog.feed.ParsingPipeline;
import io.vitrine.catalog.feed.RowIssue;
import io.vitrine.catalog.item.Field;
import io.vitrine.common.Formats;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Database;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One import, as one transaction: rows stream from the reading thread into the {@link CatalogWriteRepository}. */
final class ImportJob {
    private static final int PROGRESS_EVERY = 2_048;

    private final Database database;
    private final FeedSource source;
    private final String sourceName;
    private final FeedFormat format;
    private final ImportService.MappingChoice mapping;
    private final Instant started;
    private final Clock clock;
    private final RemovalGuard guard;

    /** @param guard when removals are held back (null: every item the file no longer lists is marked removed) */
    ImportJob(Database database, FeedSource source, String sourceName, FeedFormat format,
              ImportService.MappingChoice mapping, Instant started, Clock clock, RemovalGuard guard) {
        this.database = database;
        this.source = source;
        this.sourceName = sourceName;
        this.format = format;
        this.mapping = mapping;
        this.started = started;
        this.clock = clock;
        this.guard = guard;
    }

    ImportReport run(FeedReader reader, ItemParser parser, String currency, ImportCounter counter, Progress progress) {
        return database.write(sql -> {
            String now = started.toString();
            long sourceId = CatalogSourceRepository.upsert(sql, sourceName, format, locationOf(source),
                    mapping.mapping() == null ? null : mapping.mapping().toJson(), now);
            if (mapping.chosen()) {
                CatalogSourceRepository.saveMapping(sql, mapping.headers(), mapping.mapping(), now);
            }
            CatalogWriteRepository.ImportTotals totals;
            List<String> notes = new ArrayList<>();
            try (InputStream in = open(); CatalogWriteRepository writer = new CatalogWriteRepository(sql, sourceId, now, guard);
                 ParsingPipeline pipeline = ParsingPipeline.start(reader, in, parser)) {
                writer.begin();
                for (List<ParsedRow> batch = pipeline.next(); !batch.isEmpty(); batch = pipeline.next()) {
                    write(batch, writer, counter, progress);
                    progress.update(pipeline.bytesRead(), source.size(), "Importing " + source.name() + ": "
                            + Formats.count(counter.read) + " items read…");
                }
                progress.checkCancelled();
                notes.addAll(pipeline.notices());
                totals = writer.finish(progress);
            } catch (IOException e) {
                throw new FeedException("Reading " + source.name() + " failed: " + e.getMessage(),
                        "Check that the file is complete and readable, then import again.", e);
            }
            progress.checkCancelled();
            if (totals.kept() > 0) {
                notes.add(RemovalGuard.note(totals.kept(), totals.live()));
            }
            Instant finished = clock.instant();
            ImportReport report = new ImportReport(format, counter.read, counter.added, counter.updated, counter.unchanged,
                    totals.removed(), counter.rejected, counter.warnings, counter.errors, counter.warningDetails,
                    totals.flaggedPosts(), totals.flaggedPolls(), sourceName, source.name(), currency,
                    ImportReport.COMPLETED, null, null, Duration.between(started, finished).toMillis(), totals.kept(), notes);
            return report.withRunId(ImportRunRepository.record(sql, sourceId, report, started, finished));
        });
    }

    private static void write(List<ParsedRow> batch, CatalogWriteRepository writer, ImportCounter counter, Progress progress)
            throws SQLException {
        for (ParsedRow row : batch) {
            if (counter.read % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
            }
            counter.read++;
            counter.warn(row.warnings());
            if (row.isRejected()) {
                counter.reject(row.rejection());
                writer.keep(row.rejection().id());
                continue;
            }
            switch (writer.write(row)) {
                case ADDED -> counter.added++;
                case UPDATED -> counter.updated++;
                case UNCHANGED -> counter.unchanged++;
                case DUPLICATE -> counter.reject(new RowIssue(row.line(), row.item().id(), Field.ID.key(),
                        "the id " + row.item().id() + " appears more than once in the file; this row was skipped (the first one was kept)"));
            }
        }
    }

    private InputStream open() throws IOException {
        InputStream in = source.open();
        if (in == null) {
            throw new IOException("the feed cannot be opened");
        }
        return in;
    }

    private static String locationOf(FeedSource source) {
        return source.base() == null ? source.name() : source.base() + source.name();
    }
}
