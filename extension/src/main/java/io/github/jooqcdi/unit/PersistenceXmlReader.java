package io.github.jooqcdi.unit;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the persistence units that the deployment's {@code META-INF/persistence.xml} files declare. */
public final class PersistenceXmlReader {

    private static final String LOCATION = "META-INF/persistence.xml";

    private PersistenceXmlReader() {
    }

    /** Every unit of every persistence.xml the class loader sees, in order; a duplicate name keeps the first. */
    public static List<PersistenceUnitInfo> read(ClassLoader loader) {
        Map<String, PersistenceUnitInfo> units = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(LOCATION))) {
                for (PersistenceUnitInfo unit : read(url)) {
                    units.putIfAbsent(unit.name(), unit);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + LOCATION + " files: " + e.getMessage(), e);
        }
        return List.copyOf(units.values());
    }

    static List<PersistenceUnitInfo> read(URL url) {
        try (InputStream in = url.openStream()) {
            Document document = parser().parse(in);
            List<PersistenceUnitInfo> units = new ArrayList<>();
            for (Element unit : children(document.getDocumentElement(), "persistence-unit")) {
                Map<String, String> properties = new LinkedHashMap<>();
                for (Element props : children(unit, "properties")) {
                    for (Element p : children(props, "property")) {
                        properties.put(p.getAttribute("name"), p.getAttribute("value"));
                    }
                }
                String type = unit.getAttribute("transaction-type");
                List<String> qualifiers = new ArrayList<>();
                for (Element qualifier : children(unit, "qualifier")) {
                    qualifiers.add(qualifier.getTextContent().trim());
                }
                units.add(new PersistenceUnitInfo(unit.getAttribute("name"), type.isEmpty() ? "JTA" : type,
                        text(unit, "provider"), text(unit, "jta-data-source"), text(unit, "non-jta-data-source"),
                        properties, url.toString(), qualifiers));
            }
            return units;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.isEmpty()) {
            return null;
        }
        String t = found.get(0).getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
    }
}
