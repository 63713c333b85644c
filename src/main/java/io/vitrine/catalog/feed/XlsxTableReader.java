package io.vitrine.catalog.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Excel workbooks: the first sheet (or a named one), streamed with POI's event API (SAX over the sheet
 * XML with POI's hardened parser; POI's zip-bomb limits on). The workbook is read from one temporary copy
 * of our own, as a zip file (parts are inflated only when read, none is spilled to POI's temporary files),
 * and the copy is deleted whatever happens. Leading empty rows are skipped: the first non-empty row is the header.
 */
public final class XlsxTableReader implements TableReader {
    private final String sheetName;

    /** @param sheetName the sheet to read, or null for the first */
    public XlsxTableReader(String sheetName) {
        this.sheetName = sheetName;
    }

    @Override
    public void read(InputStream in, TableSink sink) throws IOException {
        Path copy = Files.createTempFile("vitrine-workbook-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            read(copy, sink);
        } catch (IOException e) {
            if (zipBomb(e)) {
                throw bombRefused(e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void read(Path file, TableSink sink) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = findSheet(reader)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new RowCollector(sink),
                        new FeedDataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidFormatException | UnsupportedFileFormatException | InvalidOperationException e) {
            if (zipBomb(e)) {
                throw bombRefused(e);
            }
            throw new FeedException("This file is not an Excel workbook (.xlsx): it is not a zip file of workbook parts.",
                    "Save the spreadsheet as .xlsx (Excel Workbook) or export it as CSV, then import again.", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException | IllegalStateException e) {
            if (zipBomb(e)) {
                throw bombRefused(e);
            }
            throw new FeedException("The workbook cannot be read safely: one of its parts is not well-formed, or declares"
                    + " a DOCTYPE (which could make it read other files or the network), so it was not imported.",
                    "Open it in Excel or LibreOffice, save it again as .xlsx, and retry.", e);
        }
    }

    /** POI's zip-bomb guard, wherever in the causes it fired (it says so in its message, in English). */
    private static boolean zipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static FeedException bombRefused(Throwable cause) {
        return new FeedException("The workbook unpacks to far more than its size (a part of it grows over "
                + Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " times): it is damaged or built to exhaust memory"
                + " (a \"zip bomb\"), so it was not imported.",
                "If you trust it, open it in Excel or LibreOffice, save it again as .xlsx (or export a CSV), and retry.", cause);
    }

    private InputStream findSheet(XSSFReader reader) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            String name = sheets.getSheetName();
            if (sheetName == null || name.equalsIgnoreCase(sheetName.strip())) {
                return sheet;
            }
            names.add(name);
            sheet.close();
        }
        if (sheetName == null) {
            throw new FeedException("The workbook has no sheets.", "Choose a workbook with the products on its first sheet.");
        }
        throw new FeedException("The workbook has no sheet named \"" + sheetName + "\" (it has: " + String.join(", ", names) + ").",
                "Pass one of those names with --sheet, or leave it out to use the first sheet.");
    }

    /** Collects each row's cells by column (cells may be missing in the XML) and hands over non-empty rows. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableSink sink;
        private final List<String> cells = new ArrayList<>();

        RowCollector(TableSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }

        @Override
        public void endRow(int rowNum) {
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    sink.row(rowNum + 1L, new ArrayList<>(cells));
                    return;
                }
            }
        }
    }

    /** Excel's "General" format shows long numbers (GTINs) as 4.00638E+12; feeds need every digit. */
    static final class FeedDataFormatter extends DataFormatter {
        FeedDataFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if ((formatString == null || formatString.equalsIgnoreCase("General")) && value == Math.rint(value)
                    && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
