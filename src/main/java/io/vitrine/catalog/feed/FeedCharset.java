package io.vitrine.catalog.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Which character set a text feed is written in: the one the user named, else UTF-8 when the start of
 * the file is valid UTF-8, else Windows-1252 (what Excel on Windows saves as "CSV"; a superset of
 * Latin-1). Decoding is strict: a byte sequence the chosen set cannot read stops the import with its
 * line, so a "�" never ends up in the catalog unannounced.
 */
public final class FeedCharset {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int PEEK_BYTES = TextSniffer.PEEK_BYTES;

    /** The text of the feed (byte-order mark removed), the set it is read in, and whether that was a guess from its bytes. */
    public record Decoded(Reader reader, Charset charset, boolean fallback) {
    }

    private FeedCharset() {
    }

    /** @param forced the set the user named, or null to tell UTF-8 from Windows-1252 by the first 64 KB */
    public static Decoded open(InputStream in, Charset forced) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, PEEK_BYTES);
        buffered.mark(PEEK_BYTES);
        byte[] head = buffered.readNBytes(PEEK_BYTES);
        buffered.reset();
        boolean utf8Bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = forced != null ? forced : utf8Bom || isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        if (utf8Bom && StandardCharsets.UTF_8.equals(charset)) {
            buffered.skipNBytes(3);
        }
        return new Decoded(new StrictReader(buffered, charset), charset, forced == null && !StandardCharsets.UTF_8.equals(charset));
    }

    /** True when the bytes are UTF-8; a sequence cut off at the end of the sample still counts. */
    static boolean isUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CharBuffer chars = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // bytes left over are a sequence cut off by the sample's end, unless the file ends there too
                return !bytes.hasRemaining() || head.length == PEEK_BYTES;
            }
            chars.clear();
        }
    }

    /**
     * Decodes strictly, and hands over every character before a bad byte sequence before it throws (the JDK's
     * reader drops up to a buffer of them), so the error can name the line the bad bytes are on.
     */
    static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private CharacterCodingException pending;
        private boolean ended;

        StrictReader(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (pending != null) {
                throw pending;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset && !(ended && !bytes.hasRemaining())) {
                CoderResult result = decoder.decode(bytes, out, ended);
                if (result.isError()) {
                    pending = new MalformedInputException(result.length());
                    break;
                }
                if (result.isUnderflow() && !ended) {
                    fill();
                } else if (result.isUnderflow()) {
                    decoder.flush(out);
                    break;
                }
            }
            int n = out.position() - offset;
            if (n == 0 && pending != null) {
                throw pending;
            }
            return n == 0 ? -1 : n;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A name the user gave (--encoding), checked. */
    public static Charset named(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedException("\"" + name + "\" is not a character set Java knows.",
                    "Use UTF-8, windows-1252 (Excel on Windows), ISO-8859-1 or ISO-8859-15.");
        }
    }
}
