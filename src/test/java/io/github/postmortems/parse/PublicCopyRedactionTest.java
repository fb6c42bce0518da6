package io.github.postmortems.parse;

import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a public copy does to one file's Markdown, before it is read. */
class PublicCopyRedactionTest {

    private static final PublicCopy COPY = new PublicCopy(Map.of("@dana", "storage lead", "Ignatius Ferro",
            "SRE manager"), Set.of("2024/06.vault.kms-outage"), Map.of("2024/05.db.failover", Set.of("graph.png"),
            "2024/06.vault.kms-outage", Set.of()));

    private static String withoutInternalParts(String text) throws FrontMatter.Invalid {
        return COPY.withoutInternalParts("2024/05.db.failover.md", text, FrontMatter.read(text), new Markdown(false));
    }

    @Test
    void internalSectionsLeaveBlankLinesUpToTheNextHeadingAsHigh() throws Exception {
        assertEquals("""
                ---
                status: Reviewed
                ---
                # Failover

                ## Summary

                Disk full.






                ## Root Causes

                Rotation.
                """, withoutInternalParts("""
                ---
                status: Reviewed
                ---
                # Failover

                ## Summary

                Disk full.

                ## Customers (Internal)

                ### Who

                Acme Ltd.
                ## Root Causes

                Rotation.
                """));
    }

    @Test
    void linksToWhatIsLeftOutBecomeWordsOnTheSameLines() throws Exception {
        assertEquals("""
                As in an internal postmortem
                 and
                an internal attachment, see ![graph](05.db.failover/graph.png) and an internal attachment.

                Also an internal postmortem.

                Ours: [failover](../2023/01.db.failover.md).


                """, withoutInternalParts("""
                As in [the KMS
                outage](06.vault.kms-outage.md#timeline) and
                [the list](05.db.failover/customers.csv), see ![graph](05.db.failover/graph.png) and ![dump](06.vault.kms-outage/kms.log).

                Also [that one][kms].

                Ours: [failover](../2023/01.db.failover.md).

                [kms]: 06.vault.kms-outage.html
                """));
    }

    @Test
    void peopleBecomeRolesAuthorsAlsoByFirstAndLastName() {
        assertEquals("storage lead, an engineer and an engineer paged SRE manager; an engineer wrote to "
                        + "storage lead and an engineer, and an engineer owns it. Zeldas stay.",
                COPY.withRoles("@Dana, @lee and Zelda paged Ignatius Ferro; Quarrington wrote to dana@example.com and "
                        + "zelda.q@mail.example.org, and Team Storage owns it. Zeldas stay.", List.of("Zelda Quarrington"), List.of("Team Storage")));
    }

    @Test
    void internalPostmortemsAndUnlistedAttachmentsStayOutOfTheFilesToRead() {
        SourceFile failover = new SourceFile(Path.of("2024/05.db.failover.md"), "2024/05.db.failover.md", 2024, 5,
                "db", "failover", List.of(new io.github.postmortems.scan.Attachment("graph.png", "g", 1),
                new io.github.postmortems.scan.Attachment("customers.csv", "c", 1)));
        SourceFile kms = new SourceFile(Path.of("2024/06.vault.kms-outage.md"), "2024/06.vault.kms-outage.md", 2024,
                6, "vault", "kms-outage", List.of());
        List<SourceFile> published = COPY.published(List.of(failover, kms));
        assertEquals(List.of("2024/05.db.failover.md"), published.stream().map(SourceFile::relativePath).toList());
        assertEquals(List.of("graph.png"), published.get(0).attachments().stream()
                .map(io.github.postmortems.scan.Attachment::name).toList());
    }

    @Test
    void visibilityOtherThanPublicOrInternalIsLeftOutAndWarned() throws Exception {
        assertEquals(false, PublicCopy.isPublic(FrontMatter.read("---\nvisibility: secret\n---\n# X\n")));
        assertEquals(true, PublicCopy.isPublic(FrontMatter.read("---\nvisibility: Public\n---\n# X\n")));
        assertEquals(true, PublicCopy.isPublic(FrontMatter.read("# X\n")));
        ParsedFile parsed = new PostmortemParser(false).parse(new SourceFile(Path.of("x"), "2024/05.db.failover.md",
                2024, 5, "db", "failover", List.of()), "---\nvisibility: secret\n---\n# X\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2024/05.db.failover.md:2: warning: visibility 'secret' is not public or internal; a "
                + "public copy leaves it out [front-matter]"), parsed.problems().stream()
                .filter(p -> p.rule().equals("front-matter")).map(Object::toString).toList());
    }
}
