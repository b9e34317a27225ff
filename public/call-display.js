// The waiting room's call-up display (/termine/standorte/<slug>/aufruf): asks the API's display data
// every few seconds and redraws the numbers; a new call is read out once in the polite live region
// ("A 017 bitte zu Platz 2"). Without this file the page reloads itself (a refresh in <noscript>).
(function () {
  'use strict';
  var box = document.querySelector('[data-call-display]');
  if (!box || !window.fetch) return;
  var url = box.getAttribute('data-call-display');
  var seconds = Number(box.getAttribute('data-call-display-seconds')) || 12;
  var newest = box.querySelector('[data-call-newest]');
  var earlierPart = box.querySelector('[data-call-earlier-part]');
  var earlier = box.querySelector('[data-call-earlier]');
  var waiting = box.querySelector('[data-call-waiting]');
  var updated = box.querySelector('[data-call-updated]');
  var live = box.querySelector('[data-call-live]');
  var lastCall = null;
  var failures = 0;

  function callLine(call) {
    var fragment = document.createDocumentFragment();
    var ticket = document.createElement('span');
    ticket.className = 'call-display__ticket';
    ticket.textContent = call.ticket;
    var arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.textContent = '→';
    var words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = 'bitte zu';
    var counter = document.createElement('span');
    counter.className = 'call-display__counter';
    counter.textContent = call.counter;
    [ticket, ' ', arrow, words, ' ', counter].forEach(function (part) {
      fragment.appendChild(typeof part === 'string' ? document.createTextNode(part) : part);
    });
    return fragment;
  }

  function key(call) {
    return call ? call.ticket + '|' + call.calledAt : null;
  }

  function show(data) {
    var first = data.calls[0];
    newest.textContent = '';
    if (first) newest.appendChild(callLine(first));
    else newest.textContent = 'Noch niemand aufgerufen.';
    earlier.textContent = '';
    earlierPart.hidden = data.calls.length < 2;
    data.calls.slice(1).forEach(function (call) {
      var item = document.createElement('li');
      item.appendChild(callLine(call));
      earlier.appendChild(item);
    });
    waiting.textContent = String(data.waiting);
    var at = new Date(data.updatedAt);
    updated.textContent = at.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
    if (lastCall !== null && first && key(first) !== lastCall) live.textContent = first.ticket + ' bitte zu ' + first.counter;
    lastCall = key(first) || '';
  }

  function poll() {
    window
      .fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
        return response.json();
      })
      .then(function (data) {
        failures = 0;
        show(data);
        window.setTimeout(poll, seconds * 1000);
      })
      .catch(function () {
        // A screen in a waiting room runs all day: after a failure it keeps asking, a little less often.
        failures = Math.min(failures + 1, 10);
        window.setTimeout(poll, (seconds + failures * 5) * 1000);
      });
  }
  poll();
})();
