package io.vitrine.post;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.vitrine.brand.BrandProfile;
import io.vitrine.catalog.feed.FeedCharset;
import io.vitrine.common.InputFiles;
import io.vitrine.common.Problem;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk scheduling from a CSV file, one post per row, as social-media schedulers offer. Columns (header
 * row, any order, case-insensitive): {@code images} (paths separated by '|', relative to the CSV's
 * folder), {@code caption}, {@code tags} (tag specs separated by spaces or ';'), {@code time}
 * (ISO date-time; blank = draft), and optionally {@code campaign}, {@code interests} ('|' or ','),
 * {@code call_to_action}. Every row is checked with the composer's rules; good rows become posts,
 * the others are reported with line, field and reason, and nothing else is touched. A CSV is often made by
 * someone else: its photos must lie under the CSV's own folder (no absolute paths or {@code ../} out of it,
 * symbolic links followed) unless the person allows others; each row reports the files it resolved to.
 */
public final class ScheduleImport {
    /** A schedule of a few thousand rows is well under this; a larger "CSV" is something else. */
    static final long MAX_CSV_BYTES = 20L * 1024 * 1024;
    static final Set<String> KNOWN = Set.of("images", "caption", "tags", "time", "campaign", "interests", "call_to_action");
    private static final Map<String, String> ALIASES = Map.of("image", "images", "photos", "images", "scheduled_at", "time",
            "schedule", "time", "cta", "call_to_action", "text", "caption");

    private final PostCreator creator;

    public ScheduleImport(PostCreator creator) {
        this.creator = creator;
    }

    /** One row's outcome, with the photo files it named resolved. {@code postId} is null when rejected (or on a dry run). */
    public record RowResult(long line, String status, Long postId, List<Problem> problems, List<String> images) {
        public boolean created() {
            return "created".equals(status);
        }
    }

    /** What an import did, row by row. */
    public record Report(String file, int created, int rejected, boolean dryRun, List<RowResult> rows) {
    }

    public Report run(Path csv, BrandProfile brand, boolean dryRun, Progress progress) {
        return run(csv, brand, dryRun, false, progress);
    }

    /** @param allowOutside accept photos outside the CSV's folder (absolute paths, {@code ../}) */
    public Report run(Path csv, BrandProfile brand, boolean dryRun, boolean allowOutside, Progress progress) {
        List<RowResult> rows = new ArrayList<>();
        InputFiles.check(csv, MAX_CSV_BYTES, "The schedule file");
        PhotoPaths photos = new PhotoPaths(csv.toAbsolutePath().getParent(), allowOutside);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true)
                .ofNamedCsvRecord(text(csv))) {
            boolean headerChecked = false;
            for (NamedCsvRecord record : reader) {
                if (!headerChecked) {
                    checkHeader(record.getHeader(), csv);
                    headerChecked = true;
                }
                progress.checkCancelled();
                rows.add(importRow(record, photos, brand, dryRun));
                progress.update(rows.size(), -1, "Row " + rows.size());
            }
        } catch (NoSuchFileException e) {
            throw new VitrineException("The file " + csv + " does not exist.", "Check the path.");
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(csv, e);
        }
        if (rows.isEmpty()) {
            throw new VitrineException(csv.getFileName() + " has no rows to import.",
                    "Add a header row (images,caption,tags,time) and one row per post.");
        }
        int created = (int) rows.stream().filter(RowResult::created).count();
        int rejected = (int) rows.stream().filter(r -> "rejected".equals(r.status())).count();
        return new Report(csv.toString(), created, rejected, dryRun, rows);
    }

    /**
     * The CSV's whole text: UTF-8, or Windows-1252 when it is not (Excel on Windows), decoded strictly before any
     * row is used, so a bad byte anywhere imports nothing and no "�" is stored.
     */
    private static String text(Path csv) throws IOException {
        try (java.io.Reader reader = FeedCharset.open(java.nio.file.Files.newInputStream(csv), null).reader()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    private static VitrineException unreadable(Path csv, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new VitrineException(csv.getFileName() + " has bytes that are not text in the character set it starts"
                        + " in (UTF-8 or Windows-1252), so nothing was imported.", "Save it again as CSV UTF-8 and import it again.", e);
            }
        }
        return new VitrineException("Cannot read " + csv + ".", "Check that it is a readable CSV file.", e);
    }

    private RowResult importRow(NamedCsvRecord record, PhotoPaths photos, BrandProfile brand, boolean dryRun) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() > record.getHeader().size()) {
            return new RowResult(line, "rejected", null, List.of(Problem.error("row", "This row has "
                    + record.getFieldCount() + " fields but the header has " + record.getHeader().size()
                    + ". Put fields that contain commas in double quotes, e.g. \"LAMP-1@0.4,0.5 LAMP-2@0.6,0.5\".")), List.of());
        }
        List<Path> images = photos.resolve(split(field(record, "images"), "\\|"));
        List<String> shown = images.stream().map(Path::toString).toList();
        List<Problem> outside = photos.outside(images);
        if (!outside.isEmpty()) {
            return new RowResult(line, "rejected", null, outside, shown);
        }
        NewPost request = new NewPost(images, field(record, "caption"),
                split(field(record, "tags"), "[;\\s]+"), field(record, "time"), field(record, "campaign"),
                split(field(record, "interests"), "[|,]"), field(record, "call_to_action"));
        if (dryRun) {
            List<Problem> problems = creator.check(brand, request);
            return new RowResult(line, PostRules.hasErrors(problems) ? "rejected" : "ok", null, problems, shown);
        }
        try {
            PostCreator.Created created = creator.create(brand, request);
            return new RowResult(line, "created", created.post().id(), created.warnings(), shown);
        } catch (PostRejectedException e) {
            return new RowResult(line, "rejected", null, e.problems(), shown);
        } catch (VitrineException e) {
            return new RowResult(line, "rejected", null, List.of(Problem.error("row", e.describe())), shown);
        }
    }

    private static void checkHeader(List<String> header, Path csv) {
        List<String> names = header.stream().map(ScheduleImport::canonical).toList();
        if (!names.contains("images") || !names.contains("caption")) {
            throw new VitrineException(csv.getFileName() + " needs at least the columns images and caption; it has: "
                    + String.join(", ", header) + ".", "Put a header row first, e.g. images,caption,tags,time,campaign.");
        }
    }

    private static String field(NamedCsvRecord record, String name) {
        for (Map.Entry<String, String> entry : record.getFieldsAsMap().entrySet()) {
            if (canonical(entry.getKey()).equals(name)) {
                return entry.getValue();
            }
        }
        return "";
    }

    static String canonical(String column) {
        String name = column.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Optional.ofNullable(ALIASES.get(name)).orElse(name);
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A sample file a person can start from. */
    public static String sample() {
        return "images,caption,tags,time,campaign\n"
                + "photos/lamp.jpg|photos/detail.jpg,\"Evenings, softer. #lighting @maisonlumiere\","
                + "\"LAMP-1@0.42,0.61 LAMP-1@0.5,0.5#2\",2026-12-01T10:00,Lumière Lights\n";
    }
}
