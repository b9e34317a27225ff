// Progressive enhancement of maps (kernel/views/map): only where the municipality configured a tile
// server, the server-drawn SVG becomes a Leaflet map of the same features on tiles. Leaflet is served
// by the portal itself; the list of features beside the map stays, so nothing depends on this file.
(function () {
  'use strict';
  if (window.stadtportalMaps) return; // one run, however many maps put this script on the page
  window.stadtportalMaps = true;

  var figures = document.querySelectorAll('figure[data-map-tiles]');
  if (figures.length === 0) return;
  // The portal's asset version (it covers Leaflet's version), so Leaflet's files are cached like the others.
  var script = document.currentScript;
  var version = script ? script.src.split('?')[1] || '' : '';

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) {
        element.setAttribute(name, attributes[name]);
      });
      element.addEventListener('load', resolve);
      element.addEventListener('error', reject);
      document.head.appendChild(element);
    });
  }

  function textElement(text) {
    var element = document.createElement('span');
    element.textContent = text;
    return element;
  }

  function enhance(figure) {
    var L = window.L;
    var svg = figure.querySelector('svg');
    var container = document.createElement('div');
    container.className = 'map__tiles';
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', 'Karte: mit den Pfeiltasten verschieben, mit Plus und Minus vergrößern und verkleinern');
    figure.insertBefore(container, svg);
    if (svg) svg.setAttribute('hidden', '');
    var maxZoom = Number(figure.getAttribute('data-map-max-zoom')) || 19;
    var map = L.map(container, { keyboard: true, maxZoom: maxZoom, zoomControl: false });
    L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
    // The attribution is plain text from the configuration; Leaflet would insert it as HTML.
    var attribution = document.createElement('div');
    attribution.textContent = figure.getAttribute('data-map-attribution') || '';
    L.tileLayer(figure.getAttribute('data-map-tiles'), { maxZoom: maxZoom, attribution: attribution.innerHTML }).addTo(map);
    var boundary = JSON.parse(figure.getAttribute('data-map-boundary') || 'null');
    var outline = boundary
      ? L.polygon(
          boundary.map(function (p) {
            return [p[1], p[0]];
          }),
          { className: 'map__tiles-boundary', interactive: false },
        ).addTo(map)
      : null;
    var data = JSON.parse(figure.getAttribute('data-map-features'));
    // Hundreds of points (hotspots, say) as pins would cover each other: small circles then, and the
    // page's list stays the way to reach each one by keyboard.
    var many = data.features.length > 50;
    var features = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        var name = feature.properties.name;
        var variant = feature.properties.variant;
        if (many || variant) {
          return L.circleMarker(latlng, {
            radius: variant === 'marked' ? 8 : 5,
            className: variant ? 'map__tiles-point map__tiles-point--' + variant : 'map__tiles-point',
          });
        }
        return L.marker(latlng, { title: name, alt: name, keyboard: true });
      },
      onEachFeature: function (feature, layer) {
        layer.bindPopup(textElement(feature.properties.name));
      },
    }).addTo(map);
    var bounds = features.getBounds();
    if (outline) bounds = bounds.isValid() ? bounds.extend(outline.getBounds()) : outline.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], maxZoom: 16 });
    else map.setView([51, 10], 6);
  }

  Promise.all([
    load('link', { rel: 'stylesheet', href: '/assets/leaflet/leaflet.css?' + version }),
    load('script', { src: '/assets/leaflet/leaflet.js?' + version }),
  ])
    .then(function () {
      figures.forEach(enhance);
    })
    .catch(function () {
      // Leaflet did not load: the server-drawn map and the list stay as they are.
    });
})();
