// node parity.js SITE QUERIES OUTPUT: one plain query a line (UTF-16 hex); writes "query-index<TAB>rank<TAB>page<TAB>score" for the top 10.
'use strict';
const fs = require('fs');
const { openSite, unhex } = require('./site-engine');
const [site, input, output] = process.argv.slice(2);
const { engine } = openSite(site);
(async () => {
  await engine.init();
  const queries = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0);
  const out = [];
  for (let qi = 0; qi < queries.length; qi++) {
    const r = await engine.search(unhex(queries[qi]), { prefix: false });
    const top = r.hits.slice(0, 10);
    const docs = await engine.docs(top.map((h) => h.doc));
    top.forEach((h, i) => out.push([qi, i + 1, docs[i].page, h.score].join('\t')));
  }
  fs.writeFileSync(output, out.join('\n') + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
