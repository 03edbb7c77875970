(function () {
  'use strict';
  var doc = document;
  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : ''; }

  // Sorting the overview by any column (click or Enter/Space on a heading).
  doc.querySelectorAll('table.sortable th[data-col]').forEach(function (th) {
    th.tabIndex = 0;
    function sortBy() {
      var table = th.closest('table'), body = table.tBodies[0], col = Number(th.dataset.col);
      var numeric = col > 1;
      var desc = numeric ? th.getAttribute('aria-sort') !== 'descending' : th.getAttribute('aria-sort') === 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort, cmp;
        if (numeric) { cmp = parseFloat(x) - parseFloat(y); } else { cmp = String(x).localeCompare(String(y)); }
        if (cmp === 0) { return a.dataset.person < b.dataset.person ? -1 : 1; }
        return desc ? -cmp : cmp;
      });
      var frag = doc.createDocumentFragment();
      rows.forEach(function (r) { frag.appendChild(r); });
      body.appendChild(frag);
    }
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(); }
    });
  });

  // Filtering by team.
  var teamSelect = doc.getElementById('team-filter');
  if (teamSelect) {
    teamSelect.addEventListener('change', function () {
      var team = teamSelect.value, shown = 0;
      doc.querySelectorAll('#overview-table tbody tr, details.person, svg.ranking-chart g[data-team]').forEach(function (n) {
        var hide = team !== '' && n.getAttribute('data-team') !== team;
        n.classList.toggle('hidden', hide);
        if (!hide && n.tagName === 'TR') { shown += 1; }
      });
      doc.getElementById('shown-count').textContent = shown + ' people shown';
    });
  }

  // Evidence, rendered from the person's JSON data block when their section first opens.
  var blocks = {};
  doc.querySelectorAll('script.evidence-data').forEach(function (s) { blocks[s.dataset.person] = s; });
  var PAGE = 40;
  function renderItem(data, row) {
    // row: [feature, contribution, post index, snippet index, match start, match end, note index]
    var post = data.posts[row[2]] || ['', '', '', ''], snippet = data.texts[row[3]] || '', note = data.texts[row[6]] || '';
    var c = Number(row[1]), li = el('li', c > 0 ? 'up' : 'down'), meta = el('div', 'meta');
    li.dataset.feature = row[0]; li.dataset.post = post[0];
    var parts = [row[0], 'contribution ' + (c > 0 ? '+' : '') + c.toFixed(2)];
    [post[1], post[2], post[0]].forEach(function (p) { if (p) { parts.push(p); } });
    meta.appendChild(doc.createTextNode(parts.join(' · ')));
    var url = safeUrl(post[3]);
    if (url) {
      var a = el('a', null, 'original post');
      a.href = url; a.rel = 'noopener noreferrer'; a.target = '_blank';
      meta.appendChild(doc.createTextNode(' · ')); meta.appendChild(a);
    }
    li.appendChild(meta);
    if (snippet) {
      // offsets count code points (as Python does); a string here counts UTF-16 units, in
      // which an emoji outside the basic plane takes two: slice the array of code points
      var div = el('div', 'post'), s = row[4], e = row[5], chars = Array.from(snippet);
      if (s >= 0 && e > s && e <= chars.length) {
        div.appendChild(doc.createTextNode(chars.slice(0, s).join('')));
        div.appendChild(el('mark', null, chars.slice(s, e).join('')));
        div.appendChild(doc.createTextNode(chars.slice(e).join('')));
      } else { div.textContent = snippet; }
      li.appendChild(div);
    }
    if (note) { li.appendChild(el('div', 'meta', note)); }
    return li;
  }
  function fill(ul, data, items, from) {
    var frag = doc.createDocumentFragment(), end = Math.min(items.length, from + PAGE);
    for (var i = from; i < end; i += 1) { frag.appendChild(renderItem(data, items[i])); }
    ul.appendChild(frag);
    if (end < items.length) {
      var li = el('li', 'more'), btn = el('button', null, 'Show ' + Math.min(PAGE, items.length - end) + ' more of ' + (items.length - end));
      btn.type = 'button';
      btn.addEventListener('click', function () { li.remove(); fill(ul, data, items, end); });
      li.appendChild(btn); ul.appendChild(li);
    }
  }
  function renderEvidence(details) {
    if (details.dataset.rendered) { return; }
    details.dataset.rendered = '1';
    var block = blocks[details.dataset.person], data = { posts: [], texts: [], ev: {} };
    if (block) { try { data = JSON.parse(block.textContent); } catch (e) { data = { posts: [], texts: [], ev: {} }; } }
    details.querySelectorAll('ul.evidence').forEach(function (ul) {
      var items = data.ev[ul.dataset.trait] || [];
      if (!items.length) {
        ul.appendChild(el('li', 'muted', 'Close to the middle of the comparison group: no feature moved this score much.'));
        return;
      }
      fill(ul, data, items, 0);
    });
  }
  doc.querySelectorAll('details.person').forEach(function (d) {
    d.addEventListener('toggle', function () { if (d.open) { renderEvidence(d); } });
  });
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var target = doc.getElementById(id);
    if (!target) { return; }
    var details = target.closest('details');
    if (details && !details.open) { details.open = true; renderEvidence(details); }
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', openHash);
  openHash();
  window.addEventListener('beforeprint', function () {
    doc.querySelectorAll('details.person:not(.hidden)').forEach(function (d) { d.open = true; renderEvidence(d); });
  });

  // The manager's own ratings, exported as CSV (no server involved).
  var ratings = {};
  function key(box) { return box.dataset.person + '\u0000' + box.dataset.trait; }
  function update(box) {
    var agree = box.querySelector('input[type=radio]:checked'), sel = box.querySelector('select.rating');
    var entry = { person: box.dataset.person, trait: box.dataset.trait, rating: sel.value, agreement: agree ? agree.value : '' };
    if (entry.rating || entry.agreement) { ratings[key(box)] = entry; } else { delete ratings[key(box)]; }
    var n = Object.keys(ratings).filter(function (k) { return ratings[k].rating; }).length;
    doc.getElementById('rating-count').textContent = n + (n === 1 ? ' rating' : ' ratings');
  }
  doc.addEventListener('change', function (e) {
    var box = e.target.closest && e.target.closest('.feedback');
    if (!box) { return; }
    if (e.target.type === 'radio' && e.target.value === 'agree') {
      var sel = box.querySelector('select.rating');
      if (!sel.value) { sel.value = box.dataset.hint; }
    }
    update(box);
  });
  function cell(v) {
    var s = String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  var exportButton = doc.getElementById('export-ratings');
  if (exportButton) {
    exportButton.addEventListener('click', function () {
      var lines = ['person_id,trait,rating,agreement'];
      Object.keys(ratings).sort().forEach(function (k) {
        var r = ratings[k];
        if (r.rating) { lines.push([r.person, r.trait, r.rating, r.agreement].map(cell).join(',')); }
      });
      var blob = new Blob([lines.join('\n') + '\n'], { type: 'text/csv' });
      var area = doc.getElementById('export-area');
      area.textContent = '';
      var a = el('a', null, 'Download ratings.csv (' + (lines.length - 1) + ' ratings)');
      a.href = URL.createObjectURL(blob);
      a.download = 'ratings.csv';
      a.id = 'ratings-download';
      area.appendChild(a);
      a.click();
    });
  }
}());
