package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Field;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Google Merchant Center XML feeds: RSS 2.0 ({@code <item>}) or Atom ({@code <entry>}), fields in the
 * {@code g:} namespace or as plain RSS/Atom elements ({@code <title>}, {@code <link href>}). Only the
 * direct children of an item are fields, so nested groups ({@code <g:shipping><g:price>}) never
 * overwrite the item's own price. Parsed with {@link SafeXml}: no DTD, no entities, nothing fetched.
 */
public final class GmcXmlReader implements FeedReader {
    /** A field longer than this is refused: no real title or description comes close. */
    static final int MAX_FIELD_CHARS = 1 << 20;

    @Override
    public void read(InputStream in, RowSink sink) throws IOException {
        XMLStreamReader xml = SafeXml.open(in);
        try {
            boolean sawRoot = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw SafeXml.doctypeRefused(xml.getLocation().getLineNumber());
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!sawRoot) {
                    sawRoot = true;
                    if (!name.equals("rss") && !name.equals("feed") && !name.equals("channel")) {
                        throw new FeedException("This XML file is not a product feed: its root element is <" + name + ">.",
                                "Export the feed from Google Merchant Center as RSS 2.0 or Atom (with the g: namespace).");
                    }
                } else if (name.equals("item") || name.equals("entry")) {
                    sink.accept(readItem(xml));
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(e);
        } finally {
            SafeXml.closeQuietly(xml);
        }
    }

    private static FeedRow readItem(XMLStreamReader xml) throws XMLStreamException {
        FeedRow row = new FeedRow(xml.getLocation().getLineNumber());
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1) {
                    readField(xml, row);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return row;
    }

    /** Reads one child of an item; nested groups are skipped whole. Leaves the reader on its end tag. */
    private static void readField(XMLStreamReader xml, FeedRow row) throws XMLStreamException {
        String name = xml.getLocalName();
        Optional<Field> field = fieldFor(name);
        if (name.equals("link") && xml.getAttributeValue(null, "href") != null) {
            String rel = xml.getAttributeValue(null, "rel");
            if (rel == null || rel.equals("alternate")) {
                row.put(Field.LINK, xml.getAttributeValue(null, "href"));
            }
        }
        String text = textOf(xml);
        if (field.isPresent() && text != null) {
            Field f = field.get();
            // g:description wins over an Atom summary; the first non-blank value of a single field is kept
            if (f == Field.ADDITIONAL_IMAGE_LINK || !row.has(f) || name.equals("description")) {
                row.put(f, text);
            }
        }
    }

    private static Optional<Field> fieldFor(String localName) {
        switch (localName) {
            case "summary":
            case "content":
                return Optional.of(Field.DESCRIPTION);
            case "link":
                return Optional.of(Field.LINK);
            default:
                return Field.match(localName);
        }
    }

    /** The text of a simple element (CDATA included); null when it has child elements. */
    private static String textOf(XMLStreamReader xml) throws XMLStreamException {
        String element = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        boolean nested = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1 && !nested) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        if (text.length() > MAX_FIELD_CHARS) {
                            throw new FeedException("Line " + xml.getLocation().getLineNumber() + ": the <"
                                    + element + "> field is longer than " + MAX_FIELD_CHARS + " characters.",
                                    "Check that the feed is not damaged; no product field should be that long.");
                        }
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    nested = true;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw SafeXml.undeclaredEntity(xml.getLocation().getLineNumber(), xml.getLocalName());
                default -> {
                    // comments and processing instructions carry no field text
                }
            }
        }
        return nested ? null : text.toString();
    }
}
