package io.github.postmortems.validate;

import io.github.postmortems.Problem.Level;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every check the archive is held to, with its id (as printed in {@code [rule-id]}) and default level.
 * Structural rules describe files that cannot be published correctly; {@code postmortem:site} fails only on those.
 */
public enum Rule {
    FILE_NAME("file-name", Level.ERROR, true),
    ENCODING("encoding", Level.ERROR, true),
    EMPTY_FILE("empty-file", Level.ERROR, true),
    FRONT_MATTER("front-matter", Level.ERROR, true),
    DATE_MISMATCH("date-mismatch", Level.ERROR, true),
    TOO_DEEP("too-deep", Level.ERROR, true),
    UNREADABLE("unreadable", Level.ERROR, true),
    TITLE("title", Level.WARNING, false),
    DATE("date", Level.WARNING, false),
    STATUS("status", Level.WARNING, false),
    SEVERITY("severity", Level.WARNING, false),
    STRAY_FILE("stray-file", Level.WARNING, false),
    SYMLINK("symlink", Level.WARNING, false),
    UNSAFE_ATTACHMENT("unsafe-attachment", Level.WARNING, false),
    UNSAFE_LINK("unsafe-link", Level.WARNING, false),
    TOO_LONG("too-long", Level.WARNING, false),
    REQUIRED_METADATA("required-metadata", Level.ERROR, false),
    KEY_DATA("key-data", Level.ERROR, false),
    IMPACT("impact", Level.ERROR, false),
    ROOT_CAUSE("root-cause", Level.ERROR, false),
    ACTION_PLAN("action-plan", Level.ERROR, false),
    OUTCOME_SHARED("outcome-shared", Level.WARNING, false),
    TIMELINE_ORDER("timeline-order", Level.WARNING, false),
    BROKEN_LINK("broken-link", Level.ERROR, false),
    UNUSED_ATTACHMENT("unused-attachment", Level.WARNING, false),
    DUPLICATE_EVENT("duplicate-event", Level.WARNING, false),
    TRIGGER("trigger", Level.WARNING, false),
    NO_TRIGGER("no-trigger", Level.WARNING, false),
    BLAMELESS("blameless", Level.WARNING, false),
    REVIEW_DEADLINE("review-deadline", Level.ERROR, false),
    SITE_LINK("site-link", Level.ERROR, false),
    TEAMS("teams", Level.ERROR, false),
    NO_TEAM("no-team", Level.WARNING, false);

    private final String id;
    private final Level defaultLevel;
    private final boolean structural;

    Rule(String id, Level defaultLevel, boolean structural) {
        this.id = id;
        this.defaultLevel = defaultLevel;
        this.structural = structural;
    }

    public String id() {
        return id;
    }

    public Level defaultLevel() {
        return defaultLevel;
    }

    public boolean structural() {
        return structural;
    }

    /** A finding of this rule at its default level. */
    public io.github.postmortems.Problem at(String file, int line, String message) {
        return new io.github.postmortems.Problem(file, line, defaultLevel, message, id);
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
