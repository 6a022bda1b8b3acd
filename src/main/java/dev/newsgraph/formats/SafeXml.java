package dev.newsgraph.formats;

import dev.newsgraph.error.BadUserInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * XML parsing that refuses what hostile XML relies on: any DOCTYPE (so no external entities reading local files or
 * URLs, no entity-expansion bombs), XInclude, external schemas. Feeds and NewsML-G2 need none of these.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(String xml, String format) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "DOCTYPE declarations are not allowed (no DTDs or entities: they can read local files or expand without bound)"
                    : e.getMessage();
            throw new BadUserInputException("Malformed " + format + " at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + reason);
        } catch (SAXException e) {
            throw new BadUserInputException("Malformed " + format + ": " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured safely", e);
        }
    }

    /** Child elements with this local name (any namespace). */
    static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Node parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The trimmed text of the first child of that name, or null when it is missing or blank. */
    static String text(Node parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : blankToNull(e.getTextContent());
    }

    /** The first descendant element with this local name, depth first. */
    static Element descendant(Node parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (localName.equals(e.getLocalName())) {
                    return e;
                }
                Element found = descendant(e, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}
