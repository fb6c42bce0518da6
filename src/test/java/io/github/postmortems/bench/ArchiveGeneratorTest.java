package io.github.postmortems.bench;

import io.github.postmortems.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated archives that tests and benchmarks build are the same for the same seed, and only then. */
class ArchiveGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameArchiveAndAnotherSeedAnother() throws Exception {
        ArchiveGenerator.write(temp.resolve("a"), 50, 42);
        ArchiveGenerator.write(temp.resolve("b"), 50, 42);
        ArchiveGenerator.write(temp.resolve("c"), 50, 43);
        Map<String, byte[]> a = Fixtures.files(temp.resolve("a"));
        Map<String, byte[]> b = Fixtures.files(temp.resolve("b"));
        Map<String, byte[]> c = Fixtures.files(temp.resolve("c"));
        assertEquals(50, a.keySet().stream().filter(k -> k.matches("\\d{4}/[^/]+\\.md")).count());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, b.get(path)), path));
        assertFalse(a.keySet().equals(c.keySet()) && a.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), c.get(e.getKey()))), "another seed, another archive");
    }
}
