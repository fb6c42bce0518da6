package io.github.postmortems.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic archive of postmortems that read like real ones (systems, symptoms, causes, timelines,
 * action items), the same for the same seed. For the parity tests and the benchmark.
 */
public final class ArchiveGenerator {

    static final String[] SYSTEMS = {"payments", "checkout", "identity", "search", "storage", "messaging", "cdn",
            "deploy-pipeline", "billing", "notifications", "orders", "inventory", "analytics", "gateway", "dns",
            "kafka", "postgres", "redis", "mobile-api", "web-frontend", "auth", "shipping", "ledger", "recommendations"};
    static final String[] SYMPTOMS = {"disk full", "certificate expired", "timeouts", "latency spike", "5xx errors",
            "memory leak", "connection pool exhaustion", "replication lag", "cache stampede", "DNS resolution failures",
            "queue backlog", "deadlock", "stale reads", "duplicate charges", "failed logins", "dropped messages",
            "CPU saturation", "thread starvation", "index corruption", "clock skew", "rate limiting", "OOM kills",
            "split brain", "packet loss", "slow queries", "expired tokens", "partial outage", "data loss"};
    static final String[] CAUSES = {"a config change raised the retry count", "the certificate was not renewed",
            "a cron job filled the volume with audit logs", "a schema migration held a table lock",
            "a feature flag rolled out to all regions at once", "the connection pool was sized for half the traffic",
            "a dependency upgrade changed the default timeout", "the load balancer health check was misconfigured",
            "a noisy neighbour saturated the shared disk", "the cache key omitted the currency",
            "a bad deploy shipped a debug build", "the consumer group rebalanced in a loop",
            "an expired API key for the SMS provider", "the autoscaler hit its maximum", "a runaway prune job",
            "replica promotion raced with writes", "log rotation stopped after a permissions change",
            "the JVM heap was too small for the new batch size", "a firewall rule blocked the metrics port",
            "NTP drift on two hosts", "an index rebuild ran during peak hours"};
    static final String[] WORDS = ("customer customers order orders payment payments refund refunds queue queues " +
            "database replica primary failover alert alerts pager oncall engineer engineers dashboard metrics " +
            "latency throughput error errors retry retries backoff timeout timeouts region regions cluster node nodes " +
            "pod pods container deploy deployment rollback release canary traffic spike load capacity quota limit " +
            "limits storage volume volumes disk disks bucket lifecycle policy certificate certificates renewal expiry " +
            "token tokens session sessions login logins cache caches invalidation eviction stampede key keys " +
            "schema migration lock locks table tables index indexes query queries slow vacuum backup restore " +
            "snapshot consumer consumers producer topic partition lag offset broker message messages delivery " +
            "webhook webhooks provider vendor contract escalation incident incidents mitigation resolution detection " +
            "monitoring runbook playbook postmortem review action owner ticket checklist automation script cron " +
            "job jobs scheduler pipeline build artifact version upgrade downgrade dependency library config flag " +
            "flags rollout percentage experiment tenant tenants account accounts invoice invoices ledger balance " +
            "reconciliation settlement batch batches stream streams event events duplicate duplicates idempotency " +
            "network packet dns resolver gateway proxy ingress firewall port tls handshake cipher memory heap leak " +
            "garbage collection pause thread threads pool pools saturation starvation cpu throttling kernel " +
            "reboot restart crash crashes panic exception stacktrace log logs rotation audit compliance").split(" ");
    static final String[] PEOPLE = {"Mira Patel", "Sam Okafor", "Lena Fischer", "Diego Alvarez", "Aiko Tanaka",
            "Noah Kim", "Priya Raman", "Jonas Berg", "Fatima Zahra", "Olu Adeyemi", "Chen Wei", "Ana Souza"};
    static final String[] STATUSES = {"Draft", "In Review", "Reviewed", "Reviewed", "Reviewed", "Closed"};

