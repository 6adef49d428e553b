// The live panel: alerts as they fire, over server-sent events (GET /api/alerts/stream). EventSource reconnects by
// itself and sends the id of the last firing it saw, so what fires during a short outage still arrives.

import {el, replace} from './dom.js';
import {eventHash} from './state.js';

/** The most firings the panel keeps; older ones drop off the end. */
const SHOWN = 20;

export class LiveFeed {
  /**
   * `list`: the <ol> the firings go in, newest first; `note`: the line that says whether the stream is followed;
   * `onFiring`: called after each firing is shown (the page refreshes its counts and lists).
   */
  constructor(list, note, onFiring) {
    this.list = list;
    this.note = note;
    this.onFiring = onFiring;
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
      this.show(firing);
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

  /** The line shown before anything fires. */
  static waiting(list) {
    replace(list, el('li', {class: 'empty', text: 'Nothing has fired since this page opened. Alerts are saved searches: '
      + 'evident alert add --name NAME [filters] --jsonl FILE.'}));
  }
}

/** "Kirkuk, Iraq" from a stored event's place (the record contract's location), or null. */
function placeOf(place) {
  if (!place) return null;
  const name = place.resolved_place || place.extracted_place;
  if (name && place.country && place.country !== name) return `${name}, ${place.country}`;
  return name || place.country || null;
}
