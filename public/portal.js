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

// Uploads of large files (open-data distributions): sent in the background with a progress bar and a
// live region that says how far it is; without this the form posts normally and the page waits.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form');
  Array.prototype.forEach.call(forms, function (form) {
    var box = form.querySelector('[data-upload-progress]');
    if (!box || !window.FormData || !window.XMLHttpRequest) return;
    var bar = box.querySelector('progress');
    var status = box.querySelector('[role="status"]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      var announced = -1;
      var request = new window.XMLHttpRequest();
      box.hidden = false;
      if (button) button.disabled = true;
      request.upload.addEventListener('progress', function (progress) {
        if (!progress.lengthComputable) return;
        var percent = Math.floor((progress.loaded / progress.total) * 100);
        bar.value = percent;
        // Every tenth step only: a screen reader reading each percent would say nothing else.
        if (Math.floor(percent / 10) !== announced) {
          announced = Math.floor(percent / 10);
          status.textContent = percent + ' % hochgeladen';
        }
      });
      request.addEventListener('load', function () {
        // The answer is the next page: after the redirect the dataset with its one-time message (which a
        // second request would not show again), otherwise the form with its errors. Its address replaces
        // the form's, as after a normal post.
        if (request.responseURL) window.history.replaceState(null, '', request.responseURL);
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        status.textContent = 'Das Hochladen ist fehlgeschlagen. Prüfen Sie die Verbindung und versuchen Sie es noch einmal.';
        if (button) button.disabled = false;
      });
      status.textContent = 'Das Hochladen beginnt.';
      request.open('POST', form.action);
      request.send(new window.FormData(form));
    });
  });
})();
