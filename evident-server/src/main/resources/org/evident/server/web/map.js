// The map: country outlines from world-atlas (no tile server), one circle per located event,
// sized by the dead (square-root scale, so area grows with the count) and coloured and outlined by status.

import {el, num, dateRange, pressOnSpace} from './dom.js';
import {status, badge} from './status.js';
import {eventHash} from './state.js';

/** The circle radius in pixels for a dead count (null: unknown). */
export function radius(dead) {
  if (dead === null || dead === undefined) return 4;
  return Math.min(32, 5 + 2.5 * Math.sqrt(Math.max(0, dead)));
}

export class EventMap {
  constructor(container, note) {
    this.note = note;
    this.map = L.map(container, {worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
      attributionControl: true});
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Natural Earth');
    this.map.setView([25, 15], 2);
    this.markers = L.layerGroup().addTo(this.map);
    addBasemap(this.map);
    closeOnEscape(this.map);
  }

  /** Shows the events of an /api/events result. */
  show(result) {
    this.markers.clearLayers();
    const located = result.events.filter(e => e.place && e.place.lat !== null && e.place.lat !== undefined);
    for (const event of located) {
      const s = status(event.status);
      const marker = L.circleMarker([event.place.lat, event.place.lon], {
        radius: radius(event.dead_max), color: s.colour, weight: 2, dashArray: s.dash,
        fillColor: s.colour, fillOpacity: 0.5, className: 'event-marker',
      });
      marker.bindTooltip(tooltip(event), {direction: 'top'});
      marker.bindPopup(() => popup(event));
      this.markers.addLayer(marker);
      openableByKeyboard(marker, `${describe(event)}: show details`);
    }
    const unplaced = result.events.length - located.length;
    const parts = [`${num(located.length)} located`];
    if (unplaced) parts.push(`${num(unplaced)} without a place`);
    if (result.total > result.events.length) parts.push(`the ${num(result.events.length)} with most dead of ${num(result.total)}`);
    this.note.textContent = parts.join(' · ');
    this.container().dataset.markers = String(located.length);
    if (located.length) {
      const bounds = L.latLngBounds(located.map(e => [e.place.lat, e.place.lon]));
      this.map.fitBounds(bounds.pad(0.3), {maxZoom: 5});
    }
  }

  container() {
    return this.map.getContainer();
  }
}

let countries = null;

/** Draws the country outlines (loaded once per page) under everything else on `map`. */
export async function addBasemap(map) {
  if (!countries) {
    countries = fetch('vendor/world-atlas/countries-110m.json').then(r => r.json())
      .then(topology => topojson.feature(topology, topology.objects.countries))
      // Antarctica's outline runs along the pole, which Web Mercator draws as a line across the whole map
      .then(all => ({...all, features: all.features.filter(f => String(f.id) !== '010').map(unwrap)}));
  }
  L.geoJSON(await countries, {
    interactive: false,
    style: {color: '#9aa5b1', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1},
  }).addTo(map).bringToBack();
}

// A ring that crosses the antimeridian (Russia's far east, Fiji) jumps from 180° to -180°, which the map
// draws as a line across the world; moving its western-hemisphere points east by 360° keeps it in one piece.
function unwrap(feature) {
  const fix = ring => {
    const lons = ring.map(p => p[0]);
    return Math.max(...lons) - Math.min(...lons) > 180 ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
  };
  const g = feature.geometry;
  if (!g) return feature;
  const coordinates = g.type === 'Polygon' ? g.coordinates.map(fix)
    : g.type === 'MultiPolygon' ? g.coordinates.map(polygon => polygon.map(fix)) : g.coordinates;
  return {...feature, geometry: {...g, coordinates}};
}

