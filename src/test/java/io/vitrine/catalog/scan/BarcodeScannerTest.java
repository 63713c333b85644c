package io.vitrine.catalog.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import io.vitrine.common.Progress;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BarcodeScannerTest {
    private final BarcodeScanner scanner = new BarcodeScanner();

    @ParameterizedTest
    @EnumSource(value = BarcodeFormat.class, names = {"EAN_13", "EAN_8", "UPC_A", "UPC_E", "CODE_128", "QR_CODE"})
    void readsEveryFormatTurnedAtAnyAngle(BarcodeFormat format) {
        Random random = new Random(format.ordinal());
        for (double angle : new double[] {17, 128, 236, 301}) {
            String text = BarcodePictures.sampleText(format, random);
            BufferedImage card = BarcodePictures.card(640, 640);
            BarcodePictures.place(card, BarcodePictures.code(format, text, 2), 320, 320, 1.0, angle);
            assertThat(scanner.scan(card, Progress.NONE)).as("%s at %s°", format, angle)
                    .contains(new ScannedCode(expectedFormat(format, text), expectedText(format, text)));
        }
    }

    @Test
    void readsSmallNoisyCompressedCodes() {
        Random random = new Random(7);
        for (BarcodeFormat format : BarcodeScanner.FORMATS) {
            String text = BarcodePictures.sampleText(format, random);
            BufferedImage card = BarcodePictures.card(640, 480);
            BarcodePictures.place(card, BarcodePictures.code(format, text, 2), 320, 240, 0.9, 12);
            BarcodePictures.noise(card, 14, random);
            BufferedImage photo = BarcodePictures.jpeg(card);
            assertThat(scanner.scan(photo, Progress.NONE)).as("%s small and noisy", format)
                    .contains(new ScannedCode(expectedFormat(format, text), expectedText(format, text)));
        }
    }

    @Test
    void findsSeveralCodesInOnePicture() {
        Random random = new Random(11);
        BufferedImage card = BarcodePictures.card(1400, 1000);
        List<ScannedCode> expected = new ArrayList<>();
        double[][] spots = {{330, 240, 0}, {1050, 240, 35}, {330, 740, 100}, {1050, 760, 200}, {700, 500, 0}};
        BarcodeFormat[] formats = {BarcodeFormat.EAN_13, BarcodeFormat.CODE_128, BarcodeFormat.EAN_8, BarcodeFormat.QR_CODE,
            BarcodeFormat.UPC_A};
        for (int i = 0; i < formats.length; i++) {
            String text = BarcodePictures.sampleText(formats[i], random);
            BarcodePictures.place(card, BarcodePictures.code(formats[i], text, 2), spots[i][0], spots[i][1], 1.0, spots[i][2]);
            expected.add(new ScannedCode(expectedFormat(formats[i], text), expectedText(formats[i], text)));
        }
        assertThat(scanner.scan(card, Progress.NONE)).containsAll(expected);
    }

    @Test
    void aPictureWithoutCodesGivesNone() {
        assertThat(scanner.scan(BarcodePictures.card(500, 400), Progress.NONE)).isEmpty();
    }

    /** ZXing reports an EAN-13 that starts with 0 as the UPC-A it is. */
    static String expectedFormat(BarcodeFormat format, String text) {
        return format == BarcodeFormat.EAN_13 && text.startsWith("0") ? "UPC_A" : format.name();
    }

    static String expectedText(BarcodeFormat format, String text) {
        String read = BarcodePictures.readBack(format, text);
        return format == BarcodeFormat.EAN_13 && read.startsWith("0") ? read.substring(1) : read;
    }
}
