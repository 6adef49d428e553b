// The map's legend: each status with its colour, glyph and outline pattern, and the size scale for the dead.

import {el, svg} from './dom.js';
import {STATUSES, statusClass} from './status.js';
import {radius} from './map.js';

export function renderLegend(container) {
  const statuses = el('ul', {class: 'legend-statuses', attrs: {'aria-label': 'Status'}},
    ...STATUSES.map(s => el('li', {attrs: {title: s.text}},
      swatch(s, 7), el('span', {class: ['glyph', statusClass(s.key)], text: s.glyph, attrs: {'aria-hidden': 'true'}}),
      ' ', s.key.toLowerCase())));
  const sizes = el('ul', {class: 'legend-sizes', attrs: {'aria-label': 'Circle size: dead'}},
    ...[null, 1, 10, 50].map(dead => el('li', {},
      swatch({colour: '#888888', dash: null}, radius(dead)), dead === null ? 'dead unknown' : `${dead} dead`)));
  container.replaceChildren(el('p', {class: 'legend-title', text: 'Status'}), statuses,
    el('p', {class: 'legend-title', text: 'Size: dead (square root)'}), sizes);
}

function swatch(s, r) {
  const size = 2 * r + 4;
  const circle = svg('circle', {attrs: {cx: size / 2, cy: size / 2, r, fill: s.colour, 'fill-opacity': 0.55,
    stroke: s.colour, 'stroke-width': 2, 'stroke-dasharray': s.dash}});
  return svg('svg', {class: 'swatch', attrs: {width: size, height: size, viewBox: `0 0 ${size} ${size}`,
    'aria-hidden': 'true', focusable: 'false'}}, circle);
}