/** A small map of the places the records of one event name: one circle per place, labelled by its sources. */
export function placeMap(container, records) {
  const places = new Map();
  for (const {record, article} of records) {
    const loc = record.event_loc;
    if (!loc || loc.lat === null || loc.lat === undefined) continue;
    const key = `${loc.lat.toFixed(3)},${loc.lon.toFixed(3)}`;
    const entry = places.get(key) || {loc, status: record.status, names: []};
    entry.names.push((article && article.publication) || record.article_id);
    places.set(key, entry);
  }
  if (!places.size) return false;
  const map = L.map(container, {zoomSnap: 0.5, scrollWheelZoom: false, attributionControl: false});
  addBasemap(map);
  const points = [];
  for (const {loc, status: key, names} of places.values()) {
    const s = status(key);
    points.push([loc.lat, loc.lon]);
    L.circleMarker([loc.lat, loc.lon], {radius: 8, color: s.colour, weight: 2, dashArray: s.dash,
      fillColor: s.colour, fillOpacity: 0.5, className: 'event-marker'})
      .bindTooltip(el('span', {text: `${loc.resolved_place || loc.extracted_place || ''} — ${names.join(', ')}`}))
      .addTo(map);
  }
  map.fitBounds(L.latLngBounds(points).pad(0.5), {maxZoom: 4});
  return true;
}

// Leaflet draws circle markers as SVG paths, which the keyboard cannot reach: each becomes a button in the tab order
// that Enter or Space opens, its popup taking the focus; when the popup closes with the focus in it, the focus
// goes back to the marker.
function openableByKeyboard(marker, label) {
  const path = marker.getElement();
  if (!path) return;
  for (const [name, value] of Object.entries({tabindex: '0', role: 'button', 'aria-label': label,
    'aria-haspopup': 'dialog'})) path.setAttribute(name, value);
  path.addEventListener('keydown', key => {
    if (key.key !== 'Enter' && key.key !== ' ') return;
    key.preventDefault();
    marker.openPopup();
    marker.getPopup().getElement()?.querySelector('.popup a')?.focus();
  });
  marker.on('popupclose', () => {
    const active = document.activeElement;
    if (!active || active === document.body || marker.getPopup().getElement()?.contains(active)) {
      path.focus({preventScroll: true});
    }
  });
}

// Leaflet closes a popup on Escape only while the map itself has the focus; this does it wherever in the map the
// focus is (a marker, the popup's link), or when nothing has it.
function closeOnEscape(map) {
  let open = null;
  map.on('popupopen', e => {
    open = e.popup;
    const close = open.getElement()?.querySelector('.leaflet-popup-close-button');
    if (close && !close.dataset.keys) { // Leaflet's close button is a link in the role of a button
      close.dataset.keys = 'space';
      close.addEventListener('keydown', pressOnSpace);
    }
  });
  map.on('popupclose', e => { if (open === e.popup) open = null; });
  document.addEventListener('keydown', key => {
    if (key.key !== 'Escape' || !open || key.defaultPrevented) return;
    const active = document.activeElement;
    if (active && active !== document.body && !map.getContainer().contains(active)) return;
    key.preventDefault();
    map.closePopup(open);
  });
}

/** One line saying what, where, when and how bad, for labels read aloud. */
export function describe(event) {
  const dead = event.dead_max === null || event.dead_max === undefined ? 'dead unknown' : `${num(event.dead_max)} dead`;
  return `${event.category} in ${placeName(event)}, ${dateRange(event.earliest, event.latest)}, ${dead}, `
    + status(event.status).key.toLowerCase();
}

function tooltip(event) {
  const s = status(event.status);
  return el('span', {},
    el('strong', {text: event.category}), ` · ${placeName(event)} · `,
    event.dead_max === null || event.dead_max === undefined ? 'dead unknown' : `${num(event.dead_max)} dead`,
    ` · ${s.glyph} ${s.key.toLowerCase()}`);
}

function popup(event) {
  return el('div', {class: 'popup', attrs: {role: 'dialog', 'aria-label': `Event: ${describe(event)}`}},
    el('p', {class: 'popup-title'}, el('strong', {text: event.category}), ' ', badge(event.status)),
    el('p', {text: `${dateRange(event.earliest, event.latest)} · ${placeName(event)}`}),
    el('p', {text: `dead ${num(event.dead_max)} · injured ${num(event.injured_max)} · ${num(event.record_count)} report(s)`}),
    event.headline ? el('p', {class: 'popup-headline', text: event.headline}) : null,
    el('a', {text: 'Open event', attrs: {href: eventHash(event.id)}, on: {keydown: pressOnSpace}}));
}

export function placeName(event) {
  const place = event.place;
  if (!place) return 'no place';
  if (place.country && place.name && place.country !== place.name) return `${place.name}, ${place.country}`;
  return place.name || place.country || 'no place';
}
