// Progressive enhancement only: every journey works without this file.
(function () {
  'use strict';

  // GOV.UK pattern: move focus to the error summary so screen readers announce it first.
  var summary = document.querySelector('[data-module="error-summary"]');
  if (summary) summary.focus();

  // WCAG 2.2.1: warn two minutes before the session expires and let the person extend it.
  var expires = document.body.getAttribute('data-session-expires');
  var extendUrl = document.body.getAttribute('data-session-extend');
  if (!expires || !extendUrl) return;
  var csrf = document.querySelector('input[name="_csrf"]');
  var warnAt = new Date(expires).getTime() - 2 * 60 * 1000 - Date.now();
  if (!csrf || warnAt < 0 || warnAt > 24 * 3600 * 1000) return;

  setTimeout(function () {
    var box = document.createElement('div');
    box.className = 'session-warning';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'session-warning-title');
    box.innerHTML = '<p id="session-warning-title"><strong>Ihre Sitzung läuft in 2 Minuten ab.</strong> Danach müssen Sie sich neu anmelden.</p>';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Sitzung verlängern';
    button.addEventListener('click', function () {
      fetch(extendUrl, {
        method: 'POST',
        headers: { 'x-csrf-token': csrf.value, 'content-type': 'application/x-www-form-urlencoded' },
        body: '_csrf=' + encodeURIComponent(csrf.value),
        credentials: 'same-origin',
      }).then(function (response) {
        box.innerHTML = response.ok
          ? '<p role="status">Ihre Sitzung wurde verlängert.</p>'
          : '<p role="status">Die Sitzung ist abgelaufen. Bitte melden Sie sich neu an.</p>';
        setTimeout(function () {
          box.remove();
        }, 4000);
      });
    });
    box.appendChild(button);
    document.body.appendChild(box);
    button.focus();
  }, warnAt);
})();