    /**
     * The long tail of a real archive's vocabulary: service names, hosts, error codes, jargon. Pseudo-words
     * from syllables, drawn with Zipf's law so a few are common and most are rare, as words in real text are.
     */
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ner", "tos", "va", "qui", "dex", "ran", "sol",
            "bar", "zen", "tri", "mox", "pel", "gra", "vin", "hul", "cor", "fey", "jot", "wix", "ul", "ost"};
    private static final int TAIL = 20_000;

    private final Random random;
    private final String[] tail;
    private final double[] tailWeights;

    private ArchiveGenerator(long seed) {
        random = new Random(seed);
        Random words = new Random(seed ^ 0x5DEECE66DL);
        java.util.LinkedHashSet<String> unique = new java.util.LinkedHashSet<>();
        while (unique.size() < TAIL) {
            StringBuilder w = new StringBuilder();
            for (int n = 2 + words.nextInt(3); n > 0; n--) {
                w.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
            }
            if (words.nextInt(5) == 0) {
                w.append(words.nextInt(100));
            }
            unique.add(w.toString());
        }
        tail = unique.toArray(String[]::new);
        tailWeights = new double[TAIL];
        double sum = 0;
        for (int i = 0; i < TAIL; i++) {
            sum += 1 / Math.pow(i + 1, 1.07);
            tailWeights[i] = sum;
        }
        for (int i = 0; i < TAIL; i++) {
            tailWeights[i] /= sum;
        }
    }

    private String word(Random r) {
        if (r.nextInt(3) > 0) {
            return pick(r, WORDS);
        }
        int i = java.util.Arrays.binarySearch(tailWeights, r.nextDouble());
        return tail[Math.min(TAIL - 1, i < 0 ? -i - 1 : i)];
    }

    public static void main(String[] args) throws IOException {
        generate(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42);
    }

    /** Writes {@code count} postmortems under {@code dir}; returns their paths. */
    public static List<Path> generate(Path dir, int count, long seed) throws IOException {
        return new ArchiveGenerator(seed).write(dir, count);
    }

    private List<Path> write(Path dir, int count) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int year = 2015 + random.nextInt(11);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            String system = pick(random, SYSTEMS);
            String symptom = pick(random, SYMPTOMS);
            String cause = pick(random, CAUSES);
            String event = symptom.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + i;
            Path file = dir.resolve(year + "/" + String.format(Locale.ROOT, "%02d.%s.%s.md", month, system, event));
            Files.createDirectories(file.getParent());
            Files.writeString(file, postmortem(random, year, month, day, system, symptom, cause), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private String postmortem(Random r, int year, int month, int day, String system, String symptom,
                                     String cause) {
        String date = String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
        String title = capitalise(system) + " " + symptom + (r.nextBoolean() ? " after " + sentence(r, 2, false) : "");
        int severity = 1 + r.nextInt(4);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("**Date:** ").append(date).append("\n\n");
        md.append("**Authors:** ").append(pick(r, PEOPLE)).append(", ").append(pick(r, PEOPLE)).append("\n\n");
        md.append("**Status:** ").append(pick(r, STATUSES)).append("\n\n");
        md.append("**Severity:** SEV-").append(severity).append("\n\n");
        md.append("## Summary\n\n").append(capitalise(symptom)).append(" in ").append(system).append(" because ")
                .append(cause).append(". ").append(sentence(r, 12 + r.nextInt(20), true)).append("\n\n");
        md.append("## Impact\n\n").append(1 + r.nextInt(5000)).append(" customers saw ").append(symptom)
                .append(" for ").append(5 + r.nextInt(180)).append(" minutes. ").append(sentence(r, 8 + r.nextInt(15), true))
                .append("\n\n");
        md.append("## Root Causes\n\n").append(capitalise(cause)).append(". ")
                .append(paragraph(r, 2 + r.nextInt(4))).append("\n\n");
        md.append("## Trigger\n\n").append(sentence(r, 6 + r.nextInt(10), true)).append("\n\n");
        md.append("## Resolution\n\n").append(paragraph(r, 1 + r.nextInt(3))).append("\n\n");
        md.append("## Detection\n\n").append(sentence(r, 6 + r.nextInt(12), true)).append("\n\n");
        md.append("## Action Items\n\n| Action Item | Type | Owner | Ticket | Status |\n|---|---|---|---|---|\n");
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            md.append("| ").append(capitalise(sentence(r, 3 + r.nextInt(5), false))).append(" | prevent | @")
                    .append(pick(r, PEOPLE).split(" ")[0].toLowerCase(Locale.ROOT)).append(" | OPS-")
                    .append(100 + r.nextInt(9000)).append(" | ").append(r.nextBoolean() ? "Done" : "Open")
                    .append(" |\n");
        }
        md.append("\n## Lessons Learned\n\n").append(paragraph(r, 1 + r.nextInt(3))).append("\n\n");
        md.append("## Timeline\n\n").append(date).append(" (all times UTC)\n\n| Time | Description |\n|---|---|\n");
        int minute = r.nextInt(600);
        for (String step : new String[] {"INCIDENT BEGINS", "DETECTED", "MITIGATED", "RESOLVED"}) {
            md.append(String.format(Locale.ROOT, "| %02d:%02d | %s: %s |%n", minute / 60 % 24, minute % 60, step,
                    sentence(r, 3 + r.nextInt(6), false)));
            minute += 1 + r.nextInt(90);
        }
        return md.toString();
    }

    private String paragraph(Random r, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i > 0 ? " " : "").append(sentence(r, 6 + r.nextInt(18), true));
        }
        return p.toString();
    }

    private String sentence(Random r, int words, boolean full) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(r.nextInt(7) == 0 ? " the " : r.nextInt(9) == 0 ? " and " : " ");
            }
            s.append(word(r));
        }
        return full ? capitalise(s.toString()) + "." : s.toString();
    }

    static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
