// Upload forms sent by htmx with a progress bar: <form hx-post … data-upload-progress="id"> where the element
// "id" holds a <progress> and a [data-progress-text]. The bar follows the bytes sent; then "Revisando…"
// while the server checks the file. A file refused (422) or a closed period (423) still shows its page
// fragment with the errors: those answers are swapped in like a success.
document.addEventListener('DOMContentLoaded', () => {
  const formOf = (e) => (e.target && e.target.closest ? e.target.closest('form[data-upload-progress]') : null);
  const boxOf = (form) => (form ? document.getElementById(form.dataset.uploadProgress) : null);

  document.body.addEventListener('htmx:beforeRequest', (e) => {
    const form = formOf(e);
    const box = boxOf(form);
    if (!box) return;
    box.classList.remove('d-none');
    box.querySelector('progress').value = 0;
    box.querySelector('[data-progress-text]').textContent = 'Subiendo el archivo…';
    form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = true; });
  });

  document.body.addEventListener('htmx:xhr:progress', (e) => {
    const box = boxOf(formOf(e));
    if (!box || !e.detail.lengthComputable || !e.detail.total) return;
    // the response's download fires progress too: the bar never goes back
    const bar = box.querySelector('progress');
    const percent = Math.max(bar.value, Math.round((e.detail.loaded * 100) / e.detail.total));
    bar.value = percent;
    box.querySelector('[data-progress-text]').textContent = percent < 100
      ? 'Subiendo el archivo… ' + percent + ' %'
      : 'Revisando el archivo y guardando las cifras…';
  });

  // htmx 2 fires beforeSwap on the swap target (#resultado), not on the form that asked: find the
  // form through the request's element.
  document.body.addEventListener('htmx:beforeSwap', (e) => {
    const elt = e.detail.requestConfig && e.detail.requestConfig.elt;
    const form = elt && elt.closest ? elt.closest('form[data-upload-progress]') : formOf(e);
    if (form && (e.detail.xhr.status === 422 || e.detail.xhr.status === 423)) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });

  document.body.addEventListener('htmx:afterRequest', (e) => {
    const form = formOf(e);
    const box = boxOf(form);
    if (!box) return;
    box.classList.add('d-none');
    form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = false; });
    form.reset();
  });
});
