// node query.js SITE QUERIES OUTPUT [COUNT] [SORT]: one query a line (UTF-16 hex), run as the search page runs it.
// Writes per query "S<TAB>query-index<TAB>total<TAB>allWords<TAB>did-you-mean (hex, - for none)<TAB>notes (hex, joined by newlines)"
// and "H<TAB>query-index<TAB>rank<TAB>page<TAB>score" for the first COUNT hits (10 by default), then
// "B<TAB>query-index<TAB>bytes" loaded for the query (and its result list) on top of what every query loads
// first ("B<TAB>-1<TAB>bytes": the entry, analysis tables and facet table), each query starting cold.
'use strict';
let out0;
const fs = require('fs');
const { openSite, hex, unhex } = require('./site-engine');
const [site, input, output, count, sort] = process.argv.slice(2);
const { engine, stats, forget } = openSite(site);
(async () => {
  await engine.init();
  out0 = ['B', -1, stats.bytes].join('\t');
  const queries = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0);
  const out = [out0];
  for (let qi = 0; qi < queries.length; qi++) {
    forget();
    engine.wordCache = {};
    engine.timesReady = null;
    engine.more = null;
    const before = stats.bytes;
    // as the page asks: only the hits it shows, which takes the engine's one-pass way to the first few
    const r = await engine.search(unhex(queries[qi]), { sort: sort || 'relevance', limit: +(count || 10) });
    out.push(['S', qi, r.total, r.allWords, r.didYouMean === null ? '-' : hex(r.didYouMean), hex(r.notes.join('\n'))].join('\t'));
    const top = r.hits.slice(0, +(count || 10));
    const docs = await engine.docs(top.map((h) => h.doc));
    top.forEach((h, i) => out.push(['H', qi, i + 1, docs[i].page, h.score].join('\t')));
    out.push(['B', qi, stats.bytes - before].join('\t'));
  }
  fs.writeFileSync(output, out.join('\n') + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
