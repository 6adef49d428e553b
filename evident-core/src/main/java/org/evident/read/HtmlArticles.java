package org.evident.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evident.model.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML page into a draft article: the main text without navigation, ads, comments, scripts and styles,
 * and the title, date, section, URL, source and language the page states in its markup.
 */
final class HtmlArticles {

    /** Elements that never hold article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, iframe, frame, object, "
            + "embed, canvas, form, button, input, select, textarea, nav, aside, footer, header, menu, dialog, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], "
            + "[role=contentinfo], [role=dialog], [role=search]";
    /** Class and id words of page furniture: comments, sharing, ads, related links, newsletters. */
    private static final Pattern FURNITURE = Pattern.compile("(?:^|[\\s_-])(?:comments?|comment-list|disqus|"
            + "share|sharing|social|ad|ads|adv|advert\\w*|sponsor\\w*|promo\\w*|related|recommended|newsletter|"
            + "subscribe|subscription|cookie\\w*|consent|banner|breadcrumbs?|menu|sidebar|footer|nav|navbar|"
            + "navigation|popup|modal|outbrain|taboola|paywall|tags|byline-social|most-read|trending)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li",
            "dd", "figcaption");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "report", "socialmediaposting", "webpage");
    private static final Evaluator NEVER_TEXT_ELEMENTS = QueryParser.parse(NEVER_TEXT);
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    private static final Evaluator LINKS = QueryParser.parse("a");
    private static final Evaluator LINKED_DATA = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator HEADING = QueryParser.parse("h1");
    private static final List<Evaluator> MARKED_CONTENT = List.of(QueryParser.parse("[itemprop=articleBody]"),
            ARTICLE, QueryParser.parse("main, [role=main]"));
    private static final int ANCESTOR_DEPTH = 64;
    private static final int MIN_PARAGRAPH = 20;

    private HtmlArticles() {}

    /** A draft from a whole page; {@code baseUri} (for example the URL a crawler fetched) may be empty. */
    static Draft draft(String html, String baseUri, Deadline deadline) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        deadline.check();
        JsonNode linkedData = linkedData(doc);
        Map<String, String> meta = metaTags(doc);
        String title = first(meta.get("og:title"), text(linkedData, "headline"), meta.get("twitter:title"),
                doc.title(), firstText(doc, HEADING));
        LocalDate published = published(doc, meta, linkedData);
        String section = first(meta.get("article:section"), text(linkedData, "articleSection"));
        Element canonical = doc.selectFirst(CANONICAL);
        String url = first(canonical == null ? null : canonical.attr("abs:href"), meta.get("og:url"),
                text(linkedData, "url"), baseUri);
        String source = first(meta.get("og:site_name"), text(linkedData.path("publisher"), "name"), host(url));
        Element root = doc.firstElementChild();
        String language = first(root == null ? null : root.attr("lang"), meta.get("content-language"),
                meta.get("og:locale"), text(linkedData, "inLanguage"));
        String body = mainText(doc, deadline);
        if (body.isBlank()) {
            body = Finish.blankToNull(text(linkedData, "articleBody")) == null ? body : text(linkedData, "articleBody");
        }
        return new Draft(title, body, published, url, source, language, section);
    }

    /** The text of an HTML fragment, such as a feed item's content, paragraph by paragraph. */
    static String fragmentText(String html, Deadline deadline) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(NEVER_TEXT_ELEMENTS).remove();
        deadline.check();
        return blocksText(doc.body(), deadline);
    }

    private static LocalDate published(Document doc, Map<String, String> meta, JsonNode linkedData) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.get("article:published_time"));
        candidates.add(text(linkedData, "datePublished"));
        Elements itemprop = doc.select(DATE_PUBLISHED);
        candidates.add(itemprop.attr("content"));
        candidates.add(itemprop.attr("datetime"));
        for (String name : List.of("pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.created",
                "sailthru.date", "parsely-pub-date")) {
            candidates.add(meta.get(name));
        }
        Element article = doc.selectFirst(ARTICLE);
        Element time = article == null ? null : article.selectFirst(TIME);
        if (time == null) {
            time = doc.selectFirst(TIME);
        }
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String candidate : candidates) {
            LocalDate date = Dates.parse(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    // ---- main text ----

    private static String mainText(Document doc, Deadline deadline) {
        doc.select(NEVER_TEXT_ELEMENTS).remove();
        deadline.check();
        Map<Element, Integer> paragraphText = paragraphTextByAncestor(doc, deadline);
        int total = paragraphText.getOrDefault(doc.body(), 0);
        removeFurniture(doc, paragraphText, total, deadline);
        Element root = contentRoot(doc, paragraphText, total, deadline);
        return blocksText(root, deadline);
    }

    /** For every element, the length of paragraph text beneath it (up to a fixed depth, so deep nesting stays cheap). */
    private static Map<Element, Integer> paragraphTextByAncestor(Document doc, Deadline deadline) {
        Map<Element, Integer> byElement = new IdentityHashMap<>();
        int seen = 0;
        for (Element p : doc.select(PARAGRAPHS)) {
            int length = p.text().length();
            Element ancestor = p;
            for (int depth = 0; depth < ANCESTOR_DEPTH && ancestor != null; depth++) {
                byElement.merge(ancestor, length, Integer::sum);
                ancestor = ancestor.parent();
            }
            if (++seen % 256 == 0) {
                deadline.check();
            }
        }
        return byElement;
    }

    /** Drops comment threads, share bars, ads and the like, unless one holds most of the page's paragraph text. */
    private static void removeFurniture(Document doc, Map<Element, Integer> paragraphText, int total, Deadline deadline) {
        List<Element> furniture = new ArrayList<>();
        int seen = 0;
        for (Element element : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body") || tag.equals("article") || tag.equals("main")
                    || element.hasAttr("itemprop") && element.attr("itemprop").equalsIgnoreCase("articleBody")) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (!names.isBlank() && FURNITURE.matcher(names).find()
                    && paragraphText.getOrDefault(element, 0) * 2 < Math.max(total, 1)) {
                furniture.add(element);
            }
            if (++seen % 1024 == 0) {
                deadline.check();
            }
        }
        furniture.forEach(Node::remove);
    }

    /** The element that holds the article: marked up as such, or else the one with the most paragraph text. */
    private static Element contentRoot(Document doc, Map<Element, Integer> paragraphText, int total, Deadline deadline) {
        Element body = doc.body() != null ? doc.body() : doc;
        for (Evaluator marked : MARKED_CONTENT) {
            Element best = null;
            int bestText = 0;
            for (Element candidate : doc.select(marked)) {
                int text = paragraphText.getOrDefault(candidate, 0);
                if (text > bestText) {
                    best = candidate;
                    bestText = text;
                }
            }
            if (best != null && bestText * 10 >= total * 3) {
                return best;
            }
        }
        deadline.check();
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : doc.select(PARAGRAPHS)) {
            int length = p.text().length();
            if (length >= MIN_PARAGRAPH && p.parent() != null) {
                score.merge(p.parent(), length, Integer::sum);
                if (p.parent().parent() != null) {
                    score.merge(p.parent().parent(), length / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    /** Paragraph-level blocks in document order, one per paragraph, without link lists. */
    private static String blocksText(Element root, Deadline deadline) {
        List<String> blocks = new ArrayList<>();
        int[] visited = {0};
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++visited[0] % 4096 == 0) {
                    deadline.check();
                }
                if (!(node instanceof Element element) || !BLOCKS.contains(element.normalName())) {
                    return FilterResult.CONTINUE;
                }
                String text = element.normalName().equals("pre") ? element.wholeText().strip() : element.text();
                if (!text.isEmpty() && !mostlyLinks(element, text)) {
                    blocks.add(text);
                }
                return FilterResult.SKIP_CHILDREN;
            }
        });
        if (blocks.isEmpty()) {
            return root.text();
        }
        return String.join("\n\n", blocks);
    }

    private static boolean mostlyLinks(Element element, String text) {
        if (text.length() >= 200) {
            return false;
        }
        int linked = 0;
        for (Element link : element.select(LINKS)) {
            linked += link.text().length();
        }
        return linked * 10 > text.length() * 6;
    }

    // ---- metadata ----

    /** The first schema.org article object in the page's JSON-LD, or a missing node. */
    private static JsonNode linkedData(Document doc) {
        for (Element script : doc.select(LINKED_DATA)) {
            try {
                JsonNode found = findArticle(Json.mapper().readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // a broken JSON-LD block is common and says nothing about the article text
            }
        }
        return Json.mapper().missingNode();
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray() || node.has("@graph")) {
            for (JsonNode item : node.isArray() ? node : node.get("@graph")) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        JsonNode type = node.path("@type");
        for (JsonNode one : type.isArray() ? type : List.of(type)) {
            if (one.isTextual() && ARTICLE_TYPES.contains(one.asText().toLowerCase(Locale.ROOT))
                    && (node.has("datePublished") || node.has("headline") || node.has("articleBody"))) {
                return node;
            }
        }
        return null;
    }

    /** A string field of a JSON-LD node; the first string of an array; null otherwise. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isTextual() ? value.asText() : null;
    }

    /** The content of each meta tag by its lower-cased property, name, itemprop or http-equiv; the first one wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> byName = new HashMap<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content");
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String name = meta.attr(key);
                if (!name.isEmpty() && !content.isEmpty()) {
                    byName.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return byName;
    }

    private static String firstText(Document doc, Evaluator query) {
        Element element = doc.selectFirst(query);
        return element == null ? null : element.text();
    }

    private static String first(String... values) {
        for (String value : values) {
            String usable = Finish.blankToNull(value);
            if (usable != null) {
                return usable;
            }
        }
        return null;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
