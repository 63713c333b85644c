package io.vitrine.catalog.feed;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way feeds are parsed as XML: the JDK's StAX parser with DTDs and external entities off and
 * no access to external files or URLs, so an XXE payload or an entity bomb fails fast with a clear
 * message and nothing is read from disk or the network.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resource refused: " + systemId);
        });
        trySet(factory, "jdk.xml.maxElementDepth", 256);
        trySet(factory, "jdk.xml.entityExpansionLimit", 0);
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // an older JDK without this limit: the DTD refusal above still applies
        }
    }

    static XMLStreamReader open(InputStream in) {
        try {
            synchronized (FACTORY) {
                return FACTORY.createXMLStreamReader(in);
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    static FeedException doctypeRefused(int line) {
        return new FeedException("Line " + line + ": the feed declares a DOCTYPE. Product feeds never need one, and"
                + " DOCTYPEs are how XML files smuggle in entity bombs and references to local files, so it was refused.",
                "Remove the <!DOCTYPE …> declaration (and any entities it defines) and import again.");
    }

    static FeedException undeclaredEntity(int line, String name) {
        return new FeedException("Line " + line + ": the feed uses the entity &" + name + "; which XML does not define"
                + " (only &amp; &lt; &gt; &quot; &apos; exist without a DOCTYPE).",
                "Write the character itself (é, ’) or double-escape it as &amp;" + name + ";, and import again.");
    }

    static FeedException malformed(XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
        String where = line > 0 ? "Line " + line + ": " : "";
        if (detail.contains("was referenced, but not declared") || detail.contains("External resource refused")) {
            return new FeedException(where + "the feed uses an XML entity that is not one of XML's five built-in"
                    + " ones (" + detail.strip() + "). Entities and external references are refused for safety.",
                    "Write the character itself (é, ’) instead of an entity, escape & as &amp;, and import again.", e);
        }
        if (detail.contains("must start and end within the same entity") || detail.contains("end of file")) {
            return new FeedException(where + "the file ends in the middle of the XML: it was cut off (an interrupted"
                    + " download or export). Nothing was imported; the catalog is as it was.",
                    "Download or export the feed again, then import it again.", e);
        }
        return new FeedException(where + "the XML is malformed: " + detail.strip(),
                "Check that the file is complete (not cut off during download) and is valid XML, then import again.", e);
    }

    static void closeQuietly(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a reader over a stream the caller owns
        }
    }
}
