import {el} from './dom.js';

// Epistemic statuses: colour (Okabe–Ito, safe for colour-blind readers), a glyph and a line pattern, so colour
// is never the only cue. Colours live in app.css as classes; the map needs them as values.

export const STATUSES = [
  {key: 'ASSERTED', glyph: '●', dash: null, colour: '#0072B2', text: 'stated in the article’s own voice'},
  {key: 'REPORTED', glyph: '◆', dash: '6 3', colour: '#56B4E9', text: 'attributed to a source'},
  {key: 'UNVERIFIED', glyph: '?', dash: '2 3', colour: '#E69F00', text: 'flagged as unconfirmed'},
  {key: 'CLAIMED', glyph: '▲', dash: '8 3 2 3', colour: '#CC79A7', text: 'claimed by an interested party'},
  {key: 'DENIED', glyph: '✕', dash: '1 2', colour: '#D55E00', text: 'denied by a party'},
  {key: 'HYPOTHETICAL', glyph: '◇', dash: '4 4', colour: '#8a7d00', text: 'posed as a possibility'},
  {key: 'PREDICTED', glyph: '►', dash: '10 4', colour: '#009E73', text: 'forecast'},
  {key: 'NEGATED', glyph: '○', dash: '1 4', colour: '#444444', text: 'said not to have happened'},
];

const BY_KEY = new Map(STATUSES.map(s => [s.key, s]));
const UNKNOWN = {key: 'UNKNOWN', glyph: '·', dash: '2 2', colour: '#777777', text: 'no status'};

/** The status entry for `key` (an unknown key gets a neutral grey entry). */
export function status(key) {
  return BY_KEY.get(key) || {...UNKNOWN, key: key || 'UNKNOWN'};
}

/** The CSS class of a status, e.g. "st-asserted". */
export function statusClass(key) {
  return 'st-' + String(key || 'unknown').toLowerCase();
}

/** A status badge: glyph + name, coloured by class; the title explains the status. */
export function badge(key) {
  const s = status(key);
  return el('span', {class: ['badge', statusClass(s.key)], attrs: {title: `${s.key}: ${s.text}`}},
    el('span', {class: 'glyph', text: s.glyph, attrs: {'aria-hidden': 'true'}}), ' ', s.key.toLowerCase());
}
