// Hoja de captura: keyboard navigation through the grid, save with Enter, and an autosaved draft.
//
// The draft lives in this browser's localStorage, one entry per sheet and goal, written on every
// keystroke and removed when the row is saved. Why not on the server: it costs no request while
// people type (the deadline's last hour is the peak), it survives a lost connection or an expired
// session, and the server keeps only what a person decided to save (rows have versions; a draft of
// an older version is offered, never saved behind anyone's back).
(function () {
  const table = document.getElementById('hoja');
  if (!table) return;
  const sheet = table.dataset.hoja;
  const key = (goal) => 'rumbo:captura:' + sheet + ':' + goal;
  let pendingFocus = null;

  const rows = () => Array.from(table.querySelectorAll('tbody tr.fila'));
  const cell = (row, col) => row && row.querySelector('.celda[data-col="' + col + '"]');

  function dirty(row) {
    const ex = cell(row, 0);
    const de = cell(row, 1);
    if (!ex) return false;
    return ex.value.trim() !== (row.dataset.executed || '') || (de && de.value.trim() !== (row.dataset.description || '').trim());
  }

  function markDirty(row) {
    const isDirty = dirty(row);
    row.classList.toggle('table-info', isDirty);
    const status = row.querySelector('.estado-fila');
    if (status && isDirty && !row.querySelector('.error-fila')) status.textContent = 'Sin guardar';
    if (status && !isDirty && status.textContent === 'Sin guardar') status.textContent = '';
  }

  function saveDraft(row) {
    try {
      if (dirty(row)) {
        localStorage.setItem(key(row.dataset.goal), JSON.stringify({
          version: row.dataset.version,
          executed: cell(row, 0).value,
          description: cell(row, 1) ? cell(row, 1).value : ''
        }));
      } else {
        localStorage.removeItem(key(row.dataset.goal));
      }
    } catch (e) { /* storage full or disabled: the row can still be saved */ }
  }

  function restoreDraft(row) {
    let draft = null;
    try { draft = JSON.parse(localStorage.getItem(key(row.dataset.goal)) || 'null'); } catch (e) { draft = null; }
    if (!draft || !cell(row, 0)) return;
    const status = row.querySelector('.estado-fila');
    if (draft.version !== row.dataset.version) {
      localStorage.removeItem(key(row.dataset.goal));
      if (status) status.textContent = 'Se descartó un borrador: la fila cambió desde entonces.';
      return;
    }
    cell(row, 0).value = draft.executed;
    if (cell(row, 1)) cell(row, 1).value = draft.description;
    markDirty(row);
    if (status) status.textContent = 'Borrador recuperado sin guardar';
  }

  function focusCell(row, col) {
    const target = cell(row, col) || cell(row, 0);
    if (target) { target.focus(); if (target.select) target.select(); }
  }

  function save(row, then) {
    const button = row.querySelector('button.guardar');
    if (!button) return;
    pendingFocus = then;
    button.click();
  }

  table.addEventListener('input', (e) => {
    const row = e.target.closest('tr.fila');
    if (row && e.target.classList.contains('celda')) { markDirty(row); saveDraft(row); }
  });

  table.addEventListener('keydown', (e) => {
    const input = e.target;
    if (!input.classList || !input.classList.contains('celda')) return;
    const row = input.closest('tr.fila');
    const all = rows();
    const i = all.indexOf(row);
    const col = Number(input.dataset.col);
    const textarea = input.tagName === 'TEXTAREA';
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      const next = all[i + 1] ? { goal: all[i + 1].dataset.goal, col: col } : { goal: row.dataset.goal, col: col };
      if (dirty(row)) save(row, next); else if (all[i + 1]) focusCell(all[i + 1], col);
    } else if (e.key === 'ArrowDown' && (!textarea || atEnd) && all[i + 1]) {
      e.preventDefault(); focusCell(all[i + 1], col);
    } else if (e.key === 'ArrowUp' && (!textarea || atStart) && all[i - 1]) {
      e.preventDefault(); focusCell(all[i - 1], col);
    } else if (e.key === 'ArrowRight' && atEnd && cell(row, col + 1)) {
      e.preventDefault(); focusCell(row, col + 1);
    } else if (e.key === 'ArrowLeft' && atStart && col > 0) {
      e.preventDefault(); focusCell(row, col - 1);
    }
  });

  // After htmx replaced a row: forget its draft when it was saved, and go where the person was going.
  document.body.addEventListener('htmx:afterSettle', (e) => {
    const row = e.detail.elt && e.detail.elt.closest ? e.detail.elt.closest('tr.fila') : null;
    if (!row || !table.contains(row)) return;
    if (row.dataset.saved === 'true') {
      try { localStorage.removeItem(key(row.dataset.goal)); } catch (err) { /* nothing to forget */ }
    } else if (row.querySelector('.error-fila')) {
      markDirty(row); saveDraft(row);
      focusCell(row, 0);
      pendingFocus = null;
      return;
    }
    if (pendingFocus) {
      const target = table.querySelector('tr.fila[data-goal="' + pendingFocus.goal + '"]');
      const col = pendingFocus.col;
      pendingFocus = null;
      if (target) focusCell(target, col);
    }
  });

  window.addEventListener('beforeunload', (e) => {
    if (rows().some(dirty)) { e.preventDefault(); e.returnValue = ''; }
  });

  rows().forEach(restoreDraft);
})();
