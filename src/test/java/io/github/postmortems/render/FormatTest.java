package io.github.postmortems.render;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    private final Format fmt = new Format();

    @Test
    void durationsReadLikeAPostmortem() {
        assertEquals("unknown", fmt.duration(null));
        assertEquals("0 min", fmt.duration(Duration.ZERO));
        assertEquals("59 min", fmt.duration(Duration.ofSeconds(59 * 60 + 59)));
        assertEquals("1 h", fmt.duration(Duration.ofHours(1)));
        assertEquals("1 h 50 min", fmt.duration(Duration.ofMinutes(110)));
        assertEquals("2 d 3 h", fmt.duration(Duration.ofHours(51).plusMinutes(20)));
        assertEquals("3 d", fmt.duration(Duration.ofDays(3)));
    }

    @Test
    void sizes() {
        assertEquals("934 B", fmt.size(934));
        assertEquals("12.3 KB", fmt.size(12_595));
        assertEquals("50.0 MB", fmt.size(50L * 1024 * 1024));
    }
}
