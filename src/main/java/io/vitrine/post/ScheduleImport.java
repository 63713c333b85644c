package io.vitrine.post;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.vitrine.brand.BrandProfile;
import io.vitrine.common.Problem;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * the others are reported with line, field and reason, and nothing else is touched.
 */
public final class ScheduleImport {
    static final Set<String> KNOWN = Set.of("images", "caption", "tags", "time", "campaign", "interests", "call_to_action");
    private static final Map<String, String> ALIASES = Map.of("image", "images", "photos", "images", "scheduled_at", "time",
            "schedule", "time", "cta", "call_to_action", "text", "caption");

    private final PostCreator creator;

    public ScheduleImport(PostCreator creator) {
        this.creator = creator;
    }

    /** One row's outcome. {@code postId} is null when the row was rejected (or on a dry run). */
    public record RowResult(long line, String status, Long postId, List<Problem> problems) {
        public boolean created() {
            return "created".equals(status);
        }
    }

    /** What an import did, row by row. */
    public record Report(String file, int created, int rejected, boolean dryRun, List<RowResult> rows) {
    }

    public Report run(Path csv, BrandProfile brand, boolean dryRun, Progress progress) {
        List<RowResult> rows = new ArrayList<>();
        Path folder = csv.toAbsolutePath().getParent();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true)
                .detectBomHeader(true).ofNamedCsvRecord(csv)) {
            boolean headerChecked = false;
            for (NamedCsvRecord record : reader) {
                if (!headerChecked) {
                    checkHeader(record.getHeader(), csv);
                    headerChecked = true;
                }
                progress.checkCancelled();
                rows.add(importRow(record, folder, brand, dryRun));
                progress.update(rows.size(), -1, "Row " + rows.size());
            }
        } catch (NoSuchFileException e) {
            throw new VitrineException("The file " + csv + " does not exist.", "Check the path.");
        } catch (IOException | UncheckedIOException e) {
            throw new VitrineException("Cannot read " + csv + ": " + e.getMessage(), "Check that it is a readable CSV file (UTF-8).", e);
        }
        if (rows.isEmpty()) {
            throw new VitrineException(csv.getFileName() + " has no rows to import.",
                    "Add a header row (images,caption,tags,time) and one row per post.");
        }
        int created = (int) rows.stream().filter(RowResult::created).count();
        int rejected = (int) rows.stream().filter(r -> "rejected".equals(r.status())).count();
        return new Report(csv.toString(), created, rejected, dryRun, rows);
    }

    private RowResult importRow(NamedCsvRecord record, Path folder, BrandProfile brand, boolean dryRun) {
        if (record.getFieldCount() > record.getHeader().size()) {
            return new RowResult(record.getStartingLineNumber(), "rejected", null, List.of(Problem.error("row", "This row has "
                    + record.getFieldCount() + " fields but the header has " + record.getHeader().size()
                    + ". Put fields that contain commas in double quotes, e.g. \"LAMP-1@0.4,0.5 LAMP-2@0.6,0.5\".")));
        }
        NewPost request = new NewPost(paths(field(record, "images"), folder), field(record, "caption"),
                split(field(record, "tags"), "[;\\s]+"), field(record, "time"), field(record, "campaign"),
                split(field(record, "interests"), "[|,]"), field(record, "call_to_action"));
        long line = record.getStartingLineNumber();
        if (dryRun) {
            List<Problem> problems = creator.check(brand, request);
            return new RowResult(line, PostRules.hasErrors(problems) ? "rejected" : "ok", null, problems);
        }
        try {
            PostCreator.Created created = creator.create(brand, request);
            return new RowResult(line, "created", created.post().id(), created.warnings());
        } catch (PostRejectedException e) {
            return new RowResult(line, "rejected", null, e.problems());
        } catch (VitrineException e) {
            return new RowResult(line, "rejected", null, List.of(Problem.error("row", e.describe())));
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

    private static List<Path> paths(String text, Path folder) {
        return split(text, "\\|").stream().map(p -> {
            Path path = Path.of(p);
            return path.isAbsolute() || folder == null ? path : folder.resolve(path);
        }).toList();
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
