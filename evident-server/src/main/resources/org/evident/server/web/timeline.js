// The timeline: a histogram of events per day (or per few days over long spans), drawn as SVG.
// Dragging across it picks a date range; a click picks one bar's days. The date fields do the same by keyboard.

import {svg, el} from './dom.js';

const DAY = 86400000;
const HEIGHT = 130;
const AXIS = 22;
const MAX_BARS = 200;
const MIN_DAYS = 15;

const toTime = day => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
const toDay = time => new Date(time).toISOString().slice(0, 10);

export class Timeline {
  constructor(container, onRange) {
    this.container = container;
    this.onRange = onRange;
    this.bins = [];
    let pending = null;
    window.addEventListener('resize', () => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (this.last && Math.abs(this.container.clientWidth - this.width) > 20) this.show(...this.last);
      }, 200);
    });
  }

  /** Draws `byDay` ([{day, count}]) with the range from..to (either may be null) marked. */
  show(byDay, from, to) {
    this.last = [byDay, from, to];
    this.width = Math.max(320, Math.round(this.container.clientWidth || 1000));
    this.container.replaceChildren();
    const days = byDay.filter(d => d.day).map(d => ({time: toTime(d.day), count: d.count}));
    if (!days.length) {
      this.container.appendChild(el('p', {class: 'empty', text: 'No dated events match the filters.'}));
      return;
    }
    this.layout(days, from, to);
    const svgNode = this.draw(from, to);
    this.container.appendChild(svgNode);
    this.listen(svgNode);
  }

  layout(days, from, to) {
    let start = Math.min(...days.map(d => d.time));
    let end = Math.max(...days.map(d => d.time));
    if (from) start = Math.min(start, toTime(from));
    if (to) end = Math.max(end, toTime(to));
    const span = Math.round((end - start) / DAY) + 1;
    if (span < MIN_DAYS) {
      start -= Math.floor((MIN_DAYS - span) / 2) * DAY;
      end = start + (MIN_DAYS - 1) * DAY;
      end = Math.max(end, Math.max(...days.map(d => d.time)));
    }
    const total = Math.round((end - start) / DAY) + 1;
    this.binDays = Math.ceil(total / MAX_BARS);
    const count = Math.ceil(total / this.binDays);
    this.start = start;
    this.bins = Array.from({length: count}, (_, i) => ({
      from: start + i * this.binDays * DAY,
      to: Math.min(end, start + ((i + 1) * this.binDays - 1) * DAY),
      count: 0,
    }));
    for (const d of days) this.bins[Math.floor(Math.round((d.time - start) / DAY) / this.binDays)].count += d.count;
    this.barWidth = this.width / count;
  }

  draw(from, to) {
    const max = Math.max(1, ...this.bins.map(b => b.count));
    const plot = HEIGHT - AXIS;
    const unit = this.binDays === 1 ? 'day' : `${this.binDays} days`;
    const node = svg('svg', {class: 'timeline-svg', attrs: {viewBox: `0 0 ${this.width} ${HEIGHT}`,
      role: 'group', 'aria-roledescription': 'timeline', 'aria-label': `Histogram of events per ${unit}, `
        + `${toDay(this.bins[0].from)} to ${toDay(this.bins[this.bins.length - 1].to)}; `
        + 'drag to choose a date range; by keyboard, arrows move, Shift+arrows stretch, Enter applies, Escape clears',
      tabindex: 0, focusable: 'true'}});
    this.selection = svg('rect', {class: 'brush', attrs: {y: 0, height: plot, x: 0, width: 0}});
    node.appendChild(svg('rect', {class: 'plot-bg', attrs: {x: 0, y: 0, width: this.width, height: plot}}));
    this.bins.forEach((bin, i) => {
      const h = bin.count ? Math.max(2, (bin.count / max) * (plot - 8)) : 0;
      const label = this.binDays === 1 ? toDay(bin.from) : `${toDay(bin.from)} – ${toDay(bin.to)}`;
      const inRange = (!from || bin.to >= toTime(from)) && (!to || bin.from <= toTime(to));
      node.appendChild(svg('rect', {class: ['bar', inRange ? 'in' : 'out'], attrs: {
        x: i * this.barWidth + this.barWidth * 0.1, width: Math.max(1, this.barWidth * 0.8),
        y: plot - h, height: h}, dataset: {day: toDay(bin.from), count: bin.count}},
      svg('title', {text: `${label}: ${bin.count} event${bin.count === 1 ? '' : 's'}`})));
    });
    node.appendChild(svg('line', {class: 'axis', attrs: {x1: 0, x2: this.width, y1: plot, y2: plot}}));
    for (const i of ticks(this.bins.length, Math.max(2, Math.floor(this.width / 130)))) {
      const x = i * this.barWidth + this.barWidth / 2;
      const anchor = i === 0 ? 'start' : i === this.bins.length - 1 ? 'end' : 'middle';
      node.appendChild(svg('text', {class: 'tick', text: toDay(this.bins[i].from),
        attrs: {x: anchor === 'start' ? 0 : anchor === 'end' ? this.width : x, y: HEIGHT - 6, 'text-anchor': anchor}}));
    }
    if (from || to) {
      const a = from ? this.indexOf(toTime(from)) : 0;
      const b = to ? this.indexOf(toTime(to)) : this.bins.length - 1;
      this.mark(a, b, 'chosen');
    }
    node.appendChild(this.selection);
    return node;
  }

  announce(a, b) {
    const lo = this.bins[Math.min(a, b)];
    const hi = this.bins[Math.max(a, b)];
    const count = this.bins.slice(Math.min(a, b), Math.max(a, b) + 1).reduce((sum, bin) => sum + bin.count, 0);
    const hint = document.getElementById('timeline-hint');
    if (hint) hint.textContent = `${toDay(lo.from)} – ${toDay(hi.to)}: ${count} event${count === 1 ? '' : 's'}; Enter applies`;
  }

  indexOf(time) {
    const i = Math.floor(Math.round((time - this.start) / DAY) / this.binDays);
    return Math.max(0, Math.min(this.bins.length - 1, i));
  }

  mark(a, b, state) {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    this.selection.setAttribute('x', lo * this.barWidth);
    this.selection.setAttribute('width', (hi - lo + 1) * this.barWidth);
    this.selection.setAttribute('class', 'brush ' + state);
  }

  binAt(svgNode, clientX) {
    const box = svgNode.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * this.width;
    return Math.max(0, Math.min(this.bins.length - 1, Math.floor(x / this.barWidth)));
  }

  listen(svgNode) {
    let anchor = null;
    svgNode.addEventListener('pointerdown', event => {
      anchor = this.binAt(svgNode, event.clientX);
      svgNode.setPointerCapture(event.pointerId);
      this.mark(anchor, anchor, 'dragging');
      event.preventDefault();
    });
    svgNode.addEventListener('pointermove', event => {
      if (anchor !== null) this.mark(anchor, this.binAt(svgNode, event.clientX), 'dragging');
    });
    svgNode.addEventListener('pointerup', event => {
      if (anchor === null) return;
      const other = this.binAt(svgNode, event.clientX);
      const lo = this.bins[Math.min(anchor, other)];
      const hi = this.bins[Math.max(anchor, other)];
      anchor = null;
      this.onRange(toDay(lo.from), toDay(hi.to));
    });
    svgNode.addEventListener('pointercancel', () => {
      anchor = null;
    });
    this.listenToKeys(svgNode);
  }

  // Keyboard brushing: arrows move over the bars, Shift+arrows stretch the range, Enter applies, Escape clears.
  listenToKeys(svgNode) {
    let start = null;
    let cursor = null;
    svgNode.addEventListener('focus', () => {
      cursor = start = cursor === null ? 0 : cursor;
      this.mark(start, cursor, 'dragging');
    });
    svgNode.addEventListener('keydown', event => {
      const last = this.bins.length - 1;
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        cursor = Math.max(0, Math.min(last, cursor + (event.key === 'ArrowLeft' ? -1 : 1)));
        if (!event.shiftKey) start = cursor;
        this.mark(start, cursor, 'dragging');
        this.announce(start, cursor);
      } else if (event.key === 'Enter') {
        this.onRange(toDay(this.bins[Math.min(start, cursor)].from), toDay(this.bins[Math.max(start, cursor)].to));
      } else if (event.key === 'Escape') {
        this.onRange(null, null);
      } else {
        return;
      }
      event.preventDefault();
    });
  }
}

function ticks(count, most) {
  const step = Math.max(1, Math.ceil(count / most));
  const result = [];
  for (let i = 0; i < count; i += step) result.push(i);
  if (count - 1 - result[result.length - 1] < step * 0.8 && result.length > 1) result.pop();
  if (count > 1) result.push(count - 1);
  return result;
}
