package io.vitrine.report;

import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.poll.PollResultsDocument;
import io.vitrine.poll.PollResultsService;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an analyst's workbook: Summary (KPIs against the previous period, funnel chart), Daily (every day of
 * the period, native line charts), Posts, Products (per item, revenue per currency), Poll verdicts, Polls
 * (options with intervals and probability best), Votes by segment, and the raw events streamed across as many
 * sheets as they need. The figures are {@link io.vitrine.insights.InsightsService}'s: the screen's numbers.
 * The file appears only when complete (written beside it, then moved into place), so a cancelled or
 * failed export never leaves half a workbook.
 */
public final class ReportExporter {
    private final Workspace workspace;
    private final ReportRepository repository;
    private final PollResultsService polls;
    private final Clock clock;

    public ReportExporter(Workspace workspace, ReportRepository repository, PollResultsService polls, Clock clock) {
        this.workspace = workspace;
        this.repository = repository;
        this.polls = polls;
        this.clock = clock;
    }

    /** What a report can cover: the whole workspace first, then each campaign by name. */
    public List<ReportScope> scopes() {
        List<ReportScope> scopes = new ArrayList<>(List.of(ReportScope.WORKSPACE));
        scopes.addAll(repository.campaigns());
        return scopes;
    }

    /** Looks a campaign up by name for the CLI's --campaign. */
    public ReportScope campaignScope(String name) {
        return repository.campaign(name).orElseThrow(() -> new VitrineException(
                "There is no campaign named “" + name + "” in this workspace.",
                "Check the spelling, or leave out --campaign to report on the whole workspace."));
    }

    public ReportResult export(ReportOptions options, Path target, Progress progress) {
        if (Files.isDirectory(target)) {
            throw new VitrineException(target + " is a folder; the report is one workbook file.",
                    "Name the file to write, e.g. " + target.resolve("report.xlsx") + ".");
        }
        Path file = target.toString().toLowerCase().endsWith(".xlsx") ? target : Path.of(target + ".xlsx");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new VitrineException(file + " is not an ordinary file (a folder, a device or a pipe), so it was not"
                    + " overwritten.", "Choose another name for the workbook.");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new VitrineException("The folder " + parent + " does not exist.", "Create it or choose another folder.");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        ReportScope scope = options.scope();
        progress.update(0, -1, "Reading the workspace…");
        List<String> sheets = new ArrayList<>();
        int charts;
        long eventRows = 0;
        try (XSSFWorkbook base = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(base);
            ReportRows.ReportData data = repository.data(workspace.name(), options, clock.instant());
            SummarySheet.write(base, styles, data);
            DailySheet.write(base, styles, data);
            PostsSheet.write(base, styles, data);
            ProductsSheet.write(base, styles, data);
            List<PollResultsDocument> polls = pollResults(scope, progress);
            PollsSheet.writeVerdicts(base, styles, polls);
            PollsSheet.writeOptions(base, styles, polls);
            PollsSheet.writeSegments(base, styles, polls);
            progress.checkCancelled();
            charts = countCharts(base);
            // Stream the (possibly millions of) event rows on top of the sheets built above.
            SXSSFWorkbook streaming = new SXSSFWorkbook(base, 500);
            try {
                // temp files stay uncompressed: gzip cost more time than the disk it saved (measured, bench/report.sh)
                if (options.includeEvents()) {
                    EventsSheets events = new EventsSheets(streaming, styles, options.maxRowsPerSheet(), data.zone());
                    events.write(repository, scope, options.period(), progress);
                    eventRows = events.written();
                }
                progress.update(1, 1, "Saving " + file.getFileName() + "…");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    streaming.write(out);
                }
                for (int i = 0; i < streaming.getNumberOfSheets(); i++) {
                    sheets.add(streaming.getSheetName(i));
                }
            } finally {
                streaming.dispose();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (CancellationException | VitrineException e) {
            deleteQuietly(partial);
            throw e;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw writeFailed(file, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            if (e.getCause() instanceof IOException) { // POI wraps the temporary files' failures
                throw writeFailed(file, e);
            }
            throw e;
        }
        return new ReportResult(file.toAbsolutePath().toString(), sheets, eventRows, charts);
    }

    private List<PollResultsDocument> pollResults(ReportScope scope, Progress progress) {
        List<PollResultsDocument> documents = new ArrayList<>();
        for (long id : repository.pollIds(scope)) {
            progress.checkCancelled();
            documents.add(PollResultsDocument.of(polls.results(id)));
        }
        return documents;
    }

    private static int countCharts(XSSFWorkbook workbook) {
        int charts = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            var drawing = workbook.getSheetAt(i).getDrawingPatriarch();
            charts += drawing == null ? 0 : drawing.getCharts().size();
        }
        return charts;
    }

    /**
     * Where the write failed, in our words: the big event sheets are streamed through temporary files first
     * (POI's SXSSF, in the temporary folder), so a full temporary folder is named as such, not as the target.
     */
    private static VitrineException writeFailed(Path file, Exception e) {
        String temp = System.getProperty("java.io.tmpdir");
        String text = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        if (temp != null && text.contains(temp)) {
            return new VitrineException("The report was not written: the temporary folder " + temp + " is full or cannot be"
                    + " written (the event sheets pass through it).", "Free some space there, or give the studio another"
                    + " temporary folder: VITRINE_JAVA_OPTS=\"-Djava.io.tmpdir=/path/to/folder\".", e);
        }
        return new VitrineException("The report was not written to " + file + ": the folder cannot be written, the disk"
                + " is full, or the file is open in another program. Nothing was left there.",
                "Check that the folder is writable, the disk has space, and the file is not open in Excel.", e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and replaced next time
        }
    }
}
