// Counts of the matching events by status, category and country; choosing one narrows the filters to it.

import {el, svg, num} from './dom.js';
import {status, statusClass} from './status.js';

const GROUPS = [
  {key: 'status', title: 'By status', list: s => s.by_status, name: item => status(item.key).key.toLowerCase(),
    glyph: item => status(item.key).glyph, cls: item => statusClass(item.key)},
  {key: 'category', title: 'By category', list: s => s.by_category, name: item => item.key},
  {key: 'country', title: 'By country', list: s => s.by_country, name: item => item.name || item.key},
];
const MOST = 6;

export class Facets {
  constructor(container, onPick) {
    this.container = container;
    this.onPick = onPick;
  }

  /** Shows the counts of an /api/stats result; `params` marks the values already chosen. */
  show(stats, params) {
    this.container.replaceChildren(...GROUPS.map(group => this.group(group, group.list(stats) || [], params[group.key])));
  }

  group(group, items, chosen) {
    const max = Math.max(1, ...items.map(i => i.count));
    const shown = items.slice(0, MOST);
    return el('div', {class: 'facet'},
      el('h3', {text: group.title}),
      shown.length ? el('ul', {}, ...shown.map(item => el('li', {},
        el('button', {class: ['facet-item', item.key === chosen ? 'chosen' : null], attrs: {type: 'button',
          'aria-pressed': String(item.key === chosen), title: `Show only ${group.name(item)}`},
        on: {click: () => this.onPick(group.key, item.key === chosen ? null : item.key)}},
        el('span', {class: ['facet-name', group.cls ? group.cls(item) : null]},
          group.glyph ? el('span', {class: 'glyph', text: group.glyph(item) + ' ', attrs: {'aria-hidden': 'true'}}) : null,
          group.name(item)),
        el('span', {class: 'facet-count', text: num(item.count)}),
        bar(item.count / max, group.cls ? group.cls(item) : null))))) : el('p', {class: 'empty', text: 'none'}),
      items.length > MOST ? el('p', {class: 'hint', text: `and ${items.length - MOST} more`}) : null);
  }
}

// A proportional bar drawn as SVG (its width is an attribute, so no inline style is needed under the CSP).
function bar(fraction, cls) {
  const width = Math.max(1, Math.round(fraction * 100));
  return svg('svg', {class: 'facet-bar', attrs: {viewBox: '0 0 100 6', preserveAspectRatio: 'none', 'aria-hidden': 'true'}},
    svg('rect', {class: cls, attrs: {width, height: 6, rx: 2}}));
}
