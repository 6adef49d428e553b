// The event table: sortable by the columns the API sorts on (header buttons), paged.

import {el, num, dateRange, replace, pressOnSpace} from './dom.js';
import {badge} from './status.js';
import {eventHash, PAGE_SIZE} from './state.js';
import {placeName, describe} from './map.js';

const COLUMNS = [
  {key: 'date', label: 'Date', sort: 'date', cell: e => dateRange(e.earliest, e.latest)},
  {key: 'category', label: 'Category', sort: 'category', ascendingFirst: true, cell: categoryCell},
  {key: 'place', label: 'Place', cell: e => placeName(e)},
  {key: 'status', label: 'Status', cell: e => badge(e.status)},
  {key: 'dead', label: 'Dead', sort: 'dead', numeric: true, cell: e => num(e.dead_max)},
  {key: 'injured', label: 'Injured', numeric: true, cell: e => num(e.injured_max)},
  {key: 'arrested', label: 'Arrested', numeric: true, cell: e => num(e.arrested_max)},
  {key: 'reports', label: 'Reports', sort: 'reports', numeric: true, cell: e => num(e.record_count)},
  {key: 'what', label: 'What the text says', cell: headlineCell},
];

export class EventTable {
  constructor(table, {onSort, onPage}) {
    this.table = table;
    this.onSort = onSort;
    this.onPage = onPage;
    this.count = document.getElementById('table-count');
    this.prev = document.getElementById('page-prev');
    this.next = document.getElementById('page-next');
    this.info = document.getElementById('page-info');
    this.prev.addEventListener('click', () => this.onPage(this.page - 1));
    this.next.addEventListener('click', () => this.onPage(this.page + 1));
  }

  /** Shows one page of an /api/events result, sorted by `sort` (e.g. "-date"). */
  show(result, sort, page) {
    this.page = page;
    this.head(sort);
    const body = this.table.tBodies[0];
    if (!result.events.length) {
      replace(body, el('tr', {}, el('td', {class: 'empty', text: 'No events match the filters.',
        attrs: {colspan: COLUMNS.length}})));
    } else {
      replace(body, ...result.events.map(row));
    }
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    const first = result.total ? result.offset + 1 : 0;
    const last = result.offset + result.events.length;
    this.count.textContent = `${num(first)}–${num(last)} of ${num(result.total)}`;
    this.info.textContent = `Page ${page} of ${pages}`;
    this.prev.disabled = page <= 1;
    this.next.disabled = page >= pages;
    this.table.dataset.total = String(result.total);
  }

  head(sort) {
    const descending = sort.startsWith('-');
    const active = sort.replace(/^-/, '');
    const cells = COLUMNS.map(column => {
      const th = el('th', {class: column.numeric ? 'num' : null, attrs: {scope: 'col'}});
      if (!column.sort) return replace(th, column.label);
      const on = column.sort === active;
      th.setAttribute('aria-sort', on ? (descending ? 'descending' : 'ascending') : 'none');
      const next = on ? (descending ? column.sort : '-' + column.sort)
        : (column.ascendingFirst ? column.sort : '-' + column.sort);
      const arrow = on ? (descending ? '▼' : '▲') : '↕';
      return replace(th, el('button', {class: ['sort', on ? 'active' : null], dataset: {sort: column.sort},
        attrs: {type: 'button', title: `Sort by ${column.label.toLowerCase()}`},
        on: {click: () => this.onSort(next)}},
      column.label, ' ', el('span', {class: 'arrow', text: arrow, attrs: {'aria-hidden': 'true'}})));
    });
    replace(this.table.tHead, el('tr', {}, ...cells));
  }
}

function row(event) {
  const tr = el('tr', {dataset: {id: event.id}});
  for (const column of COLUMNS) {
    tr.appendChild(el('td', {class: [column.numeric ? 'num' : null, 'c-' + column.key],
      attrs: {'data-label': column.label}}, column.cell(event)));
  }
  tr.addEventListener('click', click => {
    if (!click.target.closest('a')) location.hash = eventHash(event.id);
  });
  return tr;
}

function categoryCell(event) {
  const modes = (event.modes || []).join(', ');
  return el('span', {}, el('strong', {text: event.category}), modes ? el('span', {class: 'modes', text: ' ' + modes}) : null);
}

function headlineCell(event) {
  const text = event.headline || '(no sentence)';
  // the row's one stop in the tab order: its name starts with what it shows and says what the row holds
  const link = el('a', {class: 'headline', text: truncate(text, 160), on: {keydown: pressOnSpace},
    attrs: {href: eventHash(event.id), title: text, 'aria-label': `${truncate(text, 160)} (open event: ${describe(event)})`}});
  return event.highlight ? el('span', {}, link, matches(event.highlight)) : link;
}

// The text search's best passage, whose matches the server marks with [brackets], with the matches as <mark>.
function matches(passage) {
  const node = el('span', {class: 'matches'});
  passage.split(/\[([^\[\]]*)\]/).forEach((part, i) => {
    node.appendChild(i % 2 ? el('mark', {text: part}) : document.createTextNode(part));
  });
  return node;
}

function truncate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}
