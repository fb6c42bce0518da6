// node analyze.js SITE INPUT OUTPUT: each input line is a text in UTF-16 hex; writes its analysed terms, hex, comma-separated.
'use strict';
const fs = require('fs');
const { openSite, hex, unhex } = require('./site-engine');
const [site, input, output] = process.argv.slice(2);
const { engine } = openSite(site);
engine.init().then(() => {
  const lines = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0 || false);
  const out = lines.map((l) => engine.analyzer.terms(unhex(l)).map(hex).join(','));
  fs.writeFileSync(output, out.join('\n') + '\n');
}).catch((e) => { console.error(e); process.exit(1); });
