package io.vitrine.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML via POI's XDDF), so the numbers stay live in Excel and LibreOffice
 * rather than being pasted pictures. Data comes from cell ranges on the same sheet.
 */
final class ExcelCharts {
    /** Series colours, set explicitly: LibreOffice draws nothing for a series without them. */
    private static final byte[][] PALETTE = {
            rgb(0x09, 0x69, 0xda), rgb(0xbf, 0x87, 0x00), rgb(0x82, 0x50, 0xdf), rgb(0x1a, 0x7f, 0x37),
            rgb(0x05, 0x50, 0xae), rgb(0xbc, 0x4c, 0x00), rgb(0xcf, 0x22, 0x2e)};

    private ExcelCharts() {
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    private static XDDFSolidFillProperties fill(int seriesIndex) {
        return new XDDFSolidFillProperties(XDDFColor.from(PALETTE[seriesIndex % PALETTE.length]));
    }

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners. */
    record Placement(int fromColumn, int fromRow, int toColumn, int toRow) {
    }

    /**
     * A line chart over days with one series per value column; the days (real dates) in {@code dayColumn}, rows
     * {@code firstRow..lastRow}; series names from the header row above.
     */
    static void lines(XSSFSheet sheet, Placement at, String title, int dayColumn, int[] valueColumns,
                      int headerRow, int firstRow, int lastRow) {
        XSSFChart chart = newChart(sheet, at, title);
        XDDFDateAxis x = chart.createDateAxis(AxisPosition.BOTTOM);
        x.setNumberFormat("yyyy-mm-dd");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        var categories = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, dayColumn, dayColumn));
        for (int i = 0; i < valueColumns.length; i++) {
            int column = valueColumns[i];
            var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
            series.setTitle(sheet.getRow(headerRow).getCell(column).getStringCellValue(), null);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties(fill(i));
            line.setWidth(2.0);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    /** A bar chart of one value column against a category column. */
    static void bars(XSSFSheet sheet, Placement at, String title, int categoryColumn, int valueColumn,
                     int firstRow, int lastRow, boolean horizontal) {
        XSSFChart chart = newChart(sheet, at, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
        ((XDDFBarChartData) data).setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        if (horizontal) {
            x.setOrientation(AxisOrientation.MAX_MIN); // first row on top, as the table reads
        }
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn));
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(title, null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(fill(0));
        series.setShapeProperties(shape);
        data.setVaryColors(false);
        chart.plot(data);
        chart.deleteLegend();
    }

    private static XSSFChart newChart(XSSFSheet sheet, Placement at, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.fromColumn(), at.fromRow(), at.toColumn(), at.toRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }
}
