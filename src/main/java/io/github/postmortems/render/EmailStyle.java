package io.github.postmortems.render;

/** Inline styles of the e-mail digest: hex colours and a font stack on every text element (Gmail, Outlook). */
final class EmailStyle {

    static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
    static final String P = FONT + "margin:0 0 12px 0;font-size:15px;line-height:22px;color:#1c1f23;";
    static final String LIST = FONT + "margin:0 0 12px 0;padding:0 0 0 24px;font-size:15px;line-height:22px;color:#1c1f23;";
    static final String LI = FONT + "margin:0 0 4px 0;font-size:15px;line-height:22px;color:#1c1f23;";
    static final String QUOTE = "margin:0 0 12px 0;padding:0 0 0 12px;border-left:4px solid #d8dee4;color:#59636e;";
    static final String CODE = "font-family:Consolas,Menlo,monospace;font-size:14px;background-color:#f4f6f8;";
    static final String LINK = "color:#0b5cad;text-decoration:underline;";

    private EmailStyle() {
    }
}
