// steppe review page: sort a table by a column head, filter rows by the form above the table.
// Both live in the URL fragment (#glossary-kind=acronym&glossary-flag=no_ru&glossary-sort=7-desc:
// KEY-NAME=VALUE for a filter, KEY-sort=COLUMN or COLUMN-desc, columns counted from 1), so a
// link opens the page filtered and sorted, and the summary's links filter the tables they name.
// KEY is a table's id without its "-table" ending.
(function () {
  'use strict';

  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  // The sorting and filters in force, as the fragment holds them.
  var current = {};

  function tables() {
    return Array.prototype.filter.call(document.querySelectorAll('table[id$="-table"]'), function (t) {
      return t.tBodies.length > 0;
    });
  }

  function keyOf(table) {
    return table.id.replace(/-table$/, '');
  }

  function rowsOf(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  // The fragment as a map: "a=1&b=2" -> {a: "1", b: "2"}.
  function readFragment() {
    var state = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq > 0) {
        state[decodeURIComponent(part.slice(0, eq))] = decodeURIComponent(part.slice(eq + 1));
      }
    });
    return state;
  }

  function writeFragment(state) {
    var parts = Object.keys(state).sort().filter(function (k) { return state[k] !== ''; }).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(state[k]);
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    try {
      history.replaceState(null, '', location.pathname + location.search + hash);
    } catch (e) {
      // a browser that keeps file: URLs as they are: the page still changes, the address not
    }
  }

  function matches(row, name, value) {
    if (value === '') {
      return true;
    }
    if (name === 'flag') {
      return (' ' + (row.getAttribute('data-flags') || '') + ' ').indexOf(' ' + value + ' ') >= 0;
    }
    return row.getAttribute('data-' + name) === value;
  }

  // Rows in the order `sort` asks ("3" or "3-desc"), ties (and no sort) in the page's order.
  function sortRows(table, sort) {
    var heads = table.tHead.rows[0].cells;
    var match = /^(\d+)(-desc)?$/.exec(sort || '');
    var column = match ? Number(match[1]) - 1 : -1;
    if (column >= heads.length) {
      column = -1;
    }
    var descending = Boolean(match && match[2]);
    each(heads, function (th, i) {
      if (i === column) {
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
    var numeric = column >= 0 && heads[column].getAttribute('data-type') === 'number';
    var value = function (row) {
      var cell = row.cells[column];
      return numeric ? parseFloat(cell.getAttribute('data-value')) || 0 : cell.textContent.trim().toLowerCase();
    };
    var order = function (row) { return Number(row.getAttribute('data-order')); };
    var rows = rowsOf(table);
    rows.sort(function (a, b) {
      var by = 0;
      if (column >= 0) {
        var x = value(a), y = value(b);
        by = numeric ? x - y : x.localeCompare(y);
        by = descending ? -by : by;
      }
      return by || order(a) - order(b);
    });
    rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
  }

  // Applies `state` (the fragment's map): each table sorted, each form's selects set and its rows
  // filtered. Returns the first section a filter applies to.
  function apply(state) {
    var first = null;
    tables().forEach(function (table) {
      sortRows(table, state[keyOf(table) + '-sort']);
    });
    each(document.querySelectorAll('form.filters'), function (form) {
      var key = form.getAttribute('data-key');
      var table = document.getElementById(form.getAttribute('data-table'));
      var wanted = {};
      each(form.querySelectorAll('select'), function (select) {
        var value = state[key + '-' + select.name] || '';
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        select.value = known ? value : '';
        wanted[select.name] = select.value;
        if (select.value !== '' && first === null) {
          first = form.parentNode;
        }
      });
      var rows = rowsOf(table);
      var shown = 0;
      rows.forEach(function (row) {
        var ok = Object.keys(wanted).every(function (name) { return matches(row, name, wanted[name]); });
        row.hidden = !ok;
        shown += ok ? 1 : 0;
      });
      table.setAttribute('data-shown', String(shown));
      form.querySelector('output').textContent = shown + ' of ' + rows.length + ' shown';
    });
    return first;
  }

  function change(key, value) {
    current[key] = value;
    writeFragment(current);
    apply(current);
  }

  current = readFragment();
  tables().forEach(function (table) {
    rowsOf(table).forEach(function (row, i) { row.setAttribute('data-order', String(i)); });
    each(table.tHead.rows[0].cells, function (th, i) {
      var button = th.querySelector('button');
      if (button) {
        button.addEventListener('click', function () {
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          change(keyOf(table) + '-sort', (i + 1) + (ascending ? '' : '-desc'));
        });
      }
    });
  });
  each(document.querySelectorAll('form.filters'), function (form) {
    var key = form.getAttribute('data-key');
    each(form.querySelectorAll('select'), function (select) {
      select.addEventListener('change', function () { change(key + '-' + select.name, select.value); });
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  });
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('=') < 0) {
      return; // a link to a section, not a filter
    }
    current = readFragment();
    var section = apply(current);
    if (section) {
      section.scrollIntoView();
    }
  });
  window.addEventListener('beforeprint', function () {
    each(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply(current);
}());
