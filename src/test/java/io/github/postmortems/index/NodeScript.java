package io.github.postmortems.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Node scripts under src/test/js; see {@link io.github.postmortems.RequiredTools} for where Node is missing. */
final class NodeScript {

    private NodeScript() {
    }

    static void assumeNode() {
        io.github.postmortems.RequiredTools.require("node");
    }

    static void run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", Path.of("src/test/js", script).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("node " + script + " failed:\n" + output);
        }
    }

    /** UTF-16 code units as hex: survives any text, lone surrogates included; "-" for the empty text. */
    static String hex(String s) {
        if (s.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            out.append(String.format(java.util.Locale.ROOT, "%04x", (int) s.charAt(i)));
        }
        return out.toString();
    }

    static String unhex(String h) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 4 <= h.length(); i += 4) {
            out.append((char) Integer.parseInt(h.substring(i, i + 4), 16));
        }
        return out.toString();
    }
}
