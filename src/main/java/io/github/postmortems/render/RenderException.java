package io.github.postmortems.render;

/** A template failed; the message names the template and the page it was rendering. */
public final class RenderException extends Exception {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
