// The view's state lives in the URL's hash so that a view can be bookmarked and shared:
//   #/?q=…&category=…&status=…&country=…&from=…&to=…&sort=…&page=…   the event list
//   #/event/12                                                       one event

export const FILTER_KEYS = ['q', 'category', 'status', 'country', 'from', 'to'];
const LIST_KEYS = [...FILTER_KEYS, 'sort', 'page'];
export const PAGE_SIZE = 25;

/** The route the hash names: {view: 'list', params} or {view: 'event', id}. */
export function route(hash = location.hash) {
  const path = hash.replace(/^#/, '');
  const match = /^\/event\/([^/?#]+)/.exec(path);
  if (match) return {view: 'event', id: decodeURIComponent(match[1])};
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
  const search = new URLSearchParams(query);
  const params = {};
  for (const key of LIST_KEYS) {
    const value = search.get(key);
    if (value) params[key] = value;
  }
  return {view: 'list', params};
}

/** The hash of the list view with `params`. */
export function listHash(params) {
  const search = new URLSearchParams();
  for (const key of LIST_KEYS) {
    if (params[key]) search.set(key, params[key]);
  }
  const query = search.toString();
  return '#/' + (query ? '?' + query : '');
}

/** The hash of one event's page. */
export function eventHash(id) {
  return '#/event/' + encodeURIComponent(id);
}

/** Only the filter parameters of `params` (what the API's filters take). */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) if (params[key]) filters[key] = params[key];
  return filters;
}
