package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom feeds against RFC 4287: its Appendix B schema through jing, plus the constraints the appendix leaves
 * to prose and Schematron (ids are absolute IRIs, an author, a link or content per entry, one alternate per type).
 */
class FeedTest {

    @TempDir
    Path temp;

    private Path build(String baseUrl, String name) throws Exception {
        Path site = temp.resolve(name);
        SiteBuilder.build(DigestFixture.settings(DigestFixture.write(temp), site, "Europe/Berlin", baseUrl));
        return site;
    }

    @Test
    void bothFeedsAreValidAtomWithOrWithoutABaseUrl() throws Exception {
        for (String baseUrl : new String[] {DigestFixture.BASE_URL, null}) {
            Path site = build(baseUrl, baseUrl == null ? "relative" : "absolute");
            for (String feed : List.of("feed.xml", "newsletter/feed.xml")) {
                assertEquals(List.of(), schemaErrors(site.resolve(feed)), feed);
                assertRfc4287(Files.readString(site.resolve(feed)), feed);
            }
        }
    }

    @Test
    void entriesNewestFirstWithStableIdsAndTimesFromTheContent() throws Exception {
        Document feed = xml(build(DigestFixture.BASE_URL, "a").resolve("feed.xml"));
        assertEquals("https://postmortems.example.com/feed.xml", feed.selectFirst("feed > id").text());
        assertEquals("2025-03-31T00:00:00+02:00", feed.selectFirst("feed > updated").text());
        assertEquals(List.of("https://postmortems.example.com/2025/03.api.late-night.html",
                "https://postmortems.example.com/2025/03.db.failover.html",
                "https://postmortems.example.com/2024/03.db.old-failover.html"), feed.select("entry > id").eachText(),
                "the draft 2025/03.web.slow-pages is left out");
        assertEquals(List.of("2025-03-31T00:00:00+02:00", "2025-03-04T00:00:00+01:00",
                "2024-03-10T00:00:00+01:00"), feed.select("entry > updated").eachText());
        Document digests = xml(temp.resolve("a/newsletter/feed.xml"));
        // 22:30 EST on 31 March is already April in Berlin
        assertEquals(List.of("Digest: April 2025", "Digest: March 2025", "Digest: March 2024"), digests.select("entry > title").eachText());

        Document relative = xml(build(null, "b").resolve("newsletter/feed.xml"));
        assertEquals(List.of("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        "postmortem-site:newsletter/2025-04.html".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        "postmortem-site:newsletter/2025-03.html".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        "postmortem-site:newsletter/2024-03.html".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                relative.select("entry > id").eachText());
        assertEquals("2025-04.html", relative.selectFirst("entry > link").attr("href"));
    }

    @Test
    void draftsAreInTheFeedOnlyWhenConfigured() throws Exception {
        Path site = temp.resolve("drafts");
        SiteBuilder.build(DigestFixture.settings(DigestFixture.write(temp), site, "Europe/Berlin", DigestFixture.BASE_URL)
                .withFeedDrafts(true));
        assertEquals(List.of("https://postmortems.example.com/2025/03.api.late-night.html",
                "https://postmortems.example.com/2025/03.web.slow-pages.html",
                "https://postmortems.example.com/2025/03.db.failover.html",
                "https://postmortems.example.com/2024/03.db.old-failover.html"),
                xml(site.resolve("feed.xml")).select("entry > id").eachText());
        assertEquals(List.of(), schemaErrors(site.resolve("feed.xml")));
    }

    private static Document xml(Path file) throws Exception {
        return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    }

    static List<String> schemaErrors(Path xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertTrue(driver.loadSchema(new InputSource(FeedTest.class.getResource("/atom/atom.rnc").toString())),
                "schema loads: " + errors);
        driver.validate(ValidationDriver.fileInputSource(xml.toFile()));
        return errors;
    }

    /** What RFC 4287 requires beyond Appendix B's grammar. */
    static void assertRfc4287(String text, String name) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        Element feed = doc.selectFirst("feed");
        boolean feedAuthor = !feed.select("> author > name").isEmpty();
        assertAbsoluteIri(feed.selectFirst("> id").text(), name);
        assertRfc3339(feed.selectFirst("> updated").text(), name);
        assertEquals(1, feed.select("> link[rel=self]").size(), name + ": a self link");
        assertOneAlternatePerType(feed, name);
        Set<String> ids = new HashSet<>();
        for (Element entry : feed.select("> entry")) {
            String id = entry.selectFirst("> id").text();
            assertAbsoluteIri(id, name);
            assertTrue(ids.add(id), name + ": ids are unique: " + id);
            assertRfc3339(entry.selectFirst("> updated").text(), name);
            assertTrue(feedAuthor || !entry.select("> author").isEmpty(), name + ": an author for " + id);
            boolean content = entry.selectFirst("> content") != null;
            assertTrue(content || !entry.select("> link[rel=alternate]").isEmpty(), name + ": alternate link " + id);
            Element c = entry.selectFirst("> content");
            if (c == null || c.hasAttr("src")) {
                assertTrue(entry.selectFirst("> summary") != null, name + ": summary when content is linked: " + id);
            }
            assertOneAlternatePerType(entry, name);
        }
    }

    private static void assertOneAlternatePerType(Element parent, String name) {
        Set<String> seen = new HashSet<>();
        for (Element link : parent.select("> link")) {
            if (link.attr("rel").isEmpty() || link.attr("rel").equals("alternate")) {
                assertTrue(seen.add(link.attr("type") + "|" + link.attr("hreflang")), name + ": one alternate per type");
            }
        }
    }

    private static void assertAbsoluteIri(String id, String name) {
        URI uri = URI.create(id);
        assertTrue(uri.isAbsolute(), name + ": id is an absolute IRI: " + id);
        assertFalse(id.isBlank(), name);
    }

    private static void assertRfc3339(String time, String name) {
        assertTrue(time.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"), name + ": " + time);
        OffsetDateTime.parse(time);
    }
}
