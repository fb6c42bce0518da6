// Loads the site's search.js and its search/ data in Node, the way the page does but from files.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function openSite(siteDir) {
  const context = vm.createContext({ console });
  vm.runInContext(fs.readFileSync(path.join(siteDir, 'assets/search.js'), 'utf8'), context, { filename: 'search.js' });
  const pm = context.pmSearch;
  const searchDir = path.join(siteDir, 'search');
  const entry = fs.readdirSync(searchDir).filter((f) => /^index\.[0-9a-f]+\.js$/.test(f));
  if (entry.length !== 1) throw new Error('expected one entry script in ' + searchDir + ', found ' + entry);
  const stats = { files: 0, bytes: 0 };
  const load = (name, file) => {
    if (pm.registry[name]) return Promise.resolve(pm.registry[name]);
    const f = path.join(searchDir, file === null ? entry[0] : file);
    const code = fs.readFileSync(f, 'utf8');
    stats.files++;
    stats.bytes += Buffer.byteLength(code);
    vm.runInContext(code, context, { filename: f });
    return Promise.resolve(pm.registry[name]);
  };
  const engine = new pm.Engine(load);
  return { engine, stats, pm, forget: () => { for (const k of Object.keys(pm.registry)) if (k !== 'index' && k !== 'analysis' && k !== 'facets') delete pm.registry[k]; engine.shardCache = {}; engine.chunkCache = {}; } };
}

function hex(s) {
  if (s === '') return '-';
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

function unhex(h) {
  if (h === '-') return '';
  let out = '';
  for (let i = 0; i < h.length; i += 4) out += String.fromCharCode(parseInt(h.substr(i, 4), 16));
  return out;
}

module.exports = { openSite, hex, unhex };
