package io.vitrine.cli;

import io.vitrine.catalog.scan.ScanMatch;
import io.vitrine.catalog.scan.ScanResult;
import io.vitrine.catalog.scan.ScannedCode;
import io.vitrine.common.Formats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio catalog scan IMAGE}: the catalog items a picture's barcodes, QR codes or photo stand for. */
@Command(mixinStandardHelpOptions = true, name = "scan", description = {
    "Find the catalog items in a picture: barcodes (EAN-13, EAN-8, UPC-A, UPC-E, Code 128) and QR codes by GTIN,",
    "link or id; a picture without a code by comparing it with the catalog's product pictures.",
    "Exit code 0 when the picture was read (even with no match), 1 when it could not be read."})
final class CatalogScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "IMAGE", description = "The picture (PNG, JPEG, GIF, BMP or WebP).")
    Path image;
    @Mixin
    WorkspaceOption workspace;
    @Mixin
    JsonOption json;

    /** The JSON document: the codes read and the items found. */
    record Output(List<Code> codes, List<Match> matches) {
    }

    record Code(String format, String text) {
    }

    record Match(String id, String title, String by, double score, String reason) {
    }

    @Override
    public Integer call() {
        ScanResult result;
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
            result = opened.features().find().scan().scan(image, progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            List<Code> codes = new ArrayList<>();
            for (ScannedCode code : result.codes()) {
                codes.add(new Code(code.format(), code.text()));
            }
            List<Match> matches = new ArrayList<>();
            for (ScanMatch match : result.matches()) {
                matches.add(new Match(match.item().id(), match.item().title(), match.by(), Math.round(match.score() * 100) / 100.0,
                        match.reason()));
            }
            json.write(new Output(codes, matches));
            return 0;
        }
        print(out, result);
        return 0;
    }

    private static void print(PrintWriter out, ScanResult result) {
        for (ScannedCode code : result.codes()) {
            out.printf("%s %s%n", code.formatLabel(), code.text());
        }
        for (ScannedCode code : result.unmatchedCodes()) {
            out.printf("Not in your catalog: %s %s%n", code.formatLabel(), code.text());
        }
        for (ScanMatch match : result.matches()) {
            out.printf("%-24s %-44s %s (%s)%n", match.item().id(), match.item().title(),
                    match.by().equals(ScanMatch.BY_PHOTO) ? Formats.percent(match.score()) : match.by(), match.reason());
        }
        if (result.codes().isEmpty() && result.matches().isEmpty()) {
            out.printf("No code in the picture, and no close match among %s product pictures.%n",
                    Formats.count(result.photosCompared()));
        }
        out.flush();
    }
}
