// The live panel: alerts as they fire, over server-sent events (GET /api/alerts/stream). EventSource reconnects by
// itself and sends the id of the last firing it saw, so what fires during a short outage still arrives. The page
// remembers (in this browser) the last firing it received and how many of each saved search's firings are unread,
// so a page opened again catches up on what fired while it was closed and counts it as unread.

import {el, replace} from './dom.js';
import {eventHash} from './state.js';

/** The most firings the panel keeps; older ones drop off the end. */
const SHOWN = 20;
/** Where the browser keeps the last firing received and the unread counts. */
const STORAGE_KEY = 'evident.live';

export class LiveFeed {
  /**
   * `list`: the <ol> the firings go in, newest first; `note`: the line that says whether the stream is followed;
   * `unreadList`: the <ul> of saved searches with their unread counts; `onFiring`: called after each firing is shown
   * (the page refreshes its counts and lists); `onUnread`: called when an unread count changes (the page shows the
   * total in its title, so a background tab shows it too).
   */
  constructor({list, note, unreadList, onFiring, onUnread}) {
    this.list = list;
    this.note = note;
    this.unreadList = unreadList;
    this.onFiring = onFiring;
    this.onUnread = onUnread;
    this.remembered = Remembered.load();
    this.lastId = this.remembered.lastId;
  }

  /**
   * Follows the stream while the page is shown. A hidden tab lets go of its connection, since a browser opens only
   * a few at once to one server and every open tab would hold one; shown again, it asks for what it missed.
   */
  start() {
    if (typeof EventSource === 'undefined') {
      this.note.textContent = 'This browser cannot follow alerts live.';
      return;
    }
    this.showUnread();
    this.connect();
    document.addEventListener('visibilitychange', () => (document.hidden ? this.disconnect() : this.connect()));
    window.addEventListener('pagehide', () => this.disconnect());
    window.addEventListener('pageshow', () => {
      if (!document.hidden) this.connect();
    });
  }

  connect() {
    if (this.source) return;
    const url = 'api/alerts/stream' + (this.lastId ? '?after=' + encodeURIComponent(this.lastId) : '');
    const source = new EventSource(url);
    this.source = source;
    source.addEventListener('open', () => {
      this.note.textContent = 'Following the alerts live: a firing shows here as it happens.';
    });
    source.addEventListener('error', () => {
      this.note.textContent = 'The live stream was interrupted; reconnecting…';
    });
    source.addEventListener('firing', message => {
      let firing;
      try {
        firing = JSON.parse(message.data);
      } catch (e) {
        return; // not a firing this page can read; the next one may be
      }
      this.lastId = message.lastEventId || this.lastId;
      this.remembered.received(this.lastId, firing.alert);
      this.show(firing);
      this.showUnread();
      this.onFiring(firing);
    });
  }

  disconnect() {
    if (!this.source) return;
    this.source.close();
    this.source = null;
    this.note.textContent = 'Paused while the page is hidden; it catches up when shown again.';
  }

  show(firing) {
    this.list.querySelector('.empty')?.remove();
    const event = firing.event || {};
    const what = [event.category, placeOf(event.place)].filter(Boolean).join(' · ');
    const item = el('li', {class: 'firing'},
      el('time', {text: (firing.fired_at || '').slice(11, 19), attrs: {datetime: firing.fired_at}}),
      ' ',
      el('strong', {class: 'alert-name', text: firing.alert}),
      ' ',
      el('a', {attrs: {href: eventHash(firing.event_id)}, text: `event ${firing.event_id}${what ? ' (' + what + ')' : ''}`}),
      ': ',
      el('span', {class: 'change', text: firing.change}));
    this.list.prepend(item);
    while (this.list.children.length > SHOWN) this.list.lastElementChild.remove();
  }

  /** One button per saved search that has fired, with its unread count; pressing it marks that search's firings read. */
  showUnread() {
    const unread = this.remembered.unread;
    const names = Object.keys(unread).sort();
    replace(this.unreadList, names.map(name => el('li', {},
      el('button', {
        class: ['unread', unread[name] > 0 ? 'has-unread' : null],
        attrs: {type: 'button', 'data-alert': name, title: 'Mark the firings of ' + name + ' read'},
        on: {click: () => this.markRead(name)}},
        name, ' ', el('span', {class: 'count', text: unread[name]})))));
    this.onUnread();
  }

  /** Unread firings over all saved searches. */
  unreadTotal() {
    return Object.values(this.remembered.unread).reduce((sum, count) => sum + count, 0);
  }

  markRead(name) {
    this.remembered.markRead(name);
    this.showUnread();
  }

  /** The line shown before anything fires. */
  static waiting(list) {
    replace(list, el('li', {class: 'empty', text: 'Nothing has fired since this page opened. Alerts are saved searches: '
      + 'evident alert add --name NAME [filters] --jsonl FILE.'}));
  }
}

/**
 * What this browser remembers of the stream between visits. Storage may be off or full (private windows): then the
 * counts live as long as the page.
 */
class Remembered {
  constructor(lastId, unread) {
    this.lastId = lastId;
    this.unread = unread;
  }

  static load() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}');
      const lastId = /^\d{1,18}$/.test(saved.lastId || '') ? saved.lastId : null;
      const unread = {};
      for (const [name, count] of Object.entries(saved.unread || {})) {
        if (Number.isInteger(count) && count >= 0) unread[name] = count;
      }
      return new Remembered(lastId, unread);
    } catch (e) {
      return new Remembered(null, {});
    }
  }

  received(id, alert) {
    this.lastId = id;
    if (alert) this.unread[alert] = (this.unread[alert] || 0) + 1;
    this.save();
  }

  markRead(alert) {
    this.unread[alert] = 0;
    this.save();
  }

  save() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({lastId: this.lastId, unread: this.unread}));
    } catch (e) {
      // not kept past this page; the counts still work while it is open
    }
  }
}

/** "Kirkuk, Iraq" from a stored event's place (the record contract's location), or null. */
function placeOf(place) {
  if (!place) return null;
  const name = place.resolved_place || place.extracted_place;
  if (name && place.country && place.country !== name) return `${name}, ${place.country}`;
  return name || place.country || null;
}
