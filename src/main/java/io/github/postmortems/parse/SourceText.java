package io.github.postmortems.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text: strict UTF-8, no BOM, '\n' line ends. */
final class SourceText {

    /** Where the bytes stop being UTF-8, as a 1-based line and column (in bytes). */
    static final class InvalidUtf8 extends Exception {
        final int line;
        final int column;

        InvalidUtf8(int line, int column) {
            super("invalid UTF-8 at line " + line + ", byte " + column);
            this.line = line;
            this.column = column;
        }
    }

    private SourceText() {
    }

    static String decode(byte[] bytes) throws InvalidUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalidAt(bytes, in.position());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static InvalidUtf8 invalidAt(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InvalidUtf8(line, offset - lineStart + 1);
    }
}
