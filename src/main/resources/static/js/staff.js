// Staff pages: send the CSRF token with htmx requests; nothing else runs inline (the CSP forbids it).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
// Confirm destructive actions marked with data-confirm, without inline handlers.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// On a phone the menu folds behind a button so that the page starts at the top of the screen; without script,
// or on a wider screen, the menu stays open as it is.
document.addEventListener('DOMContentLoaded', function () {
  var bar = document.querySelector('.topbar');
  var toggle = bar && bar.querySelector('.menu-toggle');
  if (!toggle || !window.matchMedia) {
    return;
  }
  var phone = window.matchMedia('(max-width: 40rem)');
  function fold() {
    bar.classList.toggle('folded', phone.matches);
    bar.classList.remove('open');
    toggle.hidden = !phone.matches;
    toggle.setAttribute('aria-expanded', 'false');
  }
  toggle.addEventListener('click', function () {
    var open = bar.classList.toggle('open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
  if (phone.addEventListener) {
    phone.addEventListener('change', fold);
  }
  fold();
});
