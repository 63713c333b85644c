package io.vitrine.catalog.scan;

/**
 * A code read from a picture: its ZXing format name ({@code EAN_13}, {@code EAN_8}, {@code UPC_A},
 * {@code UPC_E}, {@code CODE_128}, {@code QR_CODE}) and the text it holds.
 */
public record ScannedCode(String format, String text) {

    /** The format as people say it: "EAN-13", "QR code". */
    public String formatLabel() {
        return switch (format) {
            case "EAN_13" -> "EAN-13";
            case "EAN_8" -> "EAN-8";
            case "UPC_A" -> "UPC-A";
            case "UPC_E" -> "UPC-E";
            case "CODE_128" -> "Code 128";
            case "QR_CODE" -> "QR code";
            default -> format;
        };
    }
}
