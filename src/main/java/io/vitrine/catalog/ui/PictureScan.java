package io.vitrine.catalog.ui;

import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.scan.PictureReader;
import io.vitrine.catalog.scan.ScanMatch;
import io.vitrine.catalog.scan.ScanResult;
import io.vitrine.common.Formats;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.OpenCatalogItem;
import io.vitrine.ui.StudioContext;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.ChoiceDialog;

/**
 * Scan to find from the desktop: a picture (chosen, dropped or pasted) is scanned in the background; one item
 * found opens in the Catalog, several are offered as a list, none says what was read ("not in your catalog").
 */
public final class PictureScan {
    static final List<DialogService.FileType> PICTURES = List.of(
            DialogService.FileType.of("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.webp"));
    private static final String TITLE = "Scan picture";

    private final StudioContext context;

    public PictureScan(StudioContext context) {
        this.context = context;
    }

    public void chooseAndScan() {
        context.dialogs().chooseFileToOpen("Scan a picture", PICTURES).ifPresent(this::scan);
    }

    public void scan(Path file) {
        io.vitrine.catalog.find.FindFeature catalog = context.feature(io.vitrine.catalog.find.FindFeature.class);
        context.tasks().submit("Scanning " + file.getFileName(), progress -> catalog.scan().scan(file, progress), this::show);
    }

    /** A picture that is already in memory (pasted, or dragged from another application). */
    public void scan(BufferedImage picture, String name) {
        io.vitrine.catalog.find.FindFeature catalog = context.feature(io.vitrine.catalog.find.FindFeature.class);
        context.tasks().submit("Scanning " + name, progress -> catalog.scan().scan(PictureReader.check(picture, name), progress),
                this::show);
    }

    void show(ScanResult result) {
        Map<String, ScanMatch> items = new LinkedHashMap<>();
        result.matches().forEach(match -> items.putIfAbsent(match.item().id(), match));
        if (items.size() == 1) {
            context.events().publish(new OpenCatalogItem(items.keySet().iterator().next()));
        } else if (items.size() > 1) {
            choose(new ArrayList<>(items.values()));
        } else if (!result.codes().isEmpty()) {
            context.dialogs().showInfo("Not in your catalog", result.unmatchedCodes().stream()
                    .map(code -> code.formatLabel() + " " + code.text()).collect(Collectors.joining("\n"))
                    + "\n\nNo item of this catalog has " + (result.codes().size() == 1 ? "this code." : "these codes."));
        } else {
            context.dialogs().showInfo("No close match", "The picture has no barcode or QR code, and none of the "
                    + Formats.count(result.photosCompared()) + " product pictures of the catalog is close to it.");
        }
    }

    private void choose(List<ScanMatch> matches) {
        List<String> labels = new ArrayList<>();
        for (ScanMatch match : matches) {
            labels.add(label(match));
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.setTitle(TITLE);
        dialog.setHeaderText(matches.size() + " items match the picture");
        dialog.setContentText("Open:");
        dialog.getDialogPane().setId("scanMatchesDialog");
        dialog.showAndWait().ifPresent(choice -> context.events().publish(
                new OpenCatalogItem(matches.get(labels.indexOf(choice)).item().id())));
    }

    static String label(ScanMatch match) {
        String how = match.by().equals(ScanMatch.BY_PHOTO) ? Formats.percent(match.score()) + ", " + match.reason()
                : match.reason();
        return match.item().title() + " (" + match.item().id() + ") — " + how;
    }
}
