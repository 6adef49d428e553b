// Evidence spans: what each field of a record is called, what value it holds, and the article's text cut into
// pieces at span boundaries so that overlapping spans (a count inside an event phrase) both stay visible.

import {el, num} from './dom.js';
import {status, statusClass} from './status.js';

export const FIELDS = [
  {key: 'event', label: 'event'},
  {key: 'event_loc', label: 'place'},
  {key: 'date', label: 'date'},
  {key: 'size', label: 'size'},
  {key: 'actor', label: 'actor'},
  {key: 'recipient', label: 'recipient'},
  {key: 'source', label: 'source'},
  {key: 'responsibility', label: 'responsibility'},
  {key: 'other', label: 'status / forecast'},
];

/** The legend group of a record field name ("size.dead" → "size"). */
export function fieldGroup(field) {
  const head = String(field || '').split('.')[0];
  return FIELDS.some(f => f.key === head) ? head : 'other';
}

/** A readable label of a field ("size.dead" → "dead", "event_loc" → "place"). */
export function fieldLabel(field) {
  if (String(field).startsWith('size.')) return field.slice(5);
  const found = FIELDS.find(f => f.key === field);
  return found ? found.label : String(field);
}

/** The value a record gives the field that a span is evidence for, as plain text. */
export function fieldValue(record, field) {
  const names = list => (list || []).map(p => p.entity_text || p.identifier_text).filter(Boolean).join('; ');
  const loc = record.event_loc || {};
  switch (fieldGroup(field)) {
    case 'event': return [(record.event || []).join(', '), (record.mode || []).join(', ')].filter(Boolean).join(' — ');
    case 'event_loc': return [loc.resolved_place || loc.extracted_place, loc.province, loc.country]
      .filter((v, i, all) => v && all.indexOf(v) === i).join(', ') || 'unresolved';
    case 'date': {
      const info = record.date_info || {};
      const range = info.earliest && info.latest && info.earliest !== info.latest ? ` (${info.earliest} – ${info.latest})` : '';
      return (record.date || 'unknown') + range;
    }
    case 'size': {
      const role = field.slice(5);
      const count = (record.size_info || {})[role];
      const value = (record.size || {})[role];
      return `${num(value)}${count && count.qualifier ? ' (' + count.qualifier + ')' : ''}`;
    }
    case 'actor': return names(record.actor) || 'unnamed';
    case 'recipient': return names(record.recipient) || 'unnamed';
    case 'source': return record.source ? `${record.source.text}${record.source.kind ? ' (' + record.source.kind + ')' : ''}` : 'the article itself';
    case 'responsibility': return (record.responsibility || []).map(r => `${r.entity_text || r.identifier_text} (${(r.status || '').toLowerCase()})`).join('; ');
    default:
      if (field === 'forecast' && record.forecast) return [record.forecast.text, record.forecast.by].filter(Boolean).join(', by ');
      return status(record.status).key.toLowerCase();
  }
}

/** The spans of `records` in a body of `length` characters: evidence plus trigger mentions. */
export function spansOf(records, length) {
  const spans = [];
  const seen = new Set();
  for (const record of records) {
    const items = [...(record.evidence || []),
      ...(record.mentions || []).map(m => ({field: 'event', start: m.start, end: m.end, text: m.text}))];
    for (const item of items) {
      const key = `${record.id}|${item.field}|${item.start}|${item.end}`;
      if (seen.has(key) || !(item.start >= 0 && item.end > item.start && item.end <= length)) continue;
      seen.add(key);
      spans.push({...item, record});
    }
  }
  return spans;
}

/**
 * The body as nodes: plain text, and <mark> elements for pieces inside spans. A piece takes the field colour of
 * its innermost span and the line style of that span's status; `onPick(spans)` gets every span covering it.
 */
export function highlight(body, spans, onPick) {
  const cuts = new Set([0, body.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const text = body.slice(a, b);
    const covering = spans.filter(s => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    nodes.push(covering.length ? mark(text, covering, spans.some(s => s.start === a), onPick) : document.createTextNode(text));
  }
  return nodes;
}

function mark(text, covering, starts, onPick) {
  const inner = covering[0];
  const labels = [...new Set(covering.map(s => fieldLabel(s.field)))].join(', ');
  const node = el('mark', {
    class: ['ev', 'f-' + fieldGroup(inner.field), statusClass(inner.record.status)],
    text,
    dataset: {field: inner.field, fields: covering.map(s => s.field).join(' ')},
    attrs: {title: `${labels} — click for the value`},
    on: {click: () => onPick(covering)},
  });
  if (starts) {
    node.tabIndex = 0;
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', `${labels}: ${text}`);
    node.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(covering);
      }
    });
  }
  return node;
}
