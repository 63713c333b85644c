package io.vitrine.catalog.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import io.vitrine.common.Progress;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every EAN-13, EAN-8, UPC-A, UPC-E, Code 128 and QR code in a picture. ZXing reads a 1D code
 * whose bars cross a scan line (it tries the picture turned a quarter too), so the picture is also read
 * turned by 22.5°, 45° and 67.5°: every angle is then within about 11° of one that reads. Small codes
 * are read again enlarged, noisy ones shrunk (which averages the noise away); each pass looks for
 * several codes (ZXing's multiple-code reader splits the picture around what it found), and QR codes
 * get ZXing's own multi-QR reader. The four turned readings run side by side (one per core).
 */
public final class BarcodeScanner {
    static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A,
            BarcodeFormat.UPC_E, BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE);
    private static final double[] ANGLES = {0, 22.5, 45, 67.5};
    /** Pictures are read at most this size (longest side); bigger ones are shrunk first. */
    static final int WORKING_SIZE = 1600;
    /** Retail and Code 128 codes only: the turned passes are for them (QR codes read at any angle already). */
    private static final Map<DecodeHintType, Object> LINEAR = hints(FORMATS.subList(0, 5));
    private static final Map<DecodeHintType, Object> HINTS = hints(FORMATS);

    /** Every code found, each once: QR codes first, then by pass (the turned pictures read side by side). */
    public List<ScannedCode> scan(BufferedImage picture, Progress progress) {
        Set<ScannedCode> found = new LinkedHashSet<>();
        BufferedImage working = Pictures.fit(picture, WORKING_SIZE);
        readQrCodes(working, found);
        if (Math.max(working.getWidth(), working.getHeight()) <= 1200) {
            readQrCodes(Pictures.scale(working, 1.6), found); // small QR codes: modules under two pixels read enlarged
        }
        List<Double> scales = scales(working);
        for (int s = 0; s < scales.size(); s++) {
            progress.checkCancelled();
            progress.update(s, scales.size(), "Looking for barcodes");
            double scale = scales.get(s);
            BufferedImage scaled = scale == 1 ? working : Pictures.scale(working, scale);
            List<BufferedImage> turned = Arrays.stream(ANGLES).parallel()
                    .mapToObj(angle -> angle == 0 ? scaled : Pictures.rotate(scaled, angle)).toList();
            readTurned(turned, false, progress).forEach(found::addAll);
            if (found.isEmpty()) { // ZXing's global-histogram binarizer reads some noisy pictures the hybrid one cannot
                readTurned(turned, true, progress).forEach(found::addAll);
            }
            if (!found.isEmpty() && scale == 1) {
                break; // codes at the natural size: the rescaled passes find the same ones, slower
            }
        }
        return List.copyOf(found);
    }

    /** Natural size first; then enlarged if the picture is small, and shrunk (which averages noise) if it is not. */
    private static List<Double> scales(BufferedImage picture) {
        int longest = Math.max(picture.getWidth(), picture.getHeight());
        if (longest < 800) {
            return List.of(1.0, 2.0, 0.5);
        }
        return List.of(1.0, 0.5, 1.5);
    }

    /** Reads the turned copies side by side; the first is the picture as it is (QR codes too), the others 1D codes only. */
    private static List<List<ScannedCode>> readTurned(List<BufferedImage> turned, boolean global, Progress progress) {
        return java.util.stream.IntStream.range(0, turned.size()).parallel().mapToObj(i -> {
            progress.checkCancelled();
            LuminanceSource source = new BufferedImageLuminanceSource(turned.get(i));
            List<ScannedCode> found = new ArrayList<>();
            readAll(new BinaryBitmap(global ? new GlobalHistogramBinarizer(source) : new HybridBinarizer(source)),
                    i == 0 ? HINTS : LINEAR, found);
            return found;
        }).toList();
    }

    private static void readAll(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints, java.util.Collection<ScannedCode> found) {
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        try {
            for (Result result : new GenericMultipleBarcodeReader(reader).decodeMultiple(bitmap, hints)) {
                found.add(code(result));
            }
        } catch (NotFoundException nothing) {
            // no code on this pass
        }
    }

    private static void readQrCodes(BufferedImage image, Set<ScannedCode> found) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
                found.add(code(result));
            }
        } catch (NotFoundException nothing) {
            // no QR code
        }
    }

    private static ScannedCode code(Result result) {
        return new ScannedCode(result.getBarcodeFormat().name(), result.getText());
    }

    private static Map<DecodeHintType, Object> hints(List<BarcodeFormat> formats) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, formats);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        return Map.copyOf(hints);
    }
}
