package io.github.postmortems.build;

import io.github.postmortems.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckReportsTest {

    private final List<Problem> problems = List.of(
            new Problem("2025/03.db.lag.md", 12, Problem.Level.ERROR, "Impact gives no numbers; say \"how many\"",
                    "impact"),
            new Problem("2025/03.db.lag.md", 1, Problem.Level.WARNING, "names no postmortem trigger", "no-trigger"),
            new Problem("2025/04.web.é <x>.md", 3, Problem.Level.WARNING, "tab\there", "blameless"));

    @Test
    void sarifNamesEachFindingsRuleFileAndLine() {
        assertEquals("""
                {
                  "version": "2.1.0",
                  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                  "runs": [
                    {
                      "tool": {
                        "driver": {
                          "name": "postmortem-maven-plugin",
                          "rules": [
                            {"id": "blameless", "defaultConfiguration": {"level": "warning"}},
                            {"id": "impact", "defaultConfiguration": {"level": "error"}},
                            {"id": "no-trigger", "defaultConfiguration": {"level": "warning"}}
                          ]
                        }
                      },
                      "results": [
                        {"ruleId": "impact", "ruleIndex": 1, "level": "error", "message": {"text": "Impact gives no \
                numbers; say \\"how many\\""}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": \
                "archive/2025/03.db.lag.md", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 12}}}]},
                        {"ruleId": "no-trigger", "ruleIndex": 2, "level": "warning", "message": {"text": "names no \
                postmortem trigger"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": \
                "archive/2025/03.db.lag.md", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1}}}]},
                        {"ruleId": "blameless", "ruleIndex": 0, "level": "warning", "message": {"text": "tab\\there"}, \
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "archive/2025/04.web.%C3%A9%20%3Cx%3E.md", \
                "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 3}}}]}
                      ]
                    }
                  ]
                }
                """, CheckReports.sarif(problems, "archive/"));
    }

    @Test
    void junitHasATestCasePerPostmortemFailingOnItsErrors() {
        ArchiveCheck check = new ArchiveCheck(List.of(), problems, List.of("2025/05.ok.fine.md"));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="postmortem:check" tests="3" failures="1" errors="0" skipped="0">
                  <testsuite name="postmortem:check" tests="3" failures="1" errors="0" skipped="0">
                    <testcase classname="2025" name="2025/03.db.lag.md">
                      <failure type="impact" message="2025/03.db.lag.md:12: error: Impact gives no numbers; say &quot;how \
                many&quot; [impact]">2025/03.db.lag.md:12: error: Impact gives no numbers; say &quot;how many&quot; [impact]
                </failure>
                      <system-out>2025/03.db.lag.md:1: warning: names no postmortem trigger [no-trigger]
                </system-out>
                    </testcase>
                    <testcase classname="2025" name="2025/04.web.é &lt;x&gt;.md">
                      <system-out>2025/04.web.é &lt;x&gt;.md:3: warning: tab\\there [blameless]
                </system-out>
                    </testcase>
                    <testcase classname="2025" name="2025/05.ok.fine.md"/>
                  </testsuite>
                </testsuites>
                """, CheckReports.junit(check));
    }
}
