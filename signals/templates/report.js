document.querySelectorAll('table.sortable th[data-col]').forEach(function (th) {
  th.tabIndex = 0;
  function sortBy() {
    var table = th.closest('table'), body = table.tBodies[0], col = Number(th.dataset.col);
    var desc = th.getAttribute('aria-sort') !== 'descending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
      var nx = parseFloat(x), ny = parseFloat(y);
      var cmp = (isNaN(nx) || isNaN(ny)) ? String(x).localeCompare(String(y)) : nx - ny;
      return desc ? -cmp : cmp;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  th.addEventListener('click', sortBy);
  th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(); } });
});
