package io.github.postmortems.adopt;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesTest {

    @Test
    void aSlugIsAFewLowercaseAsciiWords() {
        assertEquals("cafe-payments-and-refunds", Names.slug("Café Payments & Refunds"));
        assertEquals("amazon-simpledb-us-east-region-disruption",
                Names.slug("Amazon SimpleDB US East Region Disruption on June 13"));
        assertEquals("", Names.slug("— ✓ —"));
    }

    @Test
    void aFileNameGivesTheEventWithoutItsDateNumberOrIdentifier() {
        assertEquals(Optional.of("database-failover-stalled"),
                Names.eventFromFileName("PM2019-009 - Database failover stalled"));
        assertEquals(Optional.of("api-outage"), Names.eventFromFileName("2020-11-12-api-outage"));
        assertEquals(Optional.of("api-down"), Names.eventFromFileName("1602766800-api-down"));
        assertEquals(Optional.of("queue-lag"), Names.eventFromFileName("INC-1234: Queue lag"));
        assertEquals(Optional.of("s3-outage"), Names.eventFromFileName("s3-outage"));
        assertEquals(Optional.empty(), Names.eventFromFileName("0f8a2c1e-9d41-4b7a-a1c3-5e6d7f809a1b"));
        assertEquals(Optional.empty(), Names.eventFromFileName("2021-06-01"));
    }

    @Test
    void theSystemsNameIsNotSaidTwice() {
        assertEquals("dns-update", Names.withoutSystem("get-jenkins-io-dns-update", "get-jenkins-io"));
        assertEquals("get-jenkins-io", Names.withoutSystem("get-jenkins-io", "get-jenkins-io"));
        assertEquals("api-outage", Names.withoutSystem("api-outage", "public-api"));
    }

    @Test
    void foldersThatSayWhereReportsAreNameNoSystem() {
        assertEquals(true, Names.isGenericFolder("investigations"));
        assertEquals(true, Names.isGenericFolder("incident-reports"));
        assertEquals(true, Names.isGenericFolder("2021"));
        assertEquals(false, Names.isGenericFolder("payments"));
    }
}
