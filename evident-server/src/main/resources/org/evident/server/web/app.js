// Entry point: routes the URL's hash to the event list or one event's page.

import * as api from './api.js';
import {el, replace} from './dom.js';
import {route, listHash, filtersOf, PAGE_SIZE} from './state.js';
import {FilterBar} from './filters.js';
import {EventMap} from './map.js';
import {Timeline} from './timeline.js';
import {EventTable} from './table.js';
import {renderEvent} from './event.js';
import {renderLegend} from './legend.js';
import {Facets} from './facets.js';
import {LiveFeed} from './live.js';

const listView = document.getElementById('list-view');
const eventView = document.getElementById('event-view');
const listError = document.getElementById('list-error');

let lastListHash = '#/';
let shownFilters = null;
let map = null;

const filterBar = new FilterBar(document.getElementById('filters'), params => navigate(params));
const timeline = new Timeline(document.getElementById('timeline'), (from, to) => {
  const params = route().params;
  navigate({...params, from, to, page: null});
});
const table = new EventTable(document.getElementById('events-table'), {
  onSort: sort => navigate({...route().params, sort, page: null}),
  onPage: page => navigate({...route().params, page: page > 1 ? String(page) : null}),
});

const facets = new Facets(document.getElementById('facets'), (key, value) => {
  navigate({...route().params, [key]: value, page: null});
});

document.getElementById('timeline-clear').addEventListener('click', () => {
  navigate({...route().params, from: null, to: null, page: null});
});

/** Shows the list view with `params` by changing the hash (which renders it). */
function navigate(params) {
  const hash = listHash(params);
  if (hash === location.hash || (hash === '#/' && !location.hash)) {
    render();
  } else {
    location.hash = hash;
  }
}

let viewTitle = document.title;
let liveFeed = null;

/** The page title: the view's, after the number of unread alert firings when there are any. */
function showTitle(title = viewTitle) {
  viewTitle = title;
  const unread = liveFeed ? liveFeed.unreadTotal() : 0;
  document.title = (unread > 0 ? `(${unread}) ` : '') + title;
}

async function render() {
  const current = route();
  if (current.view === 'event') {
    listView.hidden = true;
    eventView.hidden = false;
    showTitle('Evident — event ' + current.id);
    try {
      await renderEvent(eventView, current.id, lastListHash);
    } catch (e) {
      replace(eventView, el('p', {class: 'error', attrs: {role: 'alert'}, text: 'Could not show the event: ' + e.message}));
    }
    eventView.querySelector('h1')?.focus();
    return;
  }
  lastListHash = location.hash || '#/';
  eventView.hidden = true;
  eventView.replaceChildren();
  listView.hidden = false;
  if (map) map.map.invalidateSize(); // the map may have been resized while hidden
  showTitle('Evident — events');
  await renderList(current.params);
}

async function renderList(params) {
  filterBar.show(params);
  listError.hidden = true;
  const filters = filtersOf(params);
  const key = JSON.stringify(filters);
  const jobs = [showTable(filters, params)];
  if (key !== shownFilters) {
    shownFilters = key;
    jobs.push(showTimeline(filters), showMap(filters), showFacets(filters));
  }
  const failures = (await Promise.allSettled(jobs)).filter(r => r.status === 'rejected');
  if (failures.length) {
    shownFilters = null;
    listError.hidden = false;
    replace(listError, 'Could not load events: ' + failures[0].reason.message);
  }
}

async function showTable(filters, params) {
  const page = Math.max(1, parseInt(params.page || '1', 10) || 1);
  const sort = params.sort || '-date';
  const result = await api.get('events', {...filters, sort, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE});
  table.show(result, sort, page);
}

async function showTimeline(filters) {
  const {from, to, ...rest} = filters;
  const stats = await api.get('stats', rest);
  timeline.show(stats.by_day || [], from || null, to || null);
  document.getElementById('timeline-clear').hidden = !(from || to);
}

async function showFacets(filters) {
  facets.show(await api.get('stats', filters), filters);
}

async function showMap(filters) {
  if (!map) {
    map = new EventMap(document.getElementById('map'), document.getElementById('map-note'));
    renderLegend(document.getElementById('legend'));
  }
  const result = await api.get('events', {...filters, sort: '-dead', limit: 500});
  map.show(result);
}

async function showTotals() {
  try {
    const health = await api.get('health');
    replace(document.getElementById('totals'),
      `${Number(health.events).toLocaleString('en')} events from ${Number(health.articles).toLocaleString('en')} articles`);
  } catch (e) {
    replace(document.getElementById('totals'), 'server unreachable');
  }
}

/** After a firing: the totals, and the list if it is shown, again (at most every 2 seconds). */
let refreshTimer = null;
function refreshSoon() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    showTotals();
    if (route().view === 'list') {
      shownFilters = null; // new events change the map, timeline and counts too
      render();
    }
  }, 2000);
}

async function start() {
  await filterBar.loadOptions().catch(() => {});
  showTotals();
  const live = document.getElementById('live');
  LiveFeed.waiting(live);
  liveFeed = new LiveFeed({list: live, note: document.getElementById('live-note'),
    unreadList: document.getElementById('live-unread'), onFiring: refreshSoon, onUnread: () => showTitle()});
  liveFeed.start();
  window.addEventListener('hashchange', render);
  await render();
  document.body.classList.add('ready');
}

start();
