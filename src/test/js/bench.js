// node bench.js SITE QUERIES: bytes and latency per query in Node (the benchmark's Node half).
// Each query starts with only the entry and analysis scripts loaded (as after the first search of a visit).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { openSite, unhex } = require('./site-engine');
const [site, input] = process.argv.slice(2);

function pct(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
}

(async () => {
  const { engine, stats, pm, forget } = openSite(site);
  const gz = new Map();
  const gzip = (file) => { if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file)).length); return gz.get(file); };
  await engine.init();
  const searchDir = path.join(site, 'search');
  const once = stats.bytes + fs.statSync(path.join(site, 'assets/search.js')).size;
  const queries = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0).map(unhex);
  const bytes = [], gzBytes = [], cold = [], warm = [];
  const origLoad = engine.loadScript;
  let loaded = [];
  engine.loadScript = (name, file) => { if (!pm.registry[name] && file) loaded.push(path.join(searchDir, file)); return origLoad(name, file); };
  for (const q of queries) {
    forget();
    loaded = [];
    const before = stats.bytes;
    let t = process.hrtime.bigint();
    let r = await engine.search(q, { prefix: false });
    await engine.docs(r.hits.slice(0, 10).map((h) => h.doc));
    cold.push(Number(process.hrtime.bigint() - t) / 1e6);
    bytes.push(stats.bytes - before);
    gzBytes.push(loaded.reduce((s, f) => s + gzip(f), 0));
    t = process.hrtime.bigint();
    r = await engine.search(q, { prefix: false });
    await engine.docs(r.hits.slice(0, 10).map((h) => h.doc));
    warm.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const out = {
    queries: queries.length, onceBytes: once,
    bytesMedian: pct(bytes, 0.5), bytesP95: pct(bytes, 0.95), gzipMedian: pct(gzBytes, 0.5), gzipP95: pct(gzBytes, 0.95),
    coldMsMedian: pct(cold, 0.5), coldMsP95: pct(cold, 0.95), warmMsMedian: pct(warm, 0.5), warmMsP95: pct(warm, 0.95),
  };
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
