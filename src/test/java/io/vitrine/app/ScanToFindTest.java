package io.vitrine.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import io.vitrine.catalog.scan.BarcodePictures;
import io.vitrine.catalog.scan.ScanFixture;
import io.vitrine.ui.Snapshots;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Scan to find in the real shell: a picture dropped or pasted on the window lands on its item in the Catalog. */
class ScanToFindTest extends FxRobot {
    @TempDir
    Path dir;
    Stage stage;

    @BeforeEach
    void start() throws Exception {
        ScanFixture.create(dir).close();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new StudioApp(new LaunchRequest(dir.resolve("scan.vitrine"), false),
                new SettingsStore(dir.resolve("settings.json"))));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().contains("Scan"));
        clickOn("#" + Section.POSTS.navId()); // away from the Catalog: the scan must bring it back
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void paste(Map<DataFormat, Object> content) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().setContent(content)).get();
        clickOn("#" + Section.POSTS.navId());
        press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
    }

    private void waitForItemInCatalog(String title) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> lookup("#" + Section.CATALOG.navId()).queryAs(ToggleButton.class).isSelected());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup((Node n) -> n instanceof Label label
                && "detailTitle".equals(n.getId()) && title.equals(label.getText())).tryQuery().isPresent());
    }

    @Test
    void aDroppedPictureFileWithABarcodeOpensItsItem() throws Exception {
        BufferedImage card = BarcodePictures.card(700, 500);
        BarcodePictures.place(card, BarcodePictures.code(BarcodeFormat.EAN_13, "400638133393", 3), 350, 250, 1.0, 24);
        Path picture = Files.write(dir.resolve("box.png"), BarcodePictures.png(card));
        // a drop and a paste hand the shell the same content: a file list (see PictureDrop.take)
        paste(Map.of(DataFormat.FILES, List.of(picture.toFile())));
        waitForItemInCatalog("Arc Floor Lamp – Brass");
        Snapshots.save(stage.getScene(), "scan-barcode");
    }

    @Test
    void aPastedPhotoWithoutCodeOpensTheItemItShows() throws Exception {
        BufferedImage photo = ImageIO.read(ScanFixture.PRODUCTS.resolve("eclat-tl-chalk.jpg").toFile());
        paste(Map.of(DataFormat.IMAGE, SwingFXUtils.toFXImage(photo, null)));
        waitForItemInCatalog("Eclat Mushroom Table Lamp – Chalk");
        // its similar items under the details: the Lune lamps (same type, "table lamp" in the title)
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup((Node n) -> n instanceof javafx.scene.control.Hyperlink link
                && link.getText().startsWith("Lune Table Lamp")).tryQuery().isPresent());
        Snapshots.save(stage.getScene(), "scan-photo");
    }
}
