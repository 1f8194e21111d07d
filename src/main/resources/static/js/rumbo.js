// Rumbo: small helpers, no inline scripts (the content security policy forbids them).
document.addEventListener('DOMContentLoaded', () => {
  // htmx requests carry the CSRF token of the page.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', (e) => {
      e.detail.headers[header.content] = token.content;
    });
  }
  // Confirmation before destructive or important actions: <form data-confirm="¿Seguro?">.
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  });
  // Forms that take a while (uploads, imports) show a progress indicator and disable the button.
  document.querySelectorAll('form[data-progress]').forEach((form) => {
    form.addEventListener('submit', () => {
      const target = document.getElementById(form.dataset.progress);
      if (target) target.classList.remove('d-none');
      form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = true; });
    });
  });
});
