// One event's page: its summary, every source's record side by side, and each article's text with the
// evidence of this event highlighted by field and status.

import * as api from './api.js';
import {el, num, dateRange, replace} from './dom.js';
import {badge, status, STATUSES, statusClass} from './status.js';
import {eventHash} from './state.js';
import {placeName, placeMap} from './map.js';
import {FIELDS, fieldGroup, fieldLabel, fieldValue, highlight, spansOf} from './evidence.js';

/** Renders event `id` into `container`; `backHash` is the list view to go back to. */
export async function renderEvent(container, id, backHash) {
  const back = el('a', {class: 'back', text: '← All events', attrs: {href: backHash}});
  replace(container, back, el('p', {class: 'loading', text: 'Loading event…'}));
  let data;
  try {
    data = await api.get('events/' + encodeURIComponent(id));
  } catch (e) {
    replace(container, back, el('h1', {text: 'Event not shown', attrs: {tabindex: -1}}),
      el('p', {class: 'error', attrs: {role: 'alert'}, text: e.message}));
    return;
  }
  const event = data.event;
  const records = data.records || [];
  const articles = await loadArticles(records);
  const where = el('div', {class: 'event-map', attrs: {role: 'region', 'aria-label': 'Map of the places the sources name'}});
  replace(container, back, summary(event, where), sources(records),
    el('section', {class: 'articles', attrs: {'aria-labelledby': 'articles-title'}},
      el('h2', {id: 'articles-title', text: 'The articles, with the evidence for each value'}),
      spanLegend(),
      ...articles.map(a => articleView(a, records, event.id))));
  container.dataset.event = String(event.id);
  if (!placeMap(where, records)) where.remove();
}

async function loadArticles(records) {
  const ids = [...new Set(records.map(r => r.record.article_id))];
  const loaded = await Promise.allSettled(ids.map(id => api.get('articles/' + encodeURIComponent(id))));
  return ids.map((id, i) => loaded[i].status === 'fulfilled' ? loaded[i].value : {id, error: loaded[i].reason.message});
}

function summary(event, where) {
  const title = `${event.category}${(event.modes || []).length ? ' (' + event.modes.join(', ') + ')' : ''} — ${placeName(event)}`;
  const s = status(event.status);
  return el('section', {class: ['summary', 'panel'], attrs: {'aria-labelledby': 'event-title'}},
    where,
    el('h1', {id: 'event-title', text: title, attrs: {tabindex: -1}}),
    el('p', {class: 'when', text: dateRange(event.earliest, event.latest)}),
    event.headline ? el('blockquote', {class: 'headline', text: event.headline}) : null,
    el('dl', {class: 'facts'},
      fact('Status', badge(event.status), ` ${s.text}`),
      fact('Dead', figure(event, 'dead')),
      fact('Injured', figure(event, 'injured')),
      fact('Arrested', figure(event, 'arrested')),
      fact('Actors', (event.actors || []).join('; ') || '–'),
      fact('Targets', (event.recipients || []).join('; ') || '–'),
      fact('Responsibility', responsibility(event)),
      fact('Reports', `${num(event.record_count)} from ${num((event.sources || []).length)} article(s)`)),
    warnings(event));
}

// Who says they did it, who is blamed, who denies it: one party and stance each, as the first report told it.
const CLAIM_WORDS = {CLAIMED: 'claims it', ALLEGED: 'blamed', DENIED: 'denies it', ASSERTED: 'named as responsible'};

function responsibility(event) {
  const claims = event.responsibility || [];
  if (!claims.length) return '–';
  return claims.map(c => `${c.party} (${CLAIM_WORDS[c.status] || c.status.toLowerCase()})`).join('; ');
}

function fact(term, ...value) {
  return el('div', {class: 'fact'}, el('dt', {text: term}), el('dd', {}, ...value));
}

// The largest figure, and the spread when sources disagree: disagreement is a fact worth showing.
function figure(event, role) {
  const max = event[role + '_max'];
  const values = ((event.figures || {})[role] || []).map(f => f.value).filter(v => v !== null && v !== undefined);
  if (max === null || max === undefined) return '–';
  const min = Math.min(...values);
  if (values.length > 1 && min !== max) {
    return el('span', {}, num(max), el('span', {class: 'spread', text: ` sources differ: ${num(min)} to ${num(max)}`}));
  }
  return num(max);
}

function warnings(event) {
  const list = event.warnings || [];
  if (!list.length) return null;
  return el('div', {class: 'warnings', attrs: {role: 'note'}},
    el('p', {text: 'Some sources are less sure:'}),
    el('ul', {}, ...list.map(w => el('li', {}, badge(w.status), ' ', w.publication || w.article_id || '',
      w.source ? ` — per ${w.source}` : ''))));
}

function sources(records) {
  return el('section', {class: 'sources', attrs: {'aria-labelledby': 'sources-title'}},
    el('h2', {id: 'sources-title', text: `Every source side by side (${records.length})`}),
    el('div', {class: 'source-grid'}, ...records.map(sourceCard)));
}

