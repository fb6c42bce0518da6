/*
 * Postmortem search in the browser. The index was built by Lucene; this file analyses text the way Lucene's
 * EnglishAnalyzer does (StandardTokenizer's word-break DFA, possessives, Java lower-casing, stop words, Porter
 * stemming) and ranks with BM25 in float arithmetic, so plain queries rank as `mvn postmortem:search` does.
 * Data arrives as classic scripts calling pmSearch.loaded(name, payload): that works from file:// too.
 * User input only ever reaches the page as text nodes.
 */
(function (global) {
  'use strict';

  var registry = {};
  var waiters = {};

  var pmSearch = global.pmSearch || {};
  pmSearch.loaded = function (name, payload) {
    registry[name] = payload;
    var list = waiters[name] || [];
    delete waiters[name];
    list.forEach(function (w) { w.resolve(payload); });
  };
  global.pmSearch = pmSearch;

  /* ---------- Analysis: EnglishAnalyzer ---------- */

  var STOP = {};
  ('a an and are as at be but by for if in into is it no not of on or such that the their then there these ' +
    'they this to was will with').split(' ').forEach(function (w) { STOP[w] = true; });

  function runs(pairs) {
    var total = 0, i;
    for (i = 0; i < pairs.length; i += 2) total += pairs[i];
    var out = new Int32Array(total), j = 0;
    for (i = 0; i < pairs.length; i += 2) {
      for (var n = 0; n < pairs[i]; n++) out[j++] = pairs[i + 1];
    }
    return out;
  }

  function Analyzer(tables) {
    this.top = runs(tables.cmapTop);
    this.blocks = runs(tables.cmapBlocks);
    this.trans = runs(tables.trans);
    this.rowMap = tables.rowMap;
    this.attribute = tables.attribute;
    this.action = tables.action;
    var lower = new Map(), cp = 0;
    for (var i = 0; i < tables.lower.length; i += 2) {
      cp += tables.lower[i];
      lower.set(cp, cp + tables.lower[i + 1]);
    }
    this.lower = lower;
    this.lengths = tables.lengths;
  }

  Analyzer.prototype.cmap = function (cp) {
    var offset = cp & 255;
    return offset === cp ? this.blocks[offset] : this.blocks[this.top[cp >> 8] | offset];
  };

  /*
   * StandardTokenizer: JFlex's scanning loop over its 255-char buffer, emulated literally in absolute
   * positions (refills, surrogate pairs split at the buffer's end, tokens longer than the buffer cut).
   */
  Analyzer.prototype.tokenize = function (s) {
    var out = [], len = s.length, size = 255;
    var trans = this.trans, rowMap = this.rowMap, attribute = this.attribute, action = this.action;
    var base = 0, endRead = 0, finalHigh = 0, atEOF = false, startRead = 0, markedPos = 0;
    function isHigh(c) { return c >= 0xD800 && c <= 0xDBFF; }
    function refill() {
      if (startRead > base) {
        endRead += finalHigh;
        finalHigh = 0;
        base = startRead;
      }
      var requested = size - (endRead - base) - finalHigh;
      if (requested === 0) return true;
      var readPos = endRead + finalHigh;
      if (readPos >= len) return true;
      var numRead = Math.min(requested, len - readPos);
      endRead = readPos + numRead;
      if (isHigh(s.charCodeAt(endRead - 1))) {
        if (numRead === requested) {
          endRead--;
          finalHigh = 1;
          if (numRead === 1) return true;
        } else {
          if (endRead >= len) return true;
          endRead++;
        }
      }
      return false;
    }
    for (;;) {
      startRead = markedPos;
      var cur = startRead, marked = markedPos, state = 0, eof = false, cp;
      var accepted = (attribute[0] & 1) === 1 ? 0 : -1;
      for (;;) {
        if (cur >= endRead) {
          if (atEOF || refill()) { eof = true; break; }
        }
        cp = s.charCodeAt(cur);
        if (isHigh(cp) && cur + 1 < endRead) {
          var lo = s.charCodeAt(cur + 1);
          if (lo >= 0xDC00 && lo <= 0xDFFF) cp = ((cp - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
        }
        cur += cp > 0xFFFF ? 2 : 1;
        var next = trans[rowMap[state] + this.cmap(cp)];
        if (next === -1) break;
        state = next;
        var attr = attribute[state];
        if ((attr & 1) === 1) {
          accepted = state;
          marked = cur;
          if ((attr & 8) === 8) break;
        }
      }
      markedPos = marked;
      if (eof && startRead === cur) { atEOF = true; return out; }
      var act = accepted < 0 ? -1 : action[accepted];
      if (act < 0) return out; /* Lucene throws here; the grammar matches any character, so it cannot happen */
      if (act !== 1) out.push({ text: s.substring(startRead, markedPos), start: startRead, end: markedPos });
    }
  };

  Analyzer.prototype.lowerCase = function (t) {
    var out = '';
    for (var i = 0; i < t.length;) {
      var cp = t.codePointAt(i);
      i += cp > 0xFFFF ? 2 : 1;
      var l = this.lower.get(cp);
      out += String.fromCodePoint(l === undefined ? cp : l);
    }
    return out;
  };

  /* Analysed tokens with their offsets in the text: {term, start, end}. */
  Analyzer.prototype.analyze = function (text) {
    var tokens = this.tokenize(text), out = [];
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i].text, n = t.length;
      if (n >= 2) {
        var q = t.charCodeAt(n - 2), s = t.charCodeAt(n - 1);
        if ((q === 0x27 || q === 0x2019 || q === 0xFF07) && (s === 0x73 || s === 0x53)) t = t.substring(0, n - 2);
      }
      t = this.lowerCase(t);
      if (STOP[t] === true) continue;
      out.push({ term: porter(t), start: tokens[i].start, end: tokens[i].end });
    }
    return out;
  };

  Analyzer.prototype.terms = function (text) {
    return this.analyze(text).map(function (t) { return t.term; });
  };

  /* Porter's stemmer as Lucene's org.apache.lucene.analysis.en.PorterStemmer has it (Porter's release 3). */
  function porter(word) {
    var b = word.split(''), k = b.length - 1, k0 = 0, j = 0;
    if (k <= k0 + 1) return word;
    function cons(i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === k0 ? true : !cons(i - 1);
        default: return true;
      }
    }
    function m() {
      var n = 0, i = k0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelinstem() { for (var i = k0; i <= j; i++) if (!cons(i)) return true; return false; }
    function doublec(jj) { if (jj < k0 + 1) return false; if (b[jj] !== b[jj - 1]) return false; return cons(jj); }
    function cvc(i) {
      if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var ch = b[i];
      return !(ch === 'w' || ch === 'x' || ch === 'y');
    }
    function ends(s) {
      var l = s.length, o = k - l + 1;
      if (o < k0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== s.charAt(i)) return false;
      j = k - l;
      return true;
    }
    function setto(s) { var l = s.length, o = j + 1; for (var i = 0; i < l; i++) b[o + i] = s.charAt(i); k = j + l; }
    function r(s) { if (m() > 0) setto(s); }
    function step1() {
      if (b[k] === 's') {
        if (ends('sses')) k -= 2;
        else if (ends('ies')) setto('i');
        else if (b[k - 1] !== 's') k--;
      }
      if (ends('eed')) { if (m() > 0) k--; }
      else if ((ends('ed') || ends('ing')) && vowelinstem()) {
        k = j;
        if (ends('at')) setto('ate');
        else if (ends('bl')) setto('ble');
        else if (ends('iz')) setto('ize');
        else if (doublec(k)) { var ch = b[k--]; if (ch === 'l' || ch === 's' || ch === 'z') k++; }
        else if (m() === 1 && cvc(k)) setto('e');
      }
    }
    function step2() { if (ends('y') && vowelinstem()) b[k] = 'i'; }
    function step3() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a': if (ends('ational')) { r('ate'); break; } if (ends('tional')) { r('tion'); break; } break;
        case 'c': if (ends('enci')) { r('ence'); break; } if (ends('anci')) { r('ance'); break; } break;
        case 'e': if (ends('izer')) { r('ize'); break; } break;
        case 'l':
          if (ends('bli')) { r('ble'); break; } if (ends('alli')) { r('al'); break; }
          if (ends('entli')) { r('ent'); break; } if (ends('eli')) { r('e'); break; }
          if (ends('ousli')) { r('ous'); break; } break;
        case 'o':
          if (ends('ization')) { r('ize'); break; } if (ends('ation')) { r('ate'); break; }
          if (ends('ator')) { r('ate'); break; } break;
        case 's':
          if (ends('alism')) { r('al'); break; } if (ends('iveness')) { r('ive'); break; }
          if (ends('fulness')) { r('ful'); break; } if (ends('ousness')) { r('ous'); break; } break;
        case 't':
          if (ends('aliti')) { r('al'); break; } if (ends('iviti')) { r('ive'); break; }
          if (ends('biliti')) { r('ble'); break; } break;
        case 'g': if (ends('logi')) { r('log'); break; }
      }
    }
    function step4() {
      switch (b[k]) {
        case 'e':
          if (ends('icate')) { r('ic'); break; } if (ends('ative')) { r(''); break; }
          if (ends('alize')) { r('al'); break; } break;
        case 'i': if (ends('iciti')) { r('ic'); break; } break;
        case 'l': if (ends('ical')) { r('ic'); break; } if (ends('ful')) { r(''); break; } break;
        case 's': if (ends('ness')) { r(''); break; } break;
      }
    }
    function step5() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a': if (ends('al')) break; return;
        case 'c': if (ends('ance')) break; if (ends('ence')) break; return;
        case 'e': if (ends('er')) break; return;
        case 'i': if (ends('ic')) break; return;
        case 'l': if (ends('able')) break; if (ends('ible')) break; return;
        case 'n': if (ends('ant')) break; if (ends('ement')) break; if (ends('ment')) break; if (ends('ent')) break; return;
        case 'o': if (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) break; if (ends('ou')) break; return;
        case 's': if (ends('ism')) break; return;
        case 't': if (ends('ate')) break; if (ends('iti')) break; return;
        case 'u': if (ends('ous')) break; return;
        case 'v': if (ends('ive')) break; return;
        case 'z': if (ends('ize')) break; return;
        default: return;
      }
      if (m() > 1) k = j;
    }
    function step6() {
      j = k;
      if (b[k] === 'e') { var a = m(); if (a > 1 || a === 1 && !cvc(k - 1)) k--; }
      if (b[k] === 'l' && doublec(k) && m() > 1) k--;
    }
    step1(); step2(); step3(); step4(); step5(); step6();
    return b.slice(0, k + 1).join('');
  }

  /* ---------- Index data ---------- */

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;

  /* Postings "delta freq [norm]" → {docs, freqs, norms}; without norms in them, they come from `norms`. */
  function decodePostings(s, docNorms) {
    var nums = [], n = 0;
    for (var i = 0; i < s.length; i++) {
      var v = DIGIT[s.charCodeAt(i)];
      n = n * 32 + (v & 31);
      if (v < 32) { nums.push(n); n = 0; }
    }
    var width = docNorms ? 2 : 3, count = nums.length / width;
    var p = { docs: new Int32Array(count), freqs: new Int32Array(count), norms: new Uint8Array(count) };
    var doc = 0;
    for (var e = 0; e < count; e++) {
      doc += nums[e * width];
      p.docs[e] = doc;
      p.freqs[e] = nums[e * width + 1];
      p.norms[e] = docNorms ? docNorms[doc] : nums[e * width + 2];
    }
    return p;
  }

  var f32 = Math.fround;
  var K1 = f32(1.2), B = f32(0.75);

  /*
   * An engine over one exported index. `load(name, file)` returns a promise of the payload of
   * search/<file>, which calls pmSearch.loaded(name, payload); the browser inserts a script, tests read files.
   */
  function Engine(load) {
    this.loadScript = load;
    this.shardCache = {};
    this.chunkCache = {};
    this.ready = null;
  }

  Engine.prototype.init = function () {
    var self = this;
    if (!this.ready) {
      this.ready = this.loadScript('index', null).then(function (index) {
        self.index = index;
        return Promise.all([self.loadScript('analysis', index.analysis), self.loadScript('facets', index.facetFile)]);
      }).then(function (loaded) {
        var tables = loaded[0], packed = loaded[1], w = self.index.facetWidth;
        self.facetCodes = new Int32Array(self.index.docs);
        self.bodyNorms = new Uint8Array(self.index.docs);
        for (var doc = 0, at = 0; doc < self.index.docs; doc++) {
          var code = 0;
          for (var c = 0; c < w; c++) code = code * 64 + DIGIT[packed.charCodeAt(at++)];
          self.facetCodes[doc] = code;
          self.bodyNorms[doc] = DIGIT[packed.charCodeAt(at++)] * 64 + DIGIT[packed.charCodeAt(at++)];
        }
        self.analyzer = new Analyzer(tables);
        var lengths = tables.lengths;
        self.fields = self.index.fields.map(function (f) {
          var avgdl = f.docCount > 0 ? f32(f.sumTtf / f.docCount) : f32(1);
          var cache = new Float32Array(256);
          for (var i = 0; i < 256; i++) {
            cache[i] = f32(1 / f32(K1 * f32(f32(1 - B) + f32(f32(B * f32(lengths[i])) / avgdl))));
          }
          return { name: f.name, boost: f.boost, docCount: f.docCount, cache: cache };
        });
        var fc = self.index.facets;
        /* the trigger group is a bit set: a postmortem may name several */
        self.dims = [fc.system.length, fc.year.length, fc.severity.length, fc.status.length, 1 << fc.trigger.length];
        return self;
      });
    }
    return this.ready;
  };

  Engine.prototype.shardOf = function (term) {
    var shards = this.index.shards, lo = 0, hi = shards.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (shards[mid] <= term) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  Engine.prototype.shard = function (i) {
    var self = this;
    if (!this.shardCache[i]) {
      this.shardCache[i] = this.loadScript('t' + i, 't' + i + '.' + this.index.shardHashes[i] + '.js').then(function (flat) {
        var terms = new Map();
        for (var e = 0; e < flat.length; e += 4) terms.set(flat[e], [flat[e + 1], flat[e + 2], flat[e + 3]]);
        return terms;
      });
      this.shardCache[i].bytes = 0;
    }
    return this.shardCache[i];
  };

  /* The postings of a term in each ranked field, or null when it is not in the index. */
  Engine.prototype.postings = function (term) {
    var i = this.shardOf(term), self = this;
    if (i < 0) return Promise.resolve(null);
    return this.shard(i).then(function (terms) {
      var raw = terms.get(term);
      if (!raw) return null;
      if (!raw.decoded) {
        raw.decoded = raw.slice(0, 3).map(function (s, f) {
          return decodePostings(s, self.fields[f].name === 'body' ? self.bodyNorms : null);
        });
      }
      return raw.decoded;
    });
  };

  /* Indexed terms that start with the prefix, from the shards that hold them (at most three shards). */
  Engine.prototype.expand = function (prefix) {
    var first = Math.max(0, this.shardOf(prefix)), last = this.shardOf(prefix + '\uffff');
    if (last - first > 2) return Promise.resolve([]);
    var jobs = [];
    for (var i = first; i <= last; i++) jobs.push(this.shard(i));
    /* Stems are shorter than the words typed: "reconnaissa" must still find "reconnaiss" (lunr#413). */
    var stems = [];
    for (var n = Math.max(3, prefix.length - 3); n < prefix.length; n++) stems.push(prefix.substring(0, n));
    var self = this;
    return Promise.all(jobs).then(function (maps) {
      var out = [];
      maps.forEach(function (terms) {
        terms.forEach(function (v, t) { if (t.length > prefix.length && t.lastIndexOf(prefix, 0) === 0) out.push(t); });
      });
      return Promise.all(stems.map(function (s) { return self.postings(s); })).then(function (found) {
        stems.forEach(function (s, i) { if (found[i]) out.push(s); });
        return out;
      });
    });
  };

  /* Reads words, "phrases" and -exclusions. The last word is a prefix when asked and no space follows it. */
  Engine.prototype.parse = function (text, prefix) {
    var a = this.analyzer, q = { words: [], required: [], excluded: [], prefix: null };
    var re = /(-?)"([^"]*)("?)|(\S+)/g, m, lastWord = null;
    while ((m = re.exec(text)) !== null) {
      if (m[2] !== undefined) {
        var terms = a.terms(m[2]);
        if (m[1]) { q.excluded = q.excluded.concat(terms); continue; }
        q.words = q.words.concat(terms);
        q.required.push(terms);
        lastWord = null;
      } else {
        var w = m[4];
        if (w.length > 1 && w.charAt(0) === '-') { q.excluded = q.excluded.concat(a.terms(w.substring(1))); lastWord = null; continue; }
        q.words = q.words.concat(a.terms(w));
        lastWord = w;
      }
    }
    if (prefix && lastWord !== null && !/\s$/.test(text)) {
      var raw = a.tokenize(lastWord);
      if (raw.length) q.prefix = a.lowerCase(raw[raw.length - 1].text);
    }
    return q;
  };

  /*
   * Runs a query. Plain words score with BM25 exactly as Lucene's flat query does; options.prefix adds
   * completions of the last word; options.filters = {system: [values], ...} narrows (OR within, AND across).
   */
  Engine.prototype.search = function (text, options) {
    options = options || {};
    var self = this;
    return this.init().then(function () {
      var q = self.parse(text, !!options.prefix);
      var counts = new Map();
      q.words.forEach(function (t) { counts.set(t, (counts.get(t) || 0) + 1); });
      var expansions = q.prefix && q.prefix.length >= 2 ? self.expand(q.prefix) : Promise.resolve([]);
      return expansions.then(function (extra) {
        var scoring = [];
        counts.forEach(function (n, t) { scoring.push({ term: t, boost: n }); });
        var seen = new Set(counts.keys());
        extra.sort();
        extra.slice(0, 30).forEach(function (t) { if (!seen.has(t)) { seen.add(t); scoring.push({ term: t, boost: 0.5, prefix: true }); } });
        var needed = new Set(scoring.map(function (s) { return s.term; }));
        q.required.forEach(function (g) { g.forEach(function (t) { needed.add(t); }); });
        q.excluded.forEach(function (t) { needed.add(t); });
        var list = Array.from(needed);
        return Promise.all(list.map(function (t) { return self.postings(t); })).then(function (all) {
          var byTerm = new Map();
          list.forEach(function (t, i) { byTerm.set(t, all[i]); });
          return self.rank(q, scoring, byTerm, options.filters || {}, options.limit);
        });
      });
    });
  };

  /* Scores every matching document (typed arrays, one pass per posting list), filters, counts facets, sorts. */
  Engine.prototype.rank = function (q, scoring, byTerm, filters, limit) {
    var self = this, n = this.index.docs, facetCodes = this.facetCodes;
    var scores = new Float64Array(n), hit = new Uint8Array(n), touched = [];
    scoring.forEach(function (s) {
      var p = byTerm.get(s.term);
      if (!p) return;
      self.fields.forEach(function (field, f) {
        var post = p[f], df = post.docs.length, docs = post.docs, freqs = post.freqs, norms = post.norms;
        if (df === 0) return;
        var cache = field.cache;
        var idf = f32(Math.log(1 + (field.docCount - df + 0.5) / (df + 0.5)));
        var weight = f32(f32(field.boost * s.boost) * idf);
        for (var e = 0; e < df; e++) {
          var doc = docs[e];
          /* each clause in float as Lucene's BM25Scorer; the sum in double, cast once at the end */
          scores[doc] += f32(weight - f32(weight / f32(1 + f32(freqs[e] * cache[norms[e]]))));
          if (hit[doc] === 0) { hit[doc] = 1; touched.push(doc); }
        }
      });
    });
    var body = this.fields.findIndex(function (f) { return f.name === 'body'; });
    function docsOf(t) { var p = byTerm.get(t); return p ? p[body].docs : []; }
    var requiredTerms = Array.from(new Set([].concat.apply([], q.required)));
    var have = requiredTerms.length ? new Uint16Array(n) : null;
    requiredTerms.forEach(function (t) { var d = docsOf(t); for (var i = 0; i < d.length; i++) have[d[i]]++; });
    var excluded = new Uint8Array(n);
    q.excluded.forEach(function (t) { var d = docsOf(t); for (var i = 0; i < d.length; i++) excluded[d[i]] = 1; });

    var dims = this.dims, names = ['system', 'year', 'severity', 'status', 'trigger'];
    var values = this.index.facets;
    var wanted = names.map(function (name) {
      var set = new Set();
      (filters[name] || []).forEach(function (v) { var i = values[name].indexOf(v); if (i >= 0) set.add(i); });
      return set;
    });
    var facetCounts = names.map(function (name) { return new Int32Array(values[name].length); });
    var wantedTriggers = 0;
    wanted[4].forEach(function (j) { wantedTriggers |= 1 << j; });
    var parts = [0, 0, 0, 0, 0], matched = [];
    for (var k = 0; k < touched.length; k++) {
      var doc = touched[k];
      if (excluded[doc] === 1 || have && have[doc] !== requiredTerms.length) continue;
      var code = facetCodes[doc];
      parts[4] = code % dims[4]; code = (code - parts[4]) / dims[4];
      parts[3] = code % dims[3]; code = (code - parts[3]) / dims[3];
      parts[2] = code % dims[2]; code = (code - parts[2]) / dims[2];
      parts[1] = code % dims[1]; parts[0] = (code - parts[1]) / dims[1];
      var misses = 0, missed = -1;
      for (var i = 0; i < 4; i++) {
        if (wanted[i].size && !wanted[i].has(parts[i])) { misses++; missed = i; }
      }
      /* values OR within a group: any wanted trigger named will do */
      if (wantedTriggers && (parts[4] & wantedTriggers) === 0) { misses++; missed = 4; }
      for (i = 0; i < 4; i++) {
        if (misses === 0 || misses === 1 && missed === i) facetCounts[i][parts[i]]++;
      }
      if (misses === 0 || misses === 1 && missed === 4) {
        for (var bit = 0; bit < facetCounts[4].length; bit++) if (parts[4] & (1 << bit)) facetCounts[4][bit]++;
      }
      if (misses === 0) { scores[doc] = f32(scores[doc]); matched.push(doc); }
    }
    /* score descending, then doc ID ascending: Lucene's order for ties */
    matched.sort(function (x, y) { return scores[y] - scores[x] || x - y; });
    var hits = matched.slice(0, limit || 1000).map(function (doc) {
      var c = facetCodes[doc], tr = c % dims[4]; c = (c - tr) / dims[4];
      var st = c % dims[3]; c = (c - st) / dims[3];
      var sev = c % dims[2]; c = (c - sev) / dims[2];
      var yr = c % dims[1];
      return { doc: doc, score: scores[doc], facets: [(c - yr) / dims[1], yr, sev, st, tr] };
    });
    var facets = {};
    names.forEach(function (name, i) {
      facets[name] = values[name].map(function (v, j) { return { value: v, count: facetCounts[i][j], selected: wanted[i].has(j) }; })
        .filter(function (f) { return f.count > 0 || f.selected; });
    });
    var terms = new Set();
    scoring.forEach(function (s) { if (byTerm.get(s.term)) terms.add(s.term); });
    requiredTerms.forEach(function (t) { terms.add(t); });
    return { hits: hits, total: matched.length, facets: facets, terms: terms, prefix: q.prefix };
  };

  /* The first doc ID of each text chunk, from the entry's "chunkStarts" (deltas in the postings' alphabet). */
  Engine.prototype.chunkStarts = function () {
    if (!this.starts) {
      var s = this.index.chunkStarts, starts = [], n = 0, at = 0;
      for (var i = 0; i < s.length; i++) {
        var v = DIGIT[s.charCodeAt(i)];
        n = n * 32 + (v & 31);
        if (v < 32) { at += n; starts.push(at); n = 0; }
      }
      this.starts = starts;
    }
    return this.starts;
  };

  Engine.prototype.chunkOf = function (doc) {
    var starts = this.chunkStarts(), lo = 0, hi = starts.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= doc) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  /*
   * Page, title, date and text parts ({id, text}: the preamble with id "", then each section by its heading's id)
   * of the given documents, loading only the chunks that hold them.
   */
  Engine.prototype.docs = function (ids) {
    var self = this, hashes = this.index.chunkHashes, width = 8;
    return Promise.all(ids.map(function (id) {
      var c = self.chunkOf(id);
      if (!self.chunkCache[c]) {
        self.chunkCache[c] = self.loadScript('s' + c, 's' + c + '.' + hashes.substr(c * width, width) + '.js');
      }
      return self.chunkCache[c].then(function (chunk) {
        var d = chunk[id - self.chunkStarts()[c]], parts = [];
        for (var i = 0; i < d[3].length; i += 2) parts.push({ id: d[3][i], text: d[3][i + 1] });
        return { page: d[0], title: d[1], date: d[2], parts: parts };
      });
    }));
  };

  /* Tokens of the text that the query matched: an analysed query term, or a word starting with the prefix. */
  Engine.prototype.matches = function (text, terms, prefix) {
    var a = this.analyzer;
    return a.analyze(text).filter(function (t) {
      if (terms.has(t.term)) return true;
      return prefix && prefix.length >= 2 && a.lowerCase(text.substring(t.start, t.end)).lastIndexOf(prefix, 0) === 0;
    });
  };

  /*
   * The snippet of a result: the window of one part's text holding the most distinct query words (the earliest
   * of equals), never running into another part, with every match in it marked; the id of that part, for the
   * link; and the words the query matched in the document as written, for the page to highlight.
   * Returns {id, pieces: [{text, mark}], words: [..]}; pieces are text, never HTML.
   */
  Engine.prototype.snippet = function (doc, terms, prefix, size) {
    size = size || 180;
    var self = this, best = null, words = [], seen = new Set();
    doc.parts.forEach(function (part, p) {
      var text = part.text.replace(/\n/g, ' · '), marks = self.matches(text, terms, prefix);
      marks.forEach(function (t) {
        var w = self.analyzer.lowerCase(text.substring(t.start, t.end));
        if (!seen.has(w) && words.length < 10) { seen.add(w); words.push(w); }
      });
      for (var i = 0; i < marks.length; i++) {
        var distinct = new Set(), count = 0;
        for (var j = i; j < marks.length && marks[j].end - marks[i].start <= size; j++) { distinct.add(marks[j].term); count++; }
        if (!best || distinct.size > best.distinct || distinct.size === best.distinct && count > best.count) {
          best = { part: p, text: text, marks: marks, start: marks[i].start, distinct: distinct.size, count: count };
        }
      }
    });
    if (!best) {
      /* nothing to show matched (words beyond the text shipped): the start of the first section */
      var first = doc.parts.find(function (x) { return x.id !== ''; }) || doc.parts[0];
      if (!first) return { id: '', pieces: [], words: words };
      best = { part: doc.parts.indexOf(first), text: first.text.replace(/\n/g, ' · '), marks: [], start: 0 };
    }
    var text = best.text, from = 0;
    /* some words of context before the first match, or the whole text when it is short */
    if (best.start > 40 && text.length > size) {
      from = Math.min(best.start - 40, text.length - size);
      var space = text.indexOf(' ', from);
      from = space >= 0 && space < best.start ? space + 1 : best.start;
    }
    var to = Math.min(text.length, from + size);
    if (to < text.length) {
      var cut = text.lastIndexOf(' ', to);
      if (cut > from + size / 2) to = cut;
    }
    var pieces = [], at = from;
    if (from > 0) pieces.push({ text: '… ', mark: false });
    best.marks.forEach(function (t) {
      if (t.start < from || t.end > to) return;
      if (t.start > at) pieces.push({ text: text.substring(at, t.start), mark: false });
      pieces.push({ text: text.substring(t.start, t.end), mark: true });
      at = t.end;
    });
    if (at < to) pieces.push({ text: text.substring(at, to), mark: false });
    if (to < text.length) pieces.push({ text: ' …', mark: false });
    return { id: doc.parts[best.part].id, pieces: pieces, words: words };
  };

  /* The link to a result: its page, the words to highlight there (?hl=), the part the snippet came from. */
  function resultHref(siteRoot, page, snippet) {
    var href = siteRoot + page;
    if (snippet.words.length) href += '?hl=' + snippet.words.map(encodeURIComponent).join('+');
    if (snippet.id) href += '#' + encodeURIComponent(snippet.id);
    return href;
  }

  pmSearch.Engine = Engine;
  pmSearch.resultHref = resultHref;
  pmSearch.Analyzer = Analyzer;
  pmSearch.porter = porter;
  pmSearch.registry = registry;
  pmSearch.waiters = waiters;

  /* ---------- The page ---------- */

  function scriptLoader(base) {
    return function (name, file) {
      if (registry[name]) return Promise.resolve(registry[name]);
      return new Promise(function (resolve, reject) {
        (waiters[name] = waiters[name] || []).push({ resolve: resolve });
        if (waiters[name].length > 1) return;
        var s = document.createElement('script');
        s.src = file === null ? base.entry : base.dir + file;
        s.async = true;
        s.onerror = function () { reject(new Error('could not load ' + s.src)); };
        document.head.appendChild(s);
      });
    };
  }

  pmSearch.scriptLoader = scriptLoader;

  function now() {
    return global.performance ? global.performance.now() : Date.now();
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function startPage() {
    var root = document.getElementById('search');
    if (!root) return;
    var entry = root.getAttribute('data-index');
    var siteRoot = root.getAttribute('data-root') || '';
    var engine = new Engine(scriptLoader({ entry: entry, dir: entry.substring(0, entry.lastIndexOf('/') + 1) }));
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    var facetsBox = document.getElementById('search-facets');
    var form = root.querySelector('form');
    var filters = {}, shown = 10, generation = 0, timer = null;
    var params = new URLSearchParams(global.location.search);
    input.value = params.get('q') || '';
    var headerBox = document.getElementById('site-search');
    if (headerBox) headerBox.value = input.value;

    function remember() {
      try {
        var url = new URL(global.location.href);
        if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
        global.history.replaceState(null, '', url.toString());
      } catch (e) { /* some browsers refuse under file://; the query still runs */ }
    }

    function run(asYouType) {
      var mine = ++generation, text = input.value;
      if (!text.trim()) {
        results.textContent = '';
        facetsBox.textContent = '';
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      var started = now();
      engine.search(text, { prefix: asYouType, filters: filters }).then(function (r) {
        var page = r.hits.slice(0, shown);
        return engine.docs(page.map(function (h) { return h.doc; })).then(function (docs) {
          if (mine !== generation) return;
          render(r, page, docs);
          /* what the last search took, loading included, for benchmarks that open ?q= links */
          pmSearch.lastSearch = { query: text, ms: now() - started, shownAt: now() };
        });
      }).catch(function (e) {
        if (mine === generation) status.textContent = 'Search failed: ' + e.message;
        pmSearch.lastSearch = { query: text, error: String(e) };
      });
    }

    function render(r, page, docs) {
      var values = engine.index.facets;
      status.textContent = r.total === 0 ? 'No postmortem matches.'
        : r.total === 1 ? '1 postmortem matches.' : r.total + ' postmortems match.';
      results.textContent = '';
      page.forEach(function (h, i) {
        var d = docs[i];
        var snippet = el('p', { 'class': 'snippet' }), found = engine.snippet(d, r.terms, r.prefix);
        found.pieces.forEach(function (p) {
          snippet.appendChild(p.mark ? el('mark', {}, [p.text]) : document.createTextNode(p.text));
        });
        var statusSlug = values.statusSlug[h.facets[3]];
        results.appendChild(el('li', {}, [
          el('a', { 'class': 'pm-title', href: resultHref(siteRoot, d.page, found) }, [d.title]),
          el('span', { 'class': 'meta' }, [
            el('time', { datetime: d.date }, [d.date]), ' · ', values.system[h.facets[0]], ' · ',
            values.severity[h.facets[2]], ' ',
            el('span', { 'class': 'badge status-' + statusSlug }, [values.status[h.facets[3]]])]),
          snippet]));
      });
      if (r.total > page.length) {
        var more = el('button', { type: 'button', 'class': 'more' }, ['Show more results']);
        more.addEventListener('click', function () { shown += 10; run(false); });
        results.appendChild(el('li', { 'class': 'more-item' }, [more]));
      }
      renderFacets(r.facets);
    }

    function renderFacets(facets) {
      facetsBox.textContent = '';
      [['system', 'System'], ['year', 'Year'], ['severity', 'Severity'], ['status', 'Status'],
        ['trigger', 'Postmortem trigger']].forEach(function (g) {
        var list = facets[g[0]];
        if (!list.length) return;
        var box = el('fieldset', {}, [el('legend', {}, [g[1]])]);
        list.forEach(function (f) {
          var cb = el('input', { type: 'checkbox', name: g[0], value: f.value });
          cb.checked = f.selected;
          cb.addEventListener('change', function () {
            var set = new Set(filters[g[0]] || []);
            if (cb.checked) set.add(f.value); else set.delete(f.value);
            filters[g[0]] = Array.from(set);
            shown = 10;
            run(false);
          });
          box.appendChild(el('label', {}, [cb, ' ' + f.value + ' (' + f.count + ')']));
        });
        facetsBox.appendChild(box);
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      shown = 10;
      timer = setTimeout(function () { remember(); run(true); }, 60);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      shown = 10;
      remember();
      run(false);
    });
    if (input.value) run(false);
    input.focus();
  }

  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startPage);
    else startPage();
  }
})(typeof window !== 'undefined' ? window : globalThis);
