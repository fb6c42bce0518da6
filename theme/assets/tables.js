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

  var filters = document.getElementById('action-filters');
  if (filters) {
    var apply = function () {
      var system = filters.elements.system.value;
      var owner = filters.elements.owner.value;
      var status = filters.elements.status.value;
      var shown = 0;
      Array.prototype.forEach.call(document.querySelectorAll('.action-group'), function (group) {
        var visibleInGroup = 0;
        var systemMatches = !system || group.getAttribute('data-system') === system;
        Array.prototype.forEach.call(group.querySelectorAll('tbody tr'), function (row) {
          var match = systemMatches
            && (!owner || row.getAttribute('data-owner') === owner)
            && (!status || row.getAttribute('data-status') === status);
          row.hidden = !match;
          if (match) { visibleInGroup++; }
        });
        group.hidden = visibleInGroup === 0;
        shown += visibleInGroup;
      });
      filters.elements.shown.value = shown + (shown === 1 ? ' action item shown' : ' action items shown');
    };
    filters.addEventListener('change', apply);
    filters.addEventListener('submit', function (e) { e.preventDefault(); });
    apply();
  }
}());
