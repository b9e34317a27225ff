// "Meinen Standort verwenden" (wlan's /wlan, any GET form with a [data-locate] block): only where a
// page asks for it and only after the person clicks, the browser's position is requested and sent in
// the same GET form as two fields. Without JavaScript the block stays hidden and the address field
// alone works. Nothing is stored here or sent anywhere but to the form's own address.
(function () {
  'use strict';
  if (!('geolocation' in navigator)) return;
  document.querySelectorAll('[data-locate]').forEach(function (block) {
    var form = block.closest('form');
    var button = block.querySelector('button');
    var status = block.querySelector('[data-locate-status]');
    if (!form || !button || !status) return;
    block.hidden = false;
    function field(name, value) {
      var input = form.querySelector('input[type=hidden][name="' + name + '"]');
      if (!input) {
        input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        form.appendChild(input);
      }
      input.value = value;
    }
    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = 'Ihr Browser fragt Sie, ob er Ihren Standort weitergeben darf …';
      navigator.geolocation.getCurrentPosition(
        function (position) {
          // Four places (about 10 m) are enough for distances; the server rounds again.
          field(block.getAttribute('data-locate-latitude'), position.coords.latitude.toFixed(4));
          field(block.getAttribute('data-locate-longitude'), position.coords.longitude.toFixed(4));
          var typed = form.querySelector('input[name="' + block.getAttribute('data-locate-clears') + '"]');
          if (typed) typed.value = '';
          status.textContent = 'Standort erhalten, die Liste wird sortiert …';
          form.submit();
        },
        function () {
          button.disabled = false;
          status.textContent = 'Ihr Standort ist nicht verfügbar oder wurde nicht freigegeben. Geben Sie bitte eine Adresse oder Straße ein.';
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
      );
    });
  });
})();
