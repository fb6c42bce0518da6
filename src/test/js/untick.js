// node untick.js SITE CASES OUTPUT: each case a line "text<TAB>field<TAB>label" (text and label as UTF-16 hex), the
// box a reader unticks with that query in the box. Writes per case "text<TAB>kept" (hex; kept: the labels that stay
// ticked in the address, joined by newlines): what the search page puts in the box and the address.
'use strict';
const fs = require('fs');
const { openSite, hex, unhex } = require('./site-engine');
const [site, input, output] = process.argv.slice(2);
const { engine } = openSite(site);
(async () => {
  await engine.init();
  const out = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0).map((line) => {
    const [text, field, label] = line.split('\t');
    const r = engine.untick(unhex(text), field, unhex(label));
    return [hex(r.text), hex(r.keep.join('\n'))].join('\t');
  });
  fs.writeFileSync(output, out.join('\n') + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