function sourceCard({record, article}) {
  const a = article || {};
  const cite = record.cite_info || {};
  const who = record.source ? record.source.text : 'the article itself';
  return el('article', {class: ['source-card', statusClass(record.status)], attrs: {'aria-label': `Report by ${a.publication || cite.publication || 'unknown publication'}`}},
    el('header', {},
      el('p', {class: 'publication', text: a.publication || cite.publication || 'Unknown publication'}),
      el('p', {class: 'published', text: a.published ? `published ${a.published}` : 'publication date unknown'}),
      el('p', {class: 'title'}, link(a.url, a.title || cite.title || '(untitled)'))),
    el('p', {}, badge(record.status), ' ', el('span', {class: 'who', text: `who says so: ${who}`})),
    el('table', {class: 'figures'},
      el('caption', {class: 'visually-hidden', text: 'Figures this source gives'}),
      el('tbody', {}, ...['dead', 'injured', 'arrested'].map(role => figureRow(record, role)))),
    el('dl', {class: 'facts small'},
      fact('When', record.date || 'undated', dateWords(record)),
      fact('Where', fieldValue(record, 'event_loc')),
      fact('What', fieldValue(record, 'event'))),
    el('a', {class: 'jump', text: 'Show evidence in the text ↓', attrs: {href: '#art-' + record.article_id},
      on: {click: jump('art-' + record.article_id)}}));
}

// The words the date was read from, when they are more than the date itself.
function dateWords(record) {
  const words = record.date_info && record.date_info.text;
  return words && words !== record.date ? ` (“${words}”)` : '';
}

function figureRow(record, role) {
  const value = (record.size || {})[role];
  const info = (record.size_info || {})[role];
  return el('tr', {}, el('th', {text: role, attrs: {scope: 'row'}}), el('td', {class: 'num', text: num(value)}),
    el('td', {class: 'quote', text: info && info.text ? `“${info.text}”` : ''}));
}

// In-page jumps must not change the hash (the hash is the route).
function jump(id) {
  return click => {
    click.preventDefault();
    const target = document.getElementById(id);
    if (target) {
      target.scrollIntoView({behavior: 'smooth', block: 'start'});
      target.focus({preventScroll: true});
    }
  };
}

/** A link only for http(s) addresses; anything else (javascript:, data:) shows as text. */
function link(url, text) {
  if (url && /^https?:\/\//i.test(url)) {
    return el('a', {text, attrs: {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}});
  }
  return el('span', {text});
}

function spanLegend() {
  return el('div', {class: 'span-legend', attrs: {'aria-label': 'Legend of highlighted evidence'}},
    el('p', {class: 'legend-title', text: 'Field'}),
    el('ul', {}, ...FIELDS.map(f => el('li', {}, el('mark', {class: ['ev', 'f-' + f.key], text: f.label})))),
    el('p', {class: 'legend-title', text: 'Underline: status of the record'}),
    el('ul', {}, ...STATUSES.map(s => el('li', {}, el('mark', {class: ['ev', 'f-none', statusClass(s.key)],
      text: `${s.glyph} ${s.key.toLowerCase()}`})))));
}

function articleView(article, eventRecords, eventId) {
  const anchor = 'art-' + article.id;
  if (article.error) {
    return el('section', {class: ['article', 'panel'], attrs: {id: anchor, tabindex: -1}},
      el('p', {class: 'error', text: `Article ${article.id} could not be loaded: ${article.error}`}));
  }
  const ids = new Set(eventRecords.filter(r => r.record.article_id === article.id).map(r => r.record.id));
  const own = (article.records || []).filter(r => ids.has(r.id));
  const detail = el('div', {class: 'span-detail', attrs: {'aria-live': 'polite'}},
    el('p', {class: 'hint', text: 'Click or press Enter on a highlighted passage to see its field and value.'}));
  const body = el('div', {class: 'article-body'},
    ...highlight(article.body || '', spansOf(own, (article.body || '').length), spans => showDetail(detail, spans)));
  return el('section', {class: ['article', 'panel'], attrs: {id: anchor, tabindex: -1, 'aria-label': `Article: ${article.title || article.id}`}},
    el('header', {},
      el('h3', {}, link(article.url, article.title || '(untitled article)')),
      el('p', {class: 'published', text: [article.publication, article.published].filter(Boolean).join(' · ') || 'publication unknown'})),
    otherEvents(article, ids, eventId),
    el('div', {class: 'article-grid'}, body, detail));
}

function otherEvents(article, ownRecordIds, eventId) {
  const others = [...new Set(Object.entries(article.event_ids || {})
    .filter(([recordId, id]) => !ownRecordIds.has(recordId) && String(id) !== String(eventId)).map(([, id]) => id))];
  if (!others.length) return null;
  return el('p', {class: 'others'}, 'This article also reports: ',
    ...others.flatMap((id, i) => [i ? ', ' : '', el('a', {text: `event ${id}`, attrs: {href: eventHash(id)}})]));
}

function showDetail(panel, spans) {
  replace(panel, el('h4', {text: 'Evidence'}), el('dl', {}, ...spans.map(s => el('div', {class: 'detail-item'},
    el('dt', {}, el('mark', {class: ['ev', 'f-' + fieldGroup(s.field)], text: fieldLabel(s.field)})),
    el('dd', {}, el('span', {class: 'value', text: fieldValue(s.record, s.field)}), ' ', badge(s.record.status),
      el('q', {text: s.text || ''}))))));
}
