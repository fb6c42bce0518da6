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

  var ASCII = /^[\x00-\x7f]*$/;

  Analyzer.prototype.lowerCase = function (t) {
    /* ASCII (most words): Java lowers A-Z alone there, as toLowerCase does, and it is many times faster */
    if (ASCII.test(t)) return t.toLowerCase();
    var out = '';
    for (var i = 0; i < t.length;) {
      var cp = t.codePointAt(i);
      i += cp > 0xFFFF ? 2 : 1;
      var l = this.lower.get(cp);
      out += String.fromCodePoint(l === undefined ? cp : l);
    }
    return out;
  };

  /*
   * A dot, colon or underscore between two ASCII letters reads as a space (ci.jenkins.io, error:timeout,
   * max_connections), as SearchFields.JOINER has it; one char for one, so offsets stay true.
   */
  var JOINER = /(?<=[A-Za-z])[.:_](?=[A-Za-z])/g;
  function apart(text) { return text.replace(JOINER, ' '); }

  /* The analysed terms of a text, as Lucene's analyzer gives them. */
  Analyzer.prototype.terms = function (text) {
    return this.words(text, 0).map(function (t) { return t.stem; });
  };

  /* Porter's stemmer as Lucene's org.apache.lucene.analysis.en.PorterStemmer has it (Porter's release 3). */
  /* stems of words seen, for the snippets of every result: a result's text repeats its words */
  var STEMS = new Map(), STEMS_MAX = 20000;

  function porter(word) {
    var stem = STEMS.get(word);
    if (stem === undefined) {
      if (STEMS.size >= STEMS_MAX) STEMS.clear();
      stem = porterStem(word);
      STEMS.set(word, stem);
    }
    return stem;
  }

  function porterStem(word) {
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
        for (var e = 0; e < flat.length; e += 5) terms.set(flat[e], [flat[e + 1], flat[e + 2], flat[e + 3], flat[e + 4]]);
        return terms;
      });
      this.shardCache[i].bytes = 0;
    }
    return this.shardCache[i];
  };

  /*
   * A stem's minority forms, "word docs word docs": each word as written that is in fewer postmortems than its
   * stem, with its postmortems (ID deltas), or null when it is in too many to be listed (IndexSearch.EXACT_LISTED).
   */
  function minorityForms(s) {
    var out = new Map();
    if (!s) return out;
    var parts = s.split(' ');
    for (var i = 0; i < parts.length; i += 2) {
      if (parts[i + 1] === '*') { out.set(parts[i], null); continue; }
      var nums = [];
      for (var k = 0, n = 0; k < parts[i + 1].length; k++) {
        var d = DIGIT[parts[i + 1].charCodeAt(k)];
        n = n * 32 + (d & 31);
        if (d < 32) { nums.push(n); n = 0; }
      }
      var docs = new Int32Array(nums.length);
      for (var j = 0, doc = 0; j < nums.length; j++) { doc += nums[j]; docs[j] = doc; }
      out.set(parts[i], docs);
    }
    return out;
  }

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
        raw.decoded.forms = minorityForms(raw[3]);
      }
      return raw.decoded;
    });
  };

  /* ---------- The query: the README's "Search" rules, as IndexSearch.java applies them ---------- */

  var FACETS_SHOWN = 10;
  var COMPLETIONS = 32, COMPLETING = 1000, TYPO_LENGTH = 5, SUGGEST_LENGTH = 4, EXPANSION_WEIGHT = 0.5;
  var FIRST_DAY_OFFSET = 1000000;
  var FIELDS = ['system', 'severity', 'year', 'status', 'ttr', 'ttd', 'after', 'before'];
  var FACETS = ['system', 'year', 'severity', 'status', 'trigger'];
  /* ASCII whitespace only, and no /i or /u flags: the same matches as java.util.regex */
  var TOKEN = /(-?)"([^"]*)"?|([^\t\n\v\f\r ]+)/g;
  var FIELD = /^([A-Za-z]+):([\s\S]+)$/;
  var YEAR = /^\d{4}$/;
  var DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  var DURATION = /^(<=|>=|<|>)?(\d+(?:\.\d+)?)([mM][iI][nN]|[mM]|[hH]|[dD])$/;

  function codePoints(s) { return Array.from(s); }

  /* Words as written (possessive gone, lower case, no stop words) with their stems and offsets in the text. */
  Analyzer.prototype.words = function (text, offset) {
    var tokens = this.tokenize(apart(text)), out = [];
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i].text, n = t.length;
      if (n >= 2) {
        var q = t.charCodeAt(n - 2), s = t.charCodeAt(n - 1);
        if ((q === 0x27 || q === 0x2019 || q === 0xFF07) && (s === 0x73 || s === 0x53)) t = t.substring(0, n - 2);
      }
      t = this.lowerCase(t);
      if (STOP[t] === true) continue;
      out.push({ surface: t, stem: porter(t), start: offset + tokens[i].start, end: offset + tokens[i].end, position: i });
    }
    return out;
  };

  /* The first day of YYYY, YYYY-MM or YYYY-MM-DD as days since 1970, or null. */
  function firstDay(value) {
    var m = DATE.exec(value);
    if (!m) return null;
    var y = +m[1], mo = m[2] === undefined ? 1 : +m[2], d = m[3] === undefined ? 1 : +m[3];
    var date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return Math.round(date.getTime() / 86400000);
  }

  /*
   * Reads a query as SearchQuery.java does: words, prefix, phrases, exclusions, filters and notes. Each facet
   * filter also says where its value and its whole token lie in the text, so that unticking its box can take it out.
   */
  Engine.prototype.parse = function (text) {
    var a = this.analyzer;
    var q = { words: [], prefix: null, phrases: [], excluded: [], facetFilters: [], after: -Infinity, before: Infinity,
      limits: [], notes: [] };
    var m, prefix = null;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      prefix = null;
      if (m[2] !== undefined) {
        var inner = a.words(m[2], m.index + m[1].length + 1);
        if (m[1]) { inner.forEach(function (w) { q.excluded.push(w.stem); }); }
        else if (inner.length) {
          q.words = q.words.concat(inner);
          q.phrases.push({ terms: inner.map(function (w) { return w.stem; }),
            positions: inner.map(function (w) { return w.position; }) });
        }
        continue;
      }
      var w = m[3], start = m.index, minus = w.length > 1 && w.charAt(0) === '-';
      if (minus) { w = w.substring(1); start++; }
      var f = FIELD.exec(w);
      if (f) {
        var key = f[1].toLowerCase(), value = f[2], problem = null;
        if (FIELDS.indexOf(key) < 0) {
          problem = '"' + key + ':" is not a search field (' + FIELDS.join(', ') + ')';
        } else if (FACETS.indexOf(key) >= 0) {
          if (key === 'year' && !YEAR.test(value)) problem = '"' + m[3] + '" is not a year (year:2024)';
          else {
            var at = start + f[1].length + 1;
            value.split(',').forEach(function (v) {
              if (v) {
                q.facetFilters.push({ field: key, value: v.toLowerCase(), excluding: minus, start: at, end: at + v.length,
                  tokenStart: m.index, tokenEnd: m.index + m[0].length });
              }
              at += v.length + 1;
            });
            continue;
          }
        } else if (key === 'after' || key === 'before') {
          var day = firstDay(value);
          if (day === null) problem = '"' + m[3] + '" is not a date (' + key + ':2024-03)';
          else {
            /* days are always known, so leaving out what after: lets through is before:, and back */
            if ((key === 'after') !== minus) q.after = Math.max(q.after, day); else q.before = Math.min(q.before, day);
            continue;
          }
        } else {
          var d = DURATION.exec(value);
          if (!d) problem = '"' + m[3] + '" is not a duration (' + key + ':>2h, ' + key + ':<30m)';
          else {
            var n = parseFloat(d[2]), unit = d[3].toLowerCase();
            q.limits.push({ field: key, op: d[1] === undefined ? '>=' : d[1],
              minutes: unit === 'h' ? n * 60 : unit === 'd' ? n * 1440 : n, excluding: minus });
            continue;
          }
        }
        q.notes.push(problem + (minus ? '; excluded as words.' : '; searched as words.'));
        /* "team:payments" would be one token (a colon between letters joins them): read both sides */
        w = f[1] + ' ' + value;
      }
      if (minus) {
        a.words(w, start).forEach(function (x) { q.excluded.push(x.stem); });
        continue;
      }
      var plain = a.words(w, start);
      q.words = q.words.concat(plain);
      if (plain.length && m.index + m[0].length === text.length) prefix = plain[plain.length - 1];
    }
    if (prefix && codePoints(prefix.surface).length >= 2) q.prefix = prefix;
    return q;
  };

  /* Whether a postmortem with this duration (negative: unknown) passes the limit; unknown ones match none. */
  function admits(limit, value) {
    var matches = false;
    if (value >= 0) {
      switch (limit.op) {
        case '<': matches = value < limit.minutes; break;
        case '<=': matches = value <= limit.minutes; break;
        case '>': matches = value > limit.minutes; break;
        default: matches = value >= limit.minutes;
      }
    }
    return limit.excluding !== matches;
  }

  function digits(s) { return s.replace(/[^0-9]/g, ''); }

  /* Whether a facet value answers field:wanted: exactly, a severity also by its number, a status by its slug. */
  function facetMatches(field, label, slug, wanted) {
    var value = field === 'status' ? slug : label.toLowerCase();
    if (value === wanted) return true;
    if (field === 'severity') return /^[0-9]+$/.test(wanted) && value !== 'unknown' && digits(value) === wanted;
    if (field === 'status') return label.toLowerCase() === wanted;
    return false;
  }

  /* The indexes of the facet values of the group `name` that a typed value answers. */
  function answering(values, name, wanted) {
    var out = [];
    values[name].forEach(function (label, i) {
      if (facetMatches(name, label, name === 'status' ? values.statusSlug[i] : null, wanted)) out.push(i);
    });
    return out;
  }

  function compareNumbers(x, y) {
    x = x.replace(/^0+/, ''); y = y.replace(/^0+/, '');
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  }

  /* Severity order: labels with a number by that number, then other labels, then unknown; then by label. */
  function compareSeverity(x, y) {
    function kind(s) { return s === 'unknown' ? 2 : digits(s) === '' ? 1 : 0; }
    return kind(x) - kind(y) || compareNumbers(digits(x), digits(y)) || (x < y ? -1 : x > y ? 1 : 0);
  }

  /* ---------- Words as written: shards of "word df" lines, forwards and backwards ---------- */

  function reverse(word) { return codePoints(word).reverse().join(''); }

  /* The directory of a word list: the words' is in the entry, the others in search/more.H.js, loaded on first use. */
  Engine.prototype.directory = function (kind) {
    if (kind === 'words') return Promise.resolve(this.index.words);
    if (!this.more) this.more = this.loadScript('more', this.index.more);
    return this.more.then(function (more) { return more[kind]; });
  };

  Engine.prototype.wordShardOf = function (dir, word) {
    var first = dir.first, lo = 0, hi = first.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (first[mid] <= word) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  var SHARD_LETTER = { words: 'w', rwords: 'r', positions: 'p' };

  /* A shard of "word value" lines: {words, values, dfs}, the value read as a number for dfs. */
  Engine.prototype.wordShard = function (kind, dir, i) {
    var key = kind + i;
    this.wordCache = this.wordCache || {};
    if (!this.wordCache[key]) {
      var letter = SHARD_LETTER[kind];
      this.wordCache[key] = this.loadScript(letter + i, letter + i + '.' + dir.hashes[i] + '.js')
        .then(function (text) {
          var lines = text.split('\n'), words = [], values = [], dfs = [];
          for (var l = 0; l < lines.length; l++) {
            if (!lines[l]) continue;
            var space = lines[l].lastIndexOf(' ');
            words.push(lines[l].substring(0, space));
            values.push(lines[l].substring(space + 1));
            dfs.push(+values[values.length - 1]);
          }
          return { words: words, values: values, dfs: dfs, decoded: new Map() };
        });
    }
    return this.wordCache[key];
  };

  /* A term's positions in the text of each document of its body postings: Map doc → positions. */
  Engine.prototype.positionsOf = function (term, post) {
    var self = this;
    return this.directory('positions').then(function (dir) {
      return dir.first.length ? self.wordShard('positions', dir, self.wordShardOf(dir, term)) : null;
    }).then(function (shard) {
      if (shard === null) return new Map();
      var e = shard.words.indexOf(term);
      if (e < 0) return new Map();
      if (!shard.decoded.has(term)) {
        var s = shard.values[e], nums = [], n = 0;
        for (var i = 0; i < s.length; i++) {
          var v = DIGIT[s.charCodeAt(i)];
          n = n * 32 + (v & 31);
          if (v < 32) { nums.push(n); n = 0; }
        }
        var map = new Map(), at = 0;
        for (var d = 0; d < post.docs.length; d++) {
          var list = new Int32Array(post.freqs[d]), position = 0;
          for (var k = 0; k < list.length; k++) { position += nums[at++]; list[k] = position; }
          map.set(post.docs[d], list);
        }
        shard.decoded.set(term, map);
      }
      return shard.decoded.get(term);
    });
  };

  /* For each phrase of two words or more, the documents where its words follow each other (stop words keep their gap). */
  Engine.prototype.positions = function (phrases) {
    var self = this, body = this.bodyField(), n = this.index.docs;
    return Promise.all(phrases.map(function (p) {
      if (p.terms.length < 2) return Promise.resolve(null);
      return Promise.all(p.terms.map(function (t) {
        return self.postings(t).then(function (post) { return post ? self.positionsOf(t, post[body]) : new Map(); });
      })).then(function (maps) {
        var set = new Uint8Array(n);
        maps[0].forEach(function (first, doc) {
          for (var m = 1; m < maps.length; m++) if (!maps[m].has(doc)) return;
          for (var a = 0; a < first.length; a++) {
            var start = first[a] - p.positions[0], ok = true;
            for (var m2 = 1; m2 < maps.length && ok; m2++) ok = maps[m2].get(doc).indexOf(start + p.positions[m2]) >= 0;
            if (ok) { set[doc] = 1; return; }
          }
        });
        return set;
      });
    }));
  };

  /* Every entry of a word list that starts with `start`: [{word, df}], loading only the shards of that range. */
  Engine.prototype.wordsStarting = function (kind, start) {
    var self = this, out = [];
    return this.directory(kind).then(function (dir) {
      var n = dir.first.length;
      function from(i) {
        return self.wordShard(kind, dir, i).then(function (shard) {
          for (var e = 0; e < shard.words.length; e++) {
            if (shard.words[e].lastIndexOf(start, 0) === 0) out.push({ word: shard.words[e], df: shard.dfs[e] });
          }
          var next = dir.first[i + 1];
          return i + 1 < n && next.lastIndexOf(start, 0) === 0 ? from(i + 1) : out;
        });
      }
      return n === 0 ? out : from(self.wordShardOf(dir, start));
    });
  };

  function byDocFreq(x, y) { return y.df - x.df || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0); }

  /*
   * Words that start with the prefix (itself apart): those in the most postmortems first, at most 32; none when it
   * starts more than 1,000 words, which the directory's counts tell before any shard between the ends loads.
   */
  Engine.prototype.completions = function (prefix) {
    var dir = this.index.words, first = this.wordShardOf(dir, prefix), last = this.wordShardOf(dir, prefix + '\uffff');
    if (!dir.first.length || last - first > 1 && dir.before[last] - dir.before[first + 1] > COMPLETING + 1) {
      return Promise.resolve([]);
    }
    return this.wordsStarting('words', prefix).then(function (found) {
      found = found.filter(function (c) { return c.word !== prefix; });
      if (found.length > COMPLETING) return [];
      return found.sort(byDocFreq).slice(0, COMPLETIONS).map(function (c) { return c.word; });
    });
  };

  /* Exactly one insert, delete, substitution or transposition of neighbours between the two code point lists. */
  function oneEdit(a, b) {
    if (a.length === b.length) {
      var diff = [];
      for (var i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
      if (diff.length === 1) return true;
      return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
    }
    if (Math.abs(a.length - b.length) !== 1) return false;
    var long = a.length > b.length ? a : b, short = a.length > b.length ? b : a, skipped = false;
    for (var x = 0, y = 0; x < long.length; x++) {
      if (y < short.length && long[x] === short[y]) { y++; continue; }
      if (skipped) return false;
      skipped = true;
    }
    return true;
  }

  /*
   * Words one edit away, with their document counts: an edit in the second half keeps the first half (words
   * starting with it), one in the first half keeps the rest (backwards words starting with it backwards), and
   * swapping the two middle letters is looked up on its own.
   */
  Engine.prototype.neighbours = function (word) {
    var cps = codePoints(word), h = cps.length >> 1, self = this;
    var swapped = cps.slice();
    swapped[h - 1] = cps[h]; swapped[h] = cps[h - 1];
    var swap = swapped.join('');
    return Promise.all([this.wordsStarting('words', cps.slice(0, h).join('')),
      this.wordsStarting('rwords', cps.slice(h).reverse().join('')),
      this.wordsStarting('words', swap)]).then(function (found) {
      var seen = new Map();
      found[0].concat(found[2]).forEach(function (c) { seen.set(c.word, c.df); });
      found[1].forEach(function (c) { seen.set(reverse(c.word), c.df); });
      var out = [];
      seen.forEach(function (df, w) { if (oneEdit(cps, codePoints(w))) out.push({ word: w, df: df }); });
      return out;
    });
  };

  /* The day and times to detect and resolve of every document, loaded once, only when a query asks. */
  Engine.prototype.times = function () {
    var self = this;
    if (!this.timesReady) {
      this.timesReady = this.loadScript('times', this.index.times).then(function (s) {
        var nums = [], n = 0;
        for (var i = 0; i < s.length; i++) {
          var v = DIGIT[s.charCodeAt(i)];
          n = n * 32 + (v & 31);
          if (v < 32) { nums.push(n); n = 0; }
        }
        var docs = self.index.docs, t = { day: new Float64Array(docs), ttd: new Float64Array(docs), ttr: new Float64Array(docs) };
        for (var doc = 0, day = 0; doc < docs; doc++) {
          day = doc === 0 ? nums[0] - FIRST_DAY_OFFSET : day - nums[doc * 3];
          t.day[doc] = day;
          t.ttd[doc] = nums[doc * 3 + 1] - 1;
          t.ttr[doc] = nums[doc * 3 + 2] - 1;
        }
        return t;
      });
    }
    return this.timesReady;
  };

  /* Whether the stem is in the index (in the text, which holds the title and file name too). */
  Engine.prototype.known = function (stem) {
    var self = this;
    return this.postings(stem).then(function (p) { return p !== null && p[self.bodyField()].docs.length > 0; });
  };

  Engine.prototype.bodyField = function () {
    return this.fields.findIndex(function (f) { return f.name === 'body'; });
  };

  /*
   * Runs a query, the same for typing, Enter, a link and postmortem:search. options.filters = {system: [values],
   * ...} are the facet choices (OR within a group, AND across, and with the query's own filters); options.sort is
   * relevance, date or severity; options.limit caps the hits returned (counts are always exact).
   */
  Engine.prototype.search = function (text, options) {
    options = options || {};
    var self = this;
    return this.init().then(function () {
      var q = self.parse(text);
      var groups = [], byStem = new Map();
      q.words.forEach(function (w) {
        var g = byStem.get(w.stem);
        if (!g) { g = { word: w, forms: [w.stem], count: 0, completed: false, corrected: false }; byStem.set(w.stem, g); groups.push(g); }
        g.count++;
      });
      var phraseTerms = new Set();
      q.phrases.forEach(function (p) { p.terms.forEach(function (t) { phraseTerms.add(t); }); });
      var completing = q.prefix ? self.completions(q.prefix.surface) : Promise.resolve([]);
      return completing.then(function (words) {
        if (q.prefix) {
          var last = byStem.get(q.prefix.stem);
          words.forEach(function (w) {
            var s = porter(w);
            if (last.forms.indexOf(s) < 0) { last.forms.push(s); last.completed = true; }
          });
        }
        return Promise.all(groups.map(function (g) { return self.known(g.word.stem); }));
      }).then(function (known) {
        groups.forEach(function (g, i) { g.known = known[i]; });
        return Promise.all(groups.map(function (g) {
          var typo = !g.completed && !g.known && !phraseTerms.has(g.word.stem) &&
            codePoints(g.word.surface).length >= TYPO_LENGTH;
          return typo ? self.neighbours(g.word.surface) : Promise.resolve(null);
        }));
      }).then(function (neighbours) {
        groups.forEach(function (g, i) {
          g.neighbours = neighbours[i];
          if (!neighbours[i]) return;
          neighbours[i].map(function (c) { return c.word; }).sort().forEach(function (w) {
            var s = porter(w);
            if (g.forms.indexOf(s) < 0) { g.forms.push(s); g.corrected = true; }
          });
        });
        var scoring = [], weights = new Map();
        groups.forEach(function (g) { weights.set(g.word.stem, g.count); });
        groups.forEach(function (g) { g.forms.forEach(function (f) { if (!weights.has(f)) weights.set(f, EXPANSION_WEIGHT); }); });
        weights.forEach(function (w, t) { scoring.push({ term: t, boost: w }); });
        var needed = new Set(weights.keys());
        q.excluded.forEach(function (t) { needed.add(t); });
        var list = Array.from(needed);
        var timed = q.after > -Infinity || q.before < Infinity || q.limits.length ? self.times() : Promise.resolve(null);
        var positions = q.phrases.some(function (p) { return p.terms.length > 1; })
          ? self.positions(q.phrases) : Promise.resolve(null);
        return Promise.all([Promise.all(list.map(function (t) { return self.postings(t); })), timed, positions])
          .then(function (loaded) {
            var byTerm = new Map();
            list.forEach(function (t, i) { byTerm.set(t, loaded[0][i]); });
            var r = self.rank(q, groups, scoring, byTerm, loaded[1], loaded[2], options);
            return self.suggest(text, q, groups, r).then(function (s) { r.didYouMean = s; return r; });
          });
      });
    });
  };

  /* "Did you mean", as DirectSpellChecker picks it: each unknown word's neighbour in the most postmortems. */
  Engine.prototype.suggest = function (text, q, groups, r) {
    if (!groups.length || r.anyTyped) return Promise.resolve(null);
    var self = this;
    return Promise.all(groups.map(function (g) {
      if (g.completed || g.known || codePoints(g.word.surface).length < SUGGEST_LENGTH) return Promise.resolve(null);
      return (g.neighbours ? Promise.resolve(g.neighbours) : self.neighbours(g.word.surface)).then(function (n) {
        return n.length ? n.slice().sort(byDocFreq)[0].word : null;
      });
    })).then(function (best) {
      var replace = new Map();
      groups.forEach(function (g, i) { if (best[i] !== null) replace.set(g.word.stem, best[i]); });
      if (!replace.size) return null;
      var out = text;
      for (var i = q.words.length - 1; i >= 0; i--) {
        var w = q.words[i], to = replace.get(w.stem);
        if (to !== undefined) out = out.substring(0, w.start) + to + out.substring(w.end);
      }
      return out;
    });
  };

  /* Scores every matching document (typed arrays, one pass per posting list), filters, counts facets, sorts. */
  Engine.prototype.rank = function (q, groups, scoring, byTerm, times, phraseDocs, options) {
    var self = this, n = this.index.docs, facetCodes = this.facetCodes, filters = options.filters || {};
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
    var everything = q.words.length === 0 && q.phrases.length === 0;
    if (everything) { touched = []; for (var all = 0; all < n; all++) touched.push(all); }
    else touched.sort(function (x, y) { return x - y; });
    var body = this.bodyField();
    function docsOf(t) { var p = byTerm.get(t); return p ? p[body].docs : []; }
    function mark(terms) {
      var set = new Uint8Array(n);
      terms.forEach(function (t) { var d = docsOf(t); for (var i = 0; i < d.length; i++) set[d[i]] = 1; });
      return set;
    }
    var excluded = mark(q.excluded);
    var any = groups.map(function (g) { return mark(g.forms); });
    /* the postmortems that hold each word as typed (a corrected word: one of its corrections) come first among
       those that match as many words, as IndexSearch.exactDocs: null when the word does not order them */
    var exactSets = groups.map(function (g) {
      if (g.completed) return null;
      var words = g.corrected ? g.neighbours.map(function (c) { return c.word; }) : [g.word.surface];
      var set = new Uint8Array(n);
      for (var w = 0; w < words.length; w++) {
        var p = byTerm.get(porter(words[w])), listed = p ? p.forms.get(words[w]) : undefined;
        if (listed === null) return null;
        var d = listed !== undefined ? listed : p ? p[body].docs : [];
        for (var i = 0; i < d.length; i++) set[d[i]] = 1;
      }
      return set;
    });
    var exact = new Uint8Array(n);
    var typed = groups.map(function (g, i) { return g.corrected ? mark([g.word.stem]) : any[i]; });
    /* phrases: their words in order (phraseDocs), a phrase of one word anywhere */
    var phraseSets = q.phrases.map(function (p, i) {
      if (phraseDocs && phraseDocs[i]) return phraseDocs[i];
      var have = new Uint16Array(n);
      Array.from(new Set(p.terms)).forEach(function (t) { var d = docsOf(t); for (var k = 0; k < d.length; k++) have[d[k]]++; });
      var need = new Set(p.terms).size, set = new Uint8Array(n);
      for (var k = 0; k < n; k++) if (have[k] === need) set[k] = 1;
      return set;
    });

    var dims = this.dims, values = this.index.facets;
    /* a typed filter is a ticked box (or, after a minus, a value left out); ticked boxes OR with typed values */
    var wanted = FACETS.map(function (name) {
      var set = new Set(), unwanted = new Set(), restricted = false;
      (filters[name] || []).forEach(function (v) { var i = values[name].indexOf(v); restricted = true; if (i >= 0) set.add(i); });
      q.facetFilters.forEach(function (f) {
        if (f.field !== name) return;
        restricted = restricted || !f.excluding;
        answering(values, name, f.value).forEach(function (i) { (f.excluding ? unwanted : set).add(i); });
      });
      return { set: set, unwanted: unwanted, restricted: restricted };
    });
    var notes = q.notes.concat(q.facetFilters.filter(function (f) {
      return answering(values, f.field, f.value).length === 0;
    }).map(function (f) { return 'No postmortem has ' + f.field + ' "' + f.value + '".'; }));
    var facetCounts = FACETS.map(function (name) { return new Int32Array(values[name].length); });
    var wantedTriggers = 0;
    wanted[4].set.forEach(function (j) { wantedTriggers |= 1 << j; });
    var parts = [0, 0, 0, 0, 0], matched = [], allWords = new Uint8Array(n), allCount = 0, anyTyped = false;
    for (var k = 0; k < touched.length; k++) {
      var doc = touched[k];
      if (excluded[doc] === 1) continue;
      var ok = true;
      for (var p = 0; p < phraseSets.length && ok; p++) ok = phraseSets[p][doc] === 1;
      if (ok && times) {
        var day = times.day[doc];
        ok = day >= q.after && day < q.before;
        for (var l = 0; l < q.limits.length && ok; l++) {
          ok = admits(q.limits[l], q.limits[l].field === 'ttd' ? times.ttd[doc] : times.ttr[doc]);
        }
      }
      if (!ok) continue;
      var code = facetCodes[doc];
      parts[4] = code % dims[4]; code = (code - parts[4]) / dims[4];
      parts[3] = code % dims[3]; code = (code - parts[3]) / dims[3];
      parts[2] = code % dims[2]; code = (code - parts[2]) / dims[2];
      parts[1] = code % dims[1]; parts[0] = (code - parts[1]) / dims[1];
      /* a value left out (-system:payments) leaves its postmortems out of every count, as -word does */
      var unwanted = false;
      for (var i = 0; i < 4 && !unwanted; i++) unwanted = wanted[i].unwanted.has(parts[i]);
      if (unwanted) continue;
      var misses = 0, missed = -1;
      for (i = 0; i < 4; i++) {
        if (wanted[i].restricted && !wanted[i].set.has(parts[i])) { misses++; missed = i; }
      }
      /* values OR within a group: any wanted trigger named will do */
      if (wanted[4].restricted && (parts[4] & wantedTriggers) === 0) { misses++; missed = 4; }
      for (i = 0; i < 4; i++) {
        if (misses === 0 || misses === 1 && missed === i) facetCounts[i][parts[i]]++;
      }
      if (misses === 0 || misses === 1 && missed === 4) {
        for (var bit = 0; bit < facetCounts[4].length; bit++) if (parts[4] & (1 << bit)) facetCounts[4][bit]++;
      }
      if (misses !== 0) continue;
      scores[doc] = f32(scores[doc]);
      matched.push(doc);
      var every = 1, everyTyped = true;
      for (var g = 0; g < groups.length; g++) {
        if (any[g][doc] === 0) every = 0;
        if (typed[g][doc] === 0) everyTyped = false;
      }
      allWords[doc] = every;
      allCount += every;
      for (g = 0; g < groups.length; g++) if (exactSets[g] && exactSets[g][doc] === 1) exact[doc]++;
      anyTyped = anyTyped || everyTyped;
    }
    function relevance(x, y) { return allWords[y] - allWords[x] || exact[y] - exact[x] || scores[y] - scores[x] || x - y; }
    var order = relevance;
    if (options.sort === 'date') order = function (x, y) { return x - y; };
    else if (options.sort === 'severity') {
      var labels = values.severity.map(function (s) { return s.toLowerCase(); });
      var sorted = Array.from(new Set(labels)).sort(compareSeverity);
      var rankOf = labels.map(function (s) { return sorted.indexOf(s); });
      order = function (x, y) {
        var sx = rankOf[(facetCodes[x] - facetCodes[x] % (dims[3] * dims[4])) / (dims[3] * dims[4]) % dims[2]];
        var sy = rankOf[(facetCodes[y] - facetCodes[y] % (dims[3] * dims[4])) / (dims[3] * dims[4]) % dims[2]];
        return sx - sy || relevance(x, y);
      };
    }
    var hits = firstOf(matched, options.limit || 1000, order).map(function (doc) {
      var c = facetCodes[doc], tr = c % dims[4]; c = (c - tr) / dims[4];
      var st = c % dims[3]; c = (c - st) / dims[3];
      var sev = c % dims[2]; c = (c - sev) / dims[2];
      var yr = c % dims[1];
      return { doc: doc, score: scores[doc], allWords: allWords[doc] === 1, facets: [(c - yr) / dims[1], yr, sev, st, tr] };
    });
    var facets = {};
    FACETS.forEach(function (name, i) {
      facets[name] = values[name].map(function (v, j) {
        return { value: v, count: facetCounts[i][j], selected: wanted[i].set.has(j) };
      }).filter(function (f) { return f.count > 0 || f.selected; });
    });
    var terms = new Set();
    scoring.forEach(function (s) { if (byTerm.get(s.term)) terms.add(s.term); });
    return { hits: hits, total: matched.length, allWords: groups.length > 1 ? allCount : matched.length,
      words: groups.length, anyTyped: anyTyped, notes: notes, facets: facets, terms: terms,
      prefix: q.prefix ? q.prefix.surface : null };
  };

  /*
   * Unticking the box `label` of the group `field` when the query text ticks it: the text without the typed values
   * that tick it (a token left with no value goes, with a space beside it), and the group's other values that those
   * typed values ticked, which stay ticked as choices in the address. Returns {text, keep: [labels]}.
   */
  Engine.prototype.untick = function (text, field, label) {
    var values = this.index.facets, box = values[field].indexOf(label);
    var typed = this.parse(text).facetFilters.filter(function (f) { return f.field === field && !f.excluding; });
    var drop = typed.filter(function (f) { return answering(values, field, f.value).indexOf(box) >= 0; });
    var keep = new Set();
    drop.forEach(function (f) { answering(values, field, f.value).forEach(function (i) { if (i !== box) keep.add(i); }); });
    typed.forEach(function (f) {
      if (drop.indexOf(f) < 0) answering(values, field, f.value).forEach(function (i) { keep.delete(i); });
    });
    /* cuts from the end, so that earlier offsets stay true */
    var cuts = [];
    drop.forEach(function (f) {
      var whole = typed.every(function (o) { return o.tokenStart !== f.tokenStart || drop.indexOf(o) >= 0; });
      if (whole) {
        if (!cuts.length || cuts[cuts.length - 1].start !== f.tokenStart) cuts.push({ start: f.tokenStart, end: f.tokenEnd, whole: true });
      } else {
        /* the value with the comma after it, or, the last of its token, the comma before it */
        cuts.push(text.charAt(f.end) === ',' ? { start: f.start, end: f.end + 1 } : { start: f.start - 1, end: f.end });
      }
    });
    var out = text;
    for (var i = cuts.length - 1; i >= 0; i--) {
      var c = cuts[i], start = c.start, end = c.end;
      if (c.whole && /[\t\n\v\f\r ]/.test(out.charAt(end))) end++;
      else if (c.whole && start > 0 && /[\t\n\v\f\r ]/.test(out.charAt(start - 1))) start--;
      out = out.substring(0, start) + out.substring(end);
    }
    return { text: out, keep: Array.from(keep).sort(function (x, y) { return x - y; }).map(function (i) { return values[field][i]; }) };
  };

  /*
   * The first `count` of `list` in `order` (a total order), as sorting it all would give: a page shows ten of
   * thousands, and keeping the best ten in one pass costs a comparison or so for most documents.
   */
  function firstOf(list, count, order) {
    if (count > 100 || list.length <= 4 * count) return list.sort(order).slice(0, count);
    var top = [];
    for (var i = 0; i < list.length; i++) {
      var x = list[i];
      if (top.length === count && order(x, top[count - 1]) >= 0) continue;
      var j = top.length < count ? top.length : count - 1;
      for (; j > 0 && order(x, top[j - 1]) < 0; j--) top[j] = top[j - 1];
      top[j] = x;
    }
    return top;
  }

  /* What the page and postmortem:search say above the results. */
  function summary(r) {
    if (r.total === 0) return 'No postmortem matches.';
    var count = r.total === 1 ? '1 postmortem matches' : r.total + ' postmortems match';
    return r.words > 1 ? count + ', ' + r.allWords + ' match all words.' : count + '.';
  }
  pmSearch.summary = summary;

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
    return a.words(text, 0).filter(function (t) {
      if (terms.has(t.stem)) return true;
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
        for (var j = i; j < marks.length && marks[j].end - marks[i].start <= size; j++) { distinct.add(marks[j].stem); count++; }
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
    var sortBox = document.getElementById('search-sort');
    var notesBox = document.getElementById('search-notes');
    var shown = 10, generation = 0, timer = null;
    /* everything the list depends on lives in the address: the query, the facet choices and the order */
    var params = new URLSearchParams(global.location.search);
    var filters = {};
    FACETS.forEach(function (name) { if (params.getAll(name).length) filters[name] = params.getAll(name); });
    input.value = params.get('q') || '';
    if (sortBox) sortBox.value = ['date', 'severity'].indexOf(params.get('sort')) >= 0 ? params.get('sort') : 'relevance';
    var headerBox = document.getElementById('site-search');
    if (headerBox) headerBox.value = input.value;

    function sort() { return sortBox ? sortBox.value : 'relevance'; }

    function remember() {
      try {
        var url = new URL(global.location.href);
        var next = new URLSearchParams();
        next.set('q', input.value);
        FACETS.forEach(function (name) { (filters[name] || []).forEach(function (v) { next.append(name, v); }); });
        if (sort() !== 'relevance') next.set('sort', sort());
        url.search = next.toString();
        global.history.replaceState(null, '', url.toString());
      } catch (e) { /* some browsers refuse under file://; the query still runs */ }
    }

    /* The one way a list is made: typing, Enter, a link, a facet and the order all come here. */
    function run() {
      var mine = ++generation, text = input.value;
      remember();
      status.textContent = 'Searching…';
      var started = now();
      engine.search(text, { filters: filters, sort: sort(), limit: shown }).then(function (r) {
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

    function renderNotes(r) {
      if (!notesBox) return;
      notesBox.textContent = '';
      if (r.didYouMean !== null && r.didYouMean !== undefined) {
        var link = el('a', { href: '?q=' + encodeURIComponent(r.didYouMean), id: 'search-suggestion' }, [r.didYouMean]);
        link.addEventListener('click', function (e) {
          e.preventDefault();
          input.value = r.didYouMean;
          shown = 10;
          run();
        });
        notesBox.appendChild(el('p', {}, ['Did you mean: ', link, '?']));
      }
      r.notes.forEach(function (n) { notesBox.appendChild(el('p', { 'class': 'note' }, [n])); });
    }

    function render(r, page, docs) {
      var values = engine.index.facets;
      status.textContent = summary(r);
      renderNotes(r);
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
        more.addEventListener('click', function () { shown += 10; run(); });
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
        var box = el('fieldset', {}, [el('legend', {}, [g[1]])]), more = null;
        var visible = facetsShown(list);
        if (visible.size < list.length) {
          more = el('details', { 'class': 'more-facets' }, [el('summary', {}, [(list.length - visible.size) + ' more'])]);
        }
        list.forEach(function (f) {
          var cb = el('input', { type: 'checkbox', name: g[0], value: f.value });
          cb.checked = f.selected;
          cb.addEventListener('change', function () {
            var set = new Set(filters[g[0]] || []);
            if (cb.checked) set.add(f.value);
            else {
              /* a box the query text ticks is unticked by taking that filter out of the text */
              set.delete(f.value);
              var untick = engine.untick(input.value, g[0], f.value);
              input.value = untick.text;
              if (headerBox) headerBox.value = input.value;
              untick.keep.forEach(function (v) { set.add(v); });
            }
            filters[g[0]] = Array.from(set);
            shown = 10;
            run();
          });
          (visible.has(f) ? box : more).appendChild(el('label', {}, [cb, ' ' + f.value + ' (' + f.count + ')']));
        });
        if (more) box.appendChild(more);
        facetsBox.appendChild(box);
      });
    }

    /*
     * A group of many values (a real archive names dozens of systems) shows the ticked ones and those with the
     * most matches, FACETS_SHOWN in all, in their own order; the rest wait behind a "N more" that opens in place.
     */
    function facetsShown(list) {
      if (list.length <= FACETS_SHOWN + 2) return new Set(list);
      var visible = new Set(list.filter(function (f) { return f.selected; }));
      list.map(function (f, i) { return i; }).sort(function (a, b) { return list[b].count - list[a].count || a - b; })
        .forEach(function (i) { if (visible.size < FACETS_SHOWN) visible.add(list[i]); });
      return visible;
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      shown = 10;
      timer = setTimeout(run, 60);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      shown = 10;
      run();
    });
    if (sortBox) sortBox.addEventListener('change', function () { shown = 10; run(); });
    run();
    input.focus();
  }

  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startPage);
    else startPage();
  }
})(typeof window !== 'undefined' ? window : globalThis);
