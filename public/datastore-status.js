// The DataStore's load on a distribution's back-office page: while it waits or runs, asks the portal for
// its state every few seconds and updates the bar and the text; a polite live region says when the
// state changes and every tenth of the way. Without this file the page shows the state at request time
// and a link to look again.
(function () {
  'use strict';
  var box = document.querySelector('[data-datastore-status]');
  if (!box || !window.fetch) return;
  var url = box.getAttribute('data-datastore-status');
  var text = box.querySelector('[data-datastore-text]');
  var live = box.querySelector('[data-datastore-live]');
  var bar = box.querySelector('progress');
  var lastState = null;
  var lastTenth = -1;
  var failures = 0;

  function show(status) {
    text.textContent = status.text;
    if (bar && status.progress) {
      bar.max = status.progress.max;
      bar.value = status.progress.value;
      bar.textContent = Math.round((status.progress.value / status.progress.max) * 100) + ' %';
    }
    var tenth = status.progress ? Math.floor((status.progress.value / status.progress.max) * 10) : -1;
    if (status.state !== lastState || (status.state === 'loading' && tenth !== lastTenth)) live.textContent = status.text;
    lastState = status.state;
    lastTenth = tenth;
    if (status.finished && bar) bar.parentNode.hidden = true;
  }

  function poll() {
    window
      .fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
        return response.json();
      })
      .then(function (status) {
        failures = 0;
        show(status);
        if (!status.finished) window.setTimeout(poll, 2000);
        else if (status.state === 'active') live.textContent = status.text + ' Die Spalten der Tabelle sehen Sie nach „Aktualisieren“.';
      })
      .catch(function () {
        // The link "Aktualisieren" stays; after a few failures in a row the page stops asking.
        failures += 1;
        if (failures < 5) window.setTimeout(poll, 5000);
      });
  }
  window.setTimeout(poll, 2000);
})();
