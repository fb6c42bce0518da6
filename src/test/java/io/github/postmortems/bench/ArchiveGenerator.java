package io.github.postmortems.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic archive of N postmortems in the template's shape, the same for the same seed: dates
 * spread over years, 40 systems, realistic section lengths, tables of action items and timelines, and an
 * attachment on one postmortem in ten.
 */
public final class ArchiveGenerator {

    private static final List<String> SYSTEMS = List.of("payments", "search", "checkout", "identity", "storage",
            "messaging", "deploy-pipeline", "cdn", "orders", "catalog", "billing", "auth-gateway", "notifications",
            "inventory", "pricing", "reviews", "recommendations", "shipping", "tax", "fraud", "ledger", "reporting",
            "warehouse", "media", "uploads", "chat", "support-tools", "admin", "mobile-api", "web-frontend",
            "dns", "kafka", "postgres", "redis", "elasticsearch", "kubernetes", "ci", "vpn", "email", "sms");
    private static final List<String> CAUSES = List.of("connection pool exhaustion", "an expired TLS certificate",
            "disk full from audit logs", "a bad feature flag rollout", "a DNS TTL that was too long",
            "consumer lag on the order events topic", "a runaway cron job", "index corruption after an upgrade",
            "clock skew between nodes", "a deleted lifecycle rule", "a migration that locked a table",
            "a misconfigured rate limiter", "a CDN cache key change", "a leaked API key", "memory pressure on the JVM",
            "a retry storm without backoff", "a full inode table", "a split brain after a network partition");
    private static final List<String> WORDS = List.of("latency", "errors", "timeouts", "requests", "customers",
            "orders", "queue", "replica", "primary", "failover", "rollback", "deploy", "alert", "pager", "on-call",
            "dashboard", "threshold", "capacity", "traffic", "cache", "database", "network", "region", "service",
            "client", "retry", "config", "checkout", "payment", "search", "index", "worker", "node", "cluster");

    private ArchiveGenerator() {
    }

    public static void write(Path root, int count, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(root);
        Files.writeString(root.resolve("TEMPLATE.md"), "# Title\n");
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate day = start.plusDays(random.nextInt(11 * 365));
            String system = SYSTEMS.get(random.nextInt(SYSTEMS.size()));
            String event = "incident-" + i;
            String base = String.format(Locale.ROOT, "%02d.%s.%s", day.getMonthValue(), system, event);
            Path dir = Files.createDirectories(root.resolve(Integer.toString(day.getYear())));
            boolean attachment = i % 10 == 0;
            Files.writeString(dir.resolve(base + ".md"), postmortem(random, day, system, base, attachment),
                    StandardCharsets.UTF_8);
            if (attachment) {
                Path folder = Files.createDirectories(dir.resolve(base));
                Files.writeString(folder.resolve("pager.log"), (day + " 10:00:01 pager: " + sentence(random) + "\n").repeat(40));
            }
        }
    }

    private static String postmortem(Random r, LocalDate day, String system, String base, boolean attachment) {
        String cause = CAUSES.get(r.nextInt(CAUSES.size()));
        int startMinute = r.nextInt(24 * 60 - 300);
        int detect = 1 + r.nextInt(60);
        int resolve = detect + 5 + r.nextInt(240);
        String sev = "SEV-" + (1 + r.nextInt(4));
        String status = List.of("Draft", "In Review", "Reviewed", "Closed", "Closed", "Reviewed").get(r.nextInt(6));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(capital(system)).append(" degraded by ").append(cause).append("\n\n");
        md.append("**Date:** ").append(day).append("\n\n**Authors:** Alex Kim, Sam Okafor\n\n**Status:** ")
                .append(status).append("\n\n**Severity:** ").append(sev).append("\n\n");
        md.append("## Summary\n\n").append(paragraph(r, 3)).append(" The cause was ").append(cause).append(".\n\n");
        md.append("## Impact\n\n").append(100 + r.nextInt(5000)).append(" customers saw errors for ").append(resolve)
                .append(" minutes. ").append(paragraph(r, 2)).append("\n\n");
        md.append("## Root Causes\n\n").append(paragraph(r, 4)).append("\n\n");
        md.append("## Trigger\n\n").append(paragraph(r, 1)).append("\n\n");
        md.append("## Resolution\n\n").append(paragraph(r, 2)).append("\n\n");
        md.append("## Detection\n\n").append(paragraph(r, 1)).append("\n\n");
        md.append("## Action Items\n\n| Action Item | Type | Owner | Ticket | Status |\n|---|---|---|---|---|\n");
        for (int a = 0; a < 3 + r.nextInt(4); a++) {
            md.append("| ").append(sentence(r)).append(" | ").append(List.of("prevent", "mitigate", "detect", "process")
                    .get(r.nextInt(4))).append(" | @").append(WORDS.get(r.nextInt(WORDS.size()))).append(" | OPS-")
                    .append(r.nextInt(9000) + 1000).append(" | ").append(r.nextBoolean() ? "Done" : "Open").append(" |\n");
        }
        md.append("\n## Lessons Learned\n\n### What went well\n\n- ").append(sentence(r)).append("\n\n### What went wrong\n\n- ")
                .append(sentence(r)).append("\n\n## Timeline\n\n").append(day).append(" (all times UTC)\n\n| Time | Description |\n|---|---|\n");
        md.append("| ").append(time(startMinute)).append(" | INCIDENT BEGINS: ").append(sentence(r)).append(" |\n");
        md.append("| ").append(time(startMinute + detect)).append(" | DETECTED: ").append(sentence(r)).append(" |\n");
        md.append("| ").append(time(startMinute + resolve)).append(" | RESOLVED: ").append(sentence(r)).append(" |\n\n");
        md.append("## Supporting Information\n\n").append(paragraph(r, 1));
        if (attachment) {
            md.append(" See the [pager log](").append(base).append("/pager.log).");
        }
        return md.append('\n').toString();
    }

    private static String time(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60 % 24, minute % 60);
    }

    private static String paragraph(Random r, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence(r));
        }
        return p.toString();
    }

    private static String sentence(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 6 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS.get(r.nextInt(WORDS.size())));
        }
        return capital(s.toString()) + ".";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
