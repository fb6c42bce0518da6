package io.github.postmortems.parse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names authors give the template's sections and fields. Real postmortems say "Root Cause",
 * "Customer Impact", "Follow-ups" or "Overview" as often as the template's own words.
 */
final class Vocabulary {

    /** Template section keys and the heading the site shows for them, in template order. */
    static final Map<String, String> SECTION_LABELS = new LinkedHashMap<>();
    private static final Map<String, String> SECTIONS = new HashMap<>();
    private static final Map<String, String> FIELDS = new HashMap<>();

    static {
        section("summary", "Summary", "summary", "overview", "executive summary", "incident summary", "tl;dr",
                "tldr", "abstract");
        section("impact", "Impact", "impact", "customer impact", "user impact", "business impact",
                "impact assessment");
        section("root-causes", "Root Causes", "root causes", "root cause", "root cause analysis", "causes", "cause",
                "contributing factors", "root causes and contributing factors");
        section("trigger", "Trigger", "trigger", "triggers");
        section("resolution", "Resolution", "resolution", "resolution and recovery", "recovery", "remediation");
        section("detection", "Detection", "detection", "how we found out");
        section("action-items", "Action Items", "action items", "action plan", "follow-ups", "follow-up", "follow ups",
                "followups", "follow-up items", "follow-up actions", "corrective actions", "next steps",
                "action items and follow-ups");
        section("lessons-learned", "Lessons Learned", "lessons learned", "lessons", "learnings", "how'd we do",
                "how did we do", "retrospective");
        section("timeline", "Timeline", "timeline", "incident timeline", "timeline of events", "chronology",
                "key events", "sequence of events", "events");
        section("supporting-information", "Supporting Information", "supporting information",
                "supporting info", "appendix", "references", "attachments", "links");

        field("date", "date", "incident date");
        field("authors", "authors", "author", "written by", "postmortem owner", "postmortem owners");
        field("status", "status", "review status", "postmortem status", "document status");
        field("severity", "severity", "sev", "incident severity", "priority");
        field("postmortem-trigger", "postmortem trigger", "postmortem triggers", "why a postmortem",
                "postmortem reason");
    }

    private Vocabulary() {
    }

    private static void section(String key, String label, String... names) {
        SECTION_LABELS.put(key, label);
        for (String n : names) {
            SECTIONS.put(n, key);
        }
    }

    private static void field(String key, String... names) {
        for (String n : names) {
            FIELDS.put(n, key);
        }
    }

    /** The template section a heading names, or null. */
    static String sectionKey(String heading) {
        String n = normalise(heading);
        String key = SECTIONS.get(n);
        // "Timeline (times in BST)", "Timeline (UTC)": a note on the times is no part of the name
        return key != null ? key : SECTIONS.get(n.replaceFirst(TIMES_NOTE, "").strip());
    }

    private static final String TIMES_NOTE = "\\s*[(\\[][^)\\]]*\\b(?:times?|utc|gmt|bst|cet|cest|eet|est|edt|cst|cdt|"
            + "mst|mdt|pst|pdt|ist|jst|aest)\\b[^)\\]]*[)\\]]$";

    /** A metadata field ({@code date}, ...) or an inline section ({@code summary}, ...) a "Name:" names. */
    static String fieldKey(String name) {
        String n = normalise(name);
        String key = FIELDS.get(n);
        return key != null ? key : SECTIONS.get(n);
    }

    static boolean isMetadataField(String key) {
        return FIELDS.containsValue(key);
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("^[\\s\\d.)]+", "") // "3. Impact", "1) Summary"
                .replaceAll("[?:!*_`]+", "")
                .replace('&', ' ').replace(" and ", " and ")
                .replaceAll("\\s+", " ").strip();
    }
}
