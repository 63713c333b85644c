package io.vitrine.conversation;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.vitrine.common.VitrineException;
import io.vitrine.report.SafeCells;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes threads to a CSV (UTF-8 with a byte order mark, so Excel reads accents) or an .xlsx sheet, one row per
 * comment, a thread's first comment before its replies. A comment can never run as a formula: text that starts like
 * one is written as text ({@link SafeCells}). The file appears only when complete.
 */
public final class CommentExport {
    static final List<String> COLUMNS = List.of("thread", "comment", "parent", "post", "poll", "publication", "written_at",
            "author", "author_name", "text", "language", "visibility", "status", "question", "product", "assignee",
            "answered_at", "response_minutes", "region", "interest", "age_band", "hidden");

    /** What was written. */
    public record Result(Path file, String format, int threads, int rows) {
    }

    public Result write(List<CommentThread> threads, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv")) {
            throw new VitrineException("Cannot tell what to write from the name " + target.getFileName() + ".",
                    "End it with .xlsx (Excel) or .csv.");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new VitrineException("The folder " + parent + " does not exist.", "Create it or choose another folder.");
        }
        List<List<String>> rows = rows(threads);
        try {
            Path temp = Files.createTempFile(parent, ".comments-", xlsx ? ".xlsx" : ".csv");
            try {
                if (xlsx) {
                    writeXlsx(rows, temp);
                } else {
                    writeCsv(rows, temp);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new VitrineException("Could not write " + target + " (" + e.getMessage() + ").",
                    "Check that the folder is writable and the file is not open in another program.", e);
        }
        return new Result(target, xlsx ? "xlsx" : "csv", threads.size(), rows.size());
    }

    static List<List<String>> rows(List<CommentThread> threads) {
        List<List<String>> rows = new ArrayList<>();
        for (CommentThread thread : threads) {
            rows.add(row(thread, thread.first()));
            for (Comment reply : thread.replies()) {
                rows.add(row(thread, reply));
            }
        }
        return rows;
    }

    private static List<String> row(CommentThread thread, Comment c) {
        boolean first = c == thread.first();
        Instant answered = thread.answeredAt();
        String minutes = first && answered != null
                ? Long.toString(Math.max(0, Duration.between(c.occurredAt(), answered).toMinutes())) : null;
        List<String> row = new ArrayList<>();
        row.add(thread.first().id());
        row.add(c.id());
        row.add(c.parentId());
        row.add(c.postId() == null ? null : c.postId().toString());
        row.add(c.pollId() == null ? null : c.pollId().toString());
        row.add(thread.publication());
        row.add(c.occurredAt().toString());
        row.add(c.byBrand() ? (c.automationRule() != null ? "automation" : "brand") : "audience");
        row.add(c.authorName());
        row.add(c.text());
        row.add(c.language());
        row.add(c.isPrivate() ? "private" : "public");
        row.add(first ? thread.status().code() : null);
        row.add(first ? (thread.question() ? "yes" : "no") : null);
        row.add(first ? thread.itemId() : null);
        row.add(first ? thread.assignee() : null);
        row.add(first && answered != null ? answered.toString() : null);
        row.add(minutes);
        row.add(c.segment() == null ? null : c.segment().region());
        row.add(c.segment() == null ? null : c.segment().interest());
        row.add(c.segment() == null ? null : c.segment().ageBand());
        row.add(c.hidden() ? "yes" : "no");
        return row;
    }

    private static void writeCsv(List<List<String>> rows, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
                csv.writeRecord(COLUMNS);
                for (List<String> row : rows) {
                    csv.writeRecord(row.stream().map(v -> v == null ? "" : SafeCells.csv(v)).toList());
                }
            }
        }
    }

    private static void writeXlsx(List<List<String>> rows, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Comments");
            CellStyle quoted = SafeCells.quotedStyle(workbook);
            CellStyle plain = workbook.createCellStyle();
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                SafeCells.text(head, i, COLUMNS.get(i), header, quoted);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    SafeCells.text(row, i, values.get(i), plain, quoted);
                }
            }
            layout(sheet, rows.size());
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void layout(Sheet sheet, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, COLUMNS.size() - 1));
        for (int i = 0; i < COLUMNS.size(); i++) {
            int width = COLUMNS.get(i).equals("text") ? 60 : COLUMNS.get(i).equals("publication") ? 30 : 14;
            sheet.setColumnWidth(i, width * 256);
        }
    }
}
