// steppe review page: sort a table by a column head, filter rows by the form above the table.
// The filters live in the URL fragment (#glossary-kind=acronym&glossary-flag=no_ru), so a link
// opens the page filtered and the summary's links filter the tables they name.
(function () {
  'use strict';

  function forms() {
    return Array.prototype.slice.call(document.querySelectorAll('form.filters'));
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

  function matches(row, name, value) {
    if (value === '') {
      return true;
    }
    if (name === 'flag') {
      return (' ' + (row.getAttribute('data-flags') || '') + ' ').indexOf(' ' + value + ' ') >= 0;
    }
    return row.getAttribute('data-' + name) === value;
  }

  // Sets each form's selects from the fragment and shows only the rows that match them all.
  function apply() {
    var state = readFragment();
    var scrollTo = null;
    forms().forEach(function (form) {
      var key = form.getAttribute('data-key');
      var table = document.getElementById(form.getAttribute('data-table'));
      var wanted = {};
      Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
        var value = state[key + '-' + select.name] || '';
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        select.value = known ? value : '';
        wanted[select.name] = select.value;
        if (select.value !== '' && scrollTo === null) {
          scrollTo = form.parentNode;
        }
      });
      var rows = rowsOf(table);
      var shown = 0;
      rows.forEach(function (row) {
        var ok = Object.keys(wanted).every(function (name) { return matches(row, name, wanted[name]); });
        row.hidden = !ok;
        if (ok) {
          shown += 1;
        }
      });
      table.setAttribute('data-shown', String(shown));
      form.querySelector('output').textContent = shown + ' of ' + rows.length + ' shown';
    });
    return scrollTo;
  }

  // Writes every form's choices into the fragment (which applies them).
  function store() {
    var parts = [];
    forms().forEach(function (form) {
      var key = form.getAttribute('data-key');
      Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
        if (select.value !== '') {
          parts.push(encodeURIComponent(key + '-' + select.name) + '=' + encodeURIComponent(select.value));
        }
      });
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    history.replaceState(null, '', location.pathname + location.search + hash);
    apply();
  }

  function sortBy(head) {
    var table = head.closest('table');
    var column = Array.prototype.indexOf.call(head.parentNode.children, head);
    var numeric = head.getAttribute('data-type') === 'number';
    var ascending = head.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(head.parentNode.children, function (th) { th.removeAttribute('aria-sort'); });
    head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var key = function (row) {
      var cell = row.children[column];
      if (numeric) {
        return parseFloat(cell.getAttribute('data-value')) || 0;
      }
      return cell.textContent.trim().toLowerCase();
    };
    var rows = rowsOf(table);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = numeric ? x - y : x.localeCompare(y);
      if (order === 0) {
        order = a.getAttribute('data-order') - b.getAttribute('data-order');
      } else if (!ascending) {
        order = -order;
      }
      return order;
    });
    rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table'), function (table) {
    if (!table.tBodies.length) {
      return;
    }
    rowsOf(table).forEach(function (row, i) { row.setAttribute('data-order', String(i)); });
    Array.prototype.forEach.call(table.querySelectorAll('thead th button'), function (button) {
      button.addEventListener('click', function () { sortBy(button.parentNode); });
    });
  });
  forms().forEach(function (form) {
    form.addEventListener('change', store);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  });
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('=') < 0) {
      return; // a link to a section, not a filter
    }
    var section = apply();
    if (section) {
      section.scrollIntoView();
    }
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
}());
