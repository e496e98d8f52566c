// statclaim report: builds the views from the page's JSON blocks (written by output/HtmlReport).
// Every piece of a document (its name, text and cells) reaches the page as a DOM text node or an
// attribute value only: nothing here parses data as HTML, and the only URLs built are #fragments
// made of numbers. A document's text is parsed and rendered when the document is opened.
(function () {
  'use strict';

  var index = JSON.parse(document.getElementById('index').textContent);
  var cols = index.columns;
  var C = {};
  cols.forEach(function (name, i) { C[name] = i; });
  // the columns that hold the id of another claim of the same document
  var REFS = ['change_from', 'compared_with'].filter(function (n) { return n in C; });
  // the columns of the table of all claims (the detail view shows every column)
  var TABLE = ['doc', 'id', 'mention', 'value', 'value_max', 'unit', 'kind', 'qualifier', 'time', 'metric', 'source']
    .filter(function (n) { return n in C; });
  // the detail view shows every column in the CSV's order, these last (long, or where rather than what)
  var LAST = ['context', 'rule', 'doc', 'id', 'sentence', 'start', 'end'];
  var DETAIL = cols.filter(function (n) { return LAST.indexOf(n) < 0; })
    .concat(LAST.filter(function (n) { return n in C; }));
  var WRAP = ['doc', 'mention', 'metric', 'source']; // the table's long cells; the others stay on one line
  var QUALIFIER_SIGNS = { approx: '\u2248 approx', more_than: '> more than', at_least: '\u2265 at least',
    less_than: '< less than', at_most: '\u2264 at most', vague: '~ vague' };

  var rows = index.rows;
  var byDoc = index.docs.map(function () { return []; });
  rows.forEach(function (r, i) { r.i = i; byDoc[r.d].push(r); });
  byDoc.forEach(function (list) { list.sort(function (a, b) { return num(a.c[C.start]) - num(b.c[C.start]); }); });

  function num(s) { return s === '' || s == null ? NaN : Number(s); }
  function cell(r, name) { return name in C ? r.c[C[name]] : ''; }
  function safeClass(s) { return /^[a-z_]+$/.test(s) ? s : 'other'; }

  // el('a', {href: '#x'}, 'text', child...): children are nodes or strings (text nodes)
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v == null) return;
        if (k === 'class') e.className = v; else e.setAttribute(k, String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var kid = arguments[i];
      if (kid != null) e.append(kid);
    }
    return e;
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  // ----- the frame: header, views --------------------------------------------------------------
  var failedCount = index.docs.filter(function (d) { return d.error != null; }).length;
  var navDocs = el('a', { href: '#docs' }, 'Documents');
  var navClaims = el('a', { href: '#claims' }, 'Claims');
  var summary = plural(index.docs.length - failedCount, 'document') + ', ' + plural(rows.length, 'claim')
    + (failedCount ? ', ' + failedCount + ' failed' : '');
  document.title = 'statclaim report: ' + summary;
  var main = el('main');
  document.getElementById('app').append(
    el('header', { class: 'top' }, el('h1', null, 'statclaim report'), el('nav', null, navDocs, navClaims),
      el('span', { class: 'summary', id: 'summary' }, summary)),
    main);

  var views = { docs: null, claims: null, doc: el('section', { id: 'doc-view', hidden: '' }) };
  main.append(views.doc);

  function show(name) {
    if (!views[name]) {
      views[name] = name === 'docs' ? buildDocsView() : buildClaimsView();
      main.append(views[name]);
    }
    Object.keys(views).forEach(function (k) { if (views[k]) views[k].hidden = k !== name; });
    navDocs.className = name === 'docs' ? 'current' : '';
    navClaims.className = name === 'claims' ? 'current' : '';
  }

  // ----- the index of documents ----------------------------------------------------------------
  function buildDocsView() {
    var tbody = el('tbody');
    index.docs.forEach(function (d, i) {
      var status = d.error != null ? el('span', { class: 'failed' }, 'failed: ' + d.error)
        : d.warning != null ? el('span', { class: 'warning' }, 'warning: ' + d.warning) : '';
      var name = d.error != null ? d.name : el('a', { href: '#doc/' + i }, d.name);
      tbody.append(el('tr', { 'data-doc': i }, el('td', { class: 'num' }, String(i + 1)), el('td', null, name),
        el('td', { class: 'num' }, d.error != null ? '' : String(d.claims)), el('td', null, status)));
    });
    return el('section', { id: 'docs-view' }, el('h2', null, 'Documents'),
      el('table', { id: 'docs-table' },
        el('thead', null, el('tr', null, el('th', { class: 'num' }, '#'), el('th', null, 'document'),
          el('th', { class: 'num' }, 'claims'), el('th', null, 'status'))),
        tbody));
  }

  // ----- one document: its text with the claims marked, and the detail of the selected one ------
  var current = -1;     // the document shown
  var marks = {};       // claim id -> its <mark>
  var order = [];       // the claim ids of the document in reading order
  var rowById = {};     // claim id -> row
  var selected = null;  // the selected claim id
  var detail = null;

  // code point offsets (the CSV's) -> UTF-16 offsets (JavaScript's)
  function utf16Offsets(text) {
    if (!/[\uD800-\uDBFF]/.test(text)) return function (cp) { return cp; };
    var map = [0];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) i++;
      map.push(i + 1);
    }
    return function (cp) { return cp < map.length ? map[cp] : NaN; };
  }

  function legend() {
    var box = el('div', { class: 'legend' });
    ['percent', 'count', 'money', 'multiple', 'rank', 'measure'].forEach(function (k) {
      box.append(el('mark', { class: 'claim k-' + k }, k));
    });
    Object.keys(QUALIFIER_SIGNS).forEach(function (q) { box.append(el('span', null, QUALIFIER_SIGNS[q])); });
    box.append(el('span', null, 'next / previous claim: j / k'));
    return box;
  }

  function renderDoc(d) {
    var info = index.docs[d];
    var view = views.doc;
    view.replaceChildren();
    marks = {};
    order = [];
    rowById = {};
    selected = null;
    var textEl = el('div', { class: 'text', lang: 'zh', id: 'doc-text' });
    detail = el('aside', { class: 'detail', id: 'detail', 'aria-live': 'polite' },
      el('p', { class: 'muted' }, 'Click a highlighted number, or press j, to see its row.'));
    var meta = el('p', { class: 'muted' }, plural(info.claims, 'claim'),
      info.warning != null ? el('span', { class: 'warning' }, ' \u2014 warning: ' + info.warning) : null);
    view.append(el('h2', { id: 'doc-name' }, info.name), meta, legend(), el('div', { class: 'doc-layout' }, textEl, detail));
    var block = document.getElementById('doc-' + d);
    if (!block) {
      textEl.append(info.error != null ? 'failed: ' + info.error : '(no text)');
      return;
    }
    var text = JSON.parse(block.textContent);
    var u = utf16Offsets(text);
    var pos = 0;
    var unplaced = [];
    byDoc[d].forEach(function (r) {
      var id = cell(r, 'id');
      rowById[id] = r;
      var s = u(num(cell(r, 'start'))), e = u(num(cell(r, 'end')));
      if (!(s >= pos && e > s && e <= text.length)) { unplaced.push(r); return; }
      textEl.append(text.slice(pos, s));
      var kind = cell(r, 'kind'), q = cell(r, 'qualifier');
      var m = el('mark', {
        class: 'claim k-' + safeClass(kind) + ' q-' + safeClass(q), tabindex: '0', id: 'claim-' + id, 'data-id': id,
        title: '#' + id + ' ' + kind + (q && q !== 'exact' ? ', ' + q : '') + (cell(r, 'metric') ? ': ' + cell(r, 'metric') : '')
      });
      m.textContent = text.slice(s, e);
      textEl.append(m);
      marks[id] = m;
      order.push(id);
      pos = e;
    });
    textEl.append(text.slice(pos));
    if (unplaced.length) {
      // overlapping or out-of-range offsets: still listed, so that no row is lost
      meta.append(el('span', { class: 'warning' }, ' \u2014 not placed in the text: ' + unplaced.map(function (r) {
        return '#' + cell(r, 'id') + ' ' + cell(r, 'mention');
      }).join(', ')));
    }
    textEl.addEventListener('focusin', function (ev) {
      var id = ev.target.getAttribute && ev.target.getAttribute('data-id');
      if (id != null) select(id, false);
    });
  }

  function claimLink(id) {
    var r = rowById[id];
    return el('a', { href: '#doc/' + current + '/' + encodeURIComponent(id), class: 'ref', 'data-target': id },
      '#' + id + (r ? ' ' + cell(r, 'mention') : ''));
  }

  function select(id, focus) {
    var r = rowById[id];
    if (!r) return;
    if (selected !== id) {
      Object.keys(marks).forEach(function (k) { marks[k].classList.remove('selected', 'related'); });
      selected = id;
      if (marks[id]) marks[id].classList.add('selected');
      var related = [];
      REFS.forEach(function (name) { if (cell(r, name) !== '') related.push(cell(r, name)); });
      var pointing = byDoc[current].filter(function (o) {
        return REFS.some(function (name) { return cell(o, name) === id; });
      });
      pointing.forEach(function (o) { related.push(cell(o, 'id')); });
      related.forEach(function (t) { if (marks[t] && t !== id) marks[t].classList.add('related'); });
      renderDetail(r, pointing);
      history.replaceState(null, '', '#doc/' + current + '/' + encodeURIComponent(id));
    }
    if (focus && marks[id]) {
      marks[id].scrollIntoView({ block: 'center' });
      if (document.activeElement !== marks[id]) marks[id].focus({ preventScroll: true });
    }
  }

  function renderDetail(r, pointing) {
    var id = cell(r, 'id');
    var tbody = el('tbody');
    DETAIL.forEach(function (name) {
      var v = r.c[C[name]];
      var td;
      if (REFS.indexOf(name) >= 0 && v !== '') td = el('td', null, claimLink(v));
      else td = el('td', { class: name === 'context' ? 'context' : null }, v);
      tbody.append(el('tr', { 'data-col': name }, el('th', { scope: 'row' }, name), td));
    });
    if (pointing.length) {
      var td = el('td');
      pointing.forEach(function (o, k) { if (k) td.append(', '); td.append(claimLink(cell(o, 'id'))); });
      tbody.append(el('tr', { 'data-col': 'referenced_by' }, el('th', { scope: 'row' }, 'referenced by'), td));
    }
    detail.replaceChildren(el('h3', null, 'Claim #' + id + ': ' + cell(r, 'mention')), el('table', null, tbody),
      el('p', { class: 'keys' }, el('kbd', null, 'j'), ' next claim, ', el('kbd', null, 'k'), ' previous, ',
        el('kbd', null, 'Tab'), ' moves through the claims too'));
    detail.scrollTop = 0;
  }

  function step(delta) {
    if (!order.length) return;
    var at = selected == null ? -1 : order.indexOf(selected);
    var next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + delta));
    select(order[next], true);
  }

  function openDoc(d, id) {
    if (!(d >= 0 && d < index.docs.length)) { show('docs'); return; }
    if (d !== current || !views.doc.firstChild) { current = d; renderDoc(d); }
    show('doc');
    if (id != null && rowById[id]) select(id, true);
    else window.scrollTo(0, 0);
  }

  document.addEventListener('keydown', function (ev) {
    if (views.doc.hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target && ev.target.tagName;
    if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
    if (ev.key === 'j' || ev.key === 'n') { step(1); ev.preventDefault(); }
    else if (ev.key === 'k' || ev.key === 'p') { step(-1); ev.preventDefault(); }
  });

  // ----- the table of all claims ----------------------------------------------------------------
  var PAGE = 200;

  function buildClaimsView() {
    var kinds = {};
    rows.forEach(function (r) { kinds[cell(r, 'kind')] = true; });
    var kindSel = el('select', { id: 'filter-kind' }, el('option', { value: '' }, 'all kinds'));
    Object.keys(kinds).sort().forEach(function (k) { kindSel.append(el('option', { value: k }, k)); });
    var textIn = el('input', { id: 'filter-text', type: 'search', placeholder: 'words in metric or source', size: '24' });
    var docSel = el('select', { id: 'filter-doc' }, el('option', { value: '' }, 'all documents'));
    index.docs.forEach(function (d, i) {
      if (d.error == null && d.claims > 0) docSel.append(el('option', { value: String(i) }, d.name));
    });
    var count = el('span', { id: 'filter-count', class: 'muted' });
    var headRow = el('tr');
    var sort = { col: null, dir: 1 };
    TABLE.forEach(function (name) {
      var th = el('th', { class: index.numeric[C[name]] ? 'num' : null, 'data-col': name },
        el('button', { type: 'button' }, name));
      th.firstChild.addEventListener('click', function () {
        sort.dir = sort.col === name ? -sort.dir : 1;
        sort.col = name;
        headRow.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
        update();
      });
      headRow.append(th);
    });
    var tbody = el('tbody');
    var more = el('button', { type: 'button', class: 'more', id: 'more-claims', hidden: '' });
    var matching = [];
    var shown = 0;

    function update() {
      var kind = kindSel.value, doc = docSel.value, q = textIn.value.trim().toLowerCase();
      matching = rows.filter(function (r) {
        return (kind === '' || cell(r, 'kind') === kind) && (doc === '' || String(r.d) === doc)
          && (q === '' || cell(r, 'metric').toLowerCase().indexOf(q) >= 0 || cell(r, 'source').toLowerCase().indexOf(q) >= 0);
      });
      if (sort.col) {
        var i = C[sort.col], numeric = index.numeric[i];
        matching.sort(function (a, b) {
          var x = a.c[i], y = b.c[i], c;
          if (numeric) {
            var nx = num(x), ny = num(y);
            // empty cells last, whichever the direction
            if (isNaN(nx) || isNaN(ny)) return isNaN(nx) && isNaN(ny) ? a.i - b.i : isNaN(nx) ? 1 : -1;
            c = nx - ny;
          } else {
            c = x < y ? -1 : x > y ? 1 : 0;
          }
          return c * sort.dir || a.i - b.i;
        });
      }
      tbody.replaceChildren();
      shown = 0;
      showMore();
    }

    function showMore() {
      var end = Math.min(matching.length, shown + PAGE);
      var frag = document.createDocumentFragment();
      for (var k = shown; k < end; k++) {
        var r = matching[k];
        var tr = el('tr', { 'data-doc': r.d, 'data-id': cell(r, 'id') });
        TABLE.forEach(function (name) {
          var v = cell(r, name), content = v;
          if (name === 'mention') content = el('a', { href: '#doc/' + r.d + '/' + encodeURIComponent(cell(r, 'id')) }, v);
          else if (name === 'doc') content = el('a', { href: '#doc/' + r.d }, v);
          var cls = (index.numeric[C[name]] ? 'num' : '') + (WRAP.indexOf(name) < 0 ? ' nowrap' : '');
          tr.append(el('td', { class: cls.trim() || null }, content));
        });
        frag.append(tr);
      }
      tbody.append(frag);
      shown = end;
      count.textContent = matching.length + ' of ' + plural(rows.length, 'claim') + (shown < matching.length ? ', first ' + shown + ' shown' : '');
      more.hidden = shown >= matching.length;
      more.textContent = 'show ' + Math.min(PAGE, matching.length - shown) + ' more';
    }

    [kindSel, docSel].forEach(function (s) { s.addEventListener('change', update); });
    textIn.addEventListener('input', update);
    more.addEventListener('click', showMore);
    var view = el('section', { id: 'claims-view' }, el('h2', null, 'Claims'),
      el('div', { class: 'filters' }, el('label', null, 'kind ', kindSel), el('label', null, 'text ', textIn),
        el('label', null, 'document ', docSel), count),
      el('table', { id: 'claims-table' }, el('thead', null, headRow), tbody), more);
    update();
    return view;
  }

  // ----- routes: #docs, #claims, #doc/D, #doc/D/ID ----------------------------------------------
  function route() {
    var h = location.hash.replace(/^#/, '');
    try { h = decodeURIComponent(h); } catch (e) { h = ''; }
    var m = /^doc\/(\d+)(?:\/(.+))?$/.exec(h);
    if (m) openDoc(Number(m[1]), m[2] == null ? null : m[2]);
    else if (h === 'claims') show('claims');
    else show('docs');
  }
  window.addEventListener('hashchange', route);
  route();
}());
