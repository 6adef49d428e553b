package org.evident.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the XML format of the geoparsing benchmarks LGL, TR-News ({@code article/text/toponyms/toponym} with
 * {@code start}, {@code end}, {@code phrase} and a {@code gaztag} holding {@code lat}/{@code lon}) and GeoVirus
 * ({@code article/text/locations/location} with {@code name}, {@code start}, {@code end}, {@code lat},
 * {@code lon}). Toponyms without gold coordinates are left out, as in the published evaluations.
 */
public final class GeoCorpus {

    /** A gold toponym: its span in the article text and where it is. */
    public record GoldToponym(Toponym toponym, double lat, double lon, long geonameid) {}

    /** One article and its gold toponyms. */
    public record GoldArticle(String id, String text, List<GoldToponym> toponyms) {}

    private GeoCorpus() {}

    /** The articles of one benchmark file. */
    public static List<GoldArticle> read(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // reported once, by the caller, instead of also on standard error
                }
            });
            doc = parser.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not geoparsing benchmark XML: " + e.getMessage(), e);
        }
        List<GoldArticle> articles = new ArrayList<>();
        NodeList nodes = doc.getDocumentElement().getElementsByTagName("article");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element article = (Element) nodes.item(i);
            String text = childText(article, "text");
            if (text == null) {
                continue;
            }
            String id = article.hasAttribute("docid") ? article.getAttribute("docid") : Integer.toString(i + 1);
            articles.add(new GoldArticle(id, text, toponyms(article, text)));
        }
        if (articles.isEmpty()) {
            throw new IOException(file + ": no <article> with a <text> found");
        }
        return articles;
    }

    private static List<GoldToponym> toponyms(Element article, String text) {
        List<GoldToponym> out = new ArrayList<>();
        for (String tag : List.of("toponym", "location")) {
            NodeList nodes = article.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element t = (Element) nodes.item(i);
                Element gaz = firstChild(t, "gaztag");
                Element where = gaz != null ? gaz : t;
                String lat = childText(where, "lat");
                String lon = childText(where, "lon");
                String start = childText(t, "start");
                String end = childText(t, "end");
                if (lat == null || lon == null || start == null || end == null || lat.isBlank()) {
                    continue;
                }
                int b = Integer.parseInt(start.trim());
                int e = Integer.parseInt(end.trim());
                String phrase = childText(t, gaz != null ? "phrase" : "name");
                if (phrase != null && !phrase.isBlank()) {
                    b = nearest(text, phrase.strip(), b);
                    e = b + phrase.strip().length();
                }
                if (b < 0 || e > text.length() || e < b) {
                    continue;
                }
                long id = gaz != null && gaz.hasAttribute("geonameid") && !gaz.getAttribute("geonameid").isBlank()
                        ? Long.parseLong(gaz.getAttribute("geonameid").trim()) : 0;
                out.add(new GoldToponym(new Toponym(text.substring(b, e), b, e), Double.parseDouble(lat.trim()),
                        Double.parseDouble(lon.trim()), id));
            }
        }
        out.sort(java.util.Comparator.comparingInt(g -> g.toponym().begin()));
        return out;
    }

    /**
     * Where the phrase stands nearest the given offset; some files count offsets one or two characters off.
     * Returns the offset itself when the phrase is there or nowhere near.
     */
    private static int nearest(String text, String phrase, int offset) {
        if (text.startsWith(phrase, offset)) {
            return offset;
        }
        for (int d = 1; d <= 40; d++) {
            if (offset - d >= 0 && text.startsWith(phrase, offset - d)) {
                return offset - d;
            }
            if (offset + d < text.length() && text.startsWith(phrase, offset + d)) {
                return offset + d;
            }
        }
        return offset;
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        Element child = firstChild(parent, tag);
        return child == null ? null : child.getTextContent();
    }
}
