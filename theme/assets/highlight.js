/*
 * Marks on a postmortem page the words a search matched, which its result link passes as ?hl=word+word (the
 * words as written in this postmortem), then brings the linked section back into view. A classic script with no
 * inline code, so the page's Content-Security-Policy (script-src 'self') allows it, from file:// as well.
 * Words only ever reach the page as text in <mark> elements.
 */
(function () {
  'use strict';

  var MAX_MARKS = 500; /* a word on every line of a long log would make the page a wall of yellow */

  function escape(word) {
    return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function words() {
    var hl;
    try {
      hl = new URLSearchParams(window.location.search).get('hl');
    } catch (e) {
      return [];
    }
    if (!hl) return [];
    var seen = {}, out = [];
    hl.split(/\s+/).forEach(function (w) {
      w = w.toLowerCase();
      if (w && !seen[w] && out.length < 20 && w.length <= 100) { seen[w] = true; out.push(w); }
    });
    /* longest first, so "rollbacks" wins over "rollback" where both would match */
    return out.sort(function (a, b) { return b.length - a.length; });
  }

  function highlight(root, list) {
    /* whole words only: not preceded or followed by a letter or digit (max_connections holds "connections", as
       the search reads it) */
    var pattern;
    try {
      pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + list.map(escape).join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
    } catch (e) {
      return 0; /* a browser without look-behind or Unicode classes: the page as it is */
    }
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode && node.parentNode.nodeName;
        return parent === 'SCRIPT' || parent === 'STYLE' || parent === 'MARK' ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [], node;
    while ((node = walker.nextNode())) nodes.push(node);
    var count = 0;
    for (var i = 0; i < nodes.length && count < MAX_MARKS; i++) {
      var text = nodes[i].nodeValue, m, at = 0, parts = [];
      pattern.lastIndex = 0;
      while ((m = pattern.exec(text)) !== null && count < MAX_MARKS) {
        if (m.index > at) parts.push(document.createTextNode(text.substring(at, m.index)));
        var mark = document.createElement('mark');
        mark.className = 'hl';
        mark.textContent = m[0];
        parts.push(mark);
        at = m.index + m[0].length;
        count++;
      }
      if (!parts.length) continue;
      if (at < text.length) parts.push(document.createTextNode(text.substring(at)));
      var parent = nodes[i].parentNode;
      parts.forEach(function (p) { parent.insertBefore(p, nodes[i]); });
      parent.removeChild(nodes[i]);
    }
    return count;
  }

  function start() {
    var list = words(), root = document.querySelector('article.postmortem');
    if (!list.length || !root) return;
    if (highlight(root, list) === 0) return;
    /* the marks can move the text a little: bring the linked section back to the top */
    var id = window.location.hash ? decodeURIComponent(window.location.hash.substring(1)) : '';
    var target = id && document.getElementById(id);
    if (target) target.scrollIntoView();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
