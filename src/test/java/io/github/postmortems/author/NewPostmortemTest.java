package io.github.postmortems.author;

import io.github.postmortems.RequiredTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewPostmortemTest {

    @TempDir
    Path archive;

    private static final NewPostmortem CARD_TIMEOUTS = new NewPostmortem("payments", "card-timeouts",
            LocalDate.of(2025, 3, 14), "Card payments timed out", "Dana Ortiz");

    @Test
    void theArchivesTemplateGetsTheDateStatusAuthorAndTitle() throws Exception {
        Files.writeString(archive.resolve("TEMPLATE.md"), """
                # Title: what broke

                **Date:** YYYY-MM-DD

                **Authors:** who wrote this

                **Status:** Draft | In Review | Reviewed

                ## Summary

                Two or three sentences.
                """);
        Path file = CARD_TIMEOUTS.create(archive);
        assertEquals(archive.resolve("2025/03.payments.card-timeouts.md"), file);
        assertEquals("""
                # Card payments timed out

                **Date:** 2025-03-14

                **Authors:** Dana Ortiz

                **Status:** Draft

                ## Summary

                Two or three sentences.
                """, Files.readString(file));
        assertTrue(Files.isDirectory(archive.resolve("2025/03.payments.card-timeouts")));
    }

    @Test
    void frontMatterTemplatesAreFilledInTheirFrontMatter() {
        assertEquals("""
                ---
                title: "Card payments \\"timed\\" out"
                date: 2025-03-14
                status: Draft
                authors: ["Dana Ortiz"]
                ---
                Body
                """, new NewPostmortem("payments", "card-timeouts", LocalDate.of(2025, 3, 14),
                "Card payments \"timed\" out", "Dana Ortiz").fill("""
                ---
                title: TODO
                date: YYYY-MM-DD
                status: Draft | Reviewed
                authors: []
                ---
                Body
                """));
    }

    @Test
    void withoutATemplateTheBuiltInOneIsUsed() throws Exception {
        Path file = new NewPostmortem("search", "index-corruption", LocalDate.of(2024, 11, 2), null, null)
                .create(archive);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Title: what broke, in a few words"), text.substring(0, 60));
        assertTrue(text.contains("\n**Date:** 2024-11-02\n"), text);
        assertTrue(text.contains("\n**Status:** Draft\n"), text);
        assertTrue(text.contains("\n**Authors:** who wrote this postmortem\n"), "kept for the author to fill in");
    }

    @Test
    void namesFollowTheArchivesRulesAndNothingIsOverwritten() throws Exception {
        assertEquals("2025/03.Payments.x.md: system 'Payments' in the file name may only hold lowercase letters, "
                        + "digits and hyphens",
                assertThrows(IllegalArgumentException.class, () -> new NewPostmortem("Payments", "x",
                        LocalDate.of(2025, 3, 1), null, null).create(archive)).getMessage());
        assertEquals("2025/03.index.x.md: system 'index' is a name the site keeps for itself (its page would replace "
                        + "systems/index.html); choose another name",
                assertThrows(IllegalArgumentException.class, () -> new NewPostmortem("index", "x",
                        LocalDate.of(2025, 3, 1), null, null).create(archive)).getMessage());
        CARD_TIMEOUTS.create(archive);
        Files.writeString(archive.resolve("2025/03.payments.card-timeouts.md"), "my edits");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> CARD_TIMEOUTS.create(archive));
        assertEquals("2025/03.payments.card-timeouts.md", e.getFile());
        assertEquals("my edits", Files.readString(archive.resolve("2025/03.payments.card-timeouts.md")));
    }

    @Test
    void theAuthorComesFromGitWhenItKnowsOne() throws Exception {
        RequiredTools.require("git");
        assertEquals(0, new ProcessBuilder("git", "init", "-q").directory(archive.toFile()).start().waitFor());
        assertEquals(0, new ProcessBuilder("git", "config", "user.name", "Dana Ortiz").directory(archive.toFile())
                .start().waitFor());
        assertEquals(Optional.of("Dana Ortiz"), NewPostmortem.gitAuthor(archive));
        assertEquals(Optional.empty(), NewPostmortem.gitAuthor(archive.resolve("missing")));
    }
}
