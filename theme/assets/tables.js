// Progressive enhancement for tables: sortable columns and action-item filters.
// Pages work without it (tables come pre-sorted, action items grouped by system).
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function cellValue(row, index, type) {
    var cell = row.children[index];
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
    return type === 'number' ? parseFloat(raw) || 0 : raw.toLowerCase();
  }

  function sortBy(table, index, type, direction) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, type), y = cellValue(b, index, type);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return direction === 'ascending' ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', next);
        sortBy(table, index, th.getAttribute('data-type') || 'text', next);
      });
    });
  });

  // Action-item filters live in the URL (actions.html?owner=dana&status=overdue), so a filtered view can be
  // shared; the page opens on open items, and a group's count follows the filter.
  var filters = document.getElementById('action-filters');
  if (filters) {
    var defaults = { system: '', owner: '', status: 'open' };
    var words = { open: ' open of ', overdue: ' overdue of ', closed: ' closed of ', all: ' of ' };
    var params = new URLSearchParams(window.location.search);
    Object.keys(defaults).forEach(function (name) {
      var select = filters.elements[name];
      var wanted = params.get(name);
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      select.value = wanted !== null && known ? wanted : defaults[name];
    });
    var rowMatches = function (row, status) {
      if (status === 'all') { return true; }
      if (status === 'overdue') { return row.hasAttribute('data-overdue'); }
      return row.getAttribute('data-status') === status;
    };
    var apply = function () {
      var system = filters.elements.system.value;
      var owner = filters.elements.owner.value;
      var status = filters.elements.status.value;
      var shown = 0;
      Array.prototype.forEach.call(document.querySelectorAll('.action-group'), function (group) {
        var inGroup = 0, visibleInGroup = 0;
        var systemMatches = !system || group.getAttribute('data-system') === system;
        Array.prototype.forEach.call(group.querySelectorAll('tbody tr'), function (row) {
          var ownerMatches = systemMatches && (!owner || row.getAttribute('data-owner') === owner);
          var match = ownerMatches && rowMatches(row, status);
          row.hidden = !match;
          if (ownerMatches) { inGroup++; }
          if (match) { visibleInGroup++; }
        });
        group.hidden = visibleInGroup === 0;
        group.querySelector('h2 .count').textContent = visibleInGroup + words[status] + inGroup;
        shown += visibleInGroup;
      });
      filters.elements.shown.value = shown + (shown === 1 ? ' action item shown' : ' action items shown');
      var query = new URLSearchParams();
      Object.keys(defaults).forEach(function (name) {
        var value = filters.elements[name].value;
        if (value !== defaults[name]) { query.set(name, value); }
      });
      var search = query.toString();
      try {
        history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
      } catch (e) {
        // a browser that refuses to change a file:// address keeps the filter, only not in the address
      }
    };
    filters.addEventListener('change', apply);
    filters.addEventListener('submit', function (e) { e.preventDefault(); });
    apply();
  }
}());
