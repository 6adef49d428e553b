// The filter bar: text, category, status, country and date range; each change updates the URL.

import * as api from './api.js';
import {el} from './dom.js';
import {STATUSES} from './status.js';
import {FILTER_KEYS} from './state.js';

// PLOVER's categories and Evident's extensions, offered even when no event of that kind is stored yet.
const CATEGORIES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'X-STATEMENT', 'X-MOVE',
  'X-DISASTER'];

export class FilterBar {
  constructor(form, onChange) {
    this.form = form;
    this.onChange = onChange;
    this.params = {};
    form.addEventListener('submit', event => {
      event.preventDefault();
      this.apply();
    });
    for (const select of form.querySelectorAll('select, input[type=date]')) {
      select.addEventListener('change', () => this.apply());
    }
    form.querySelector('#f-clear').addEventListener('click', () => {
      this.onChange({sort: this.params.sort});
    });
  }

  /** Fills the category, status and country lists, with counts over the whole store. */
  async loadOptions() {
    this.fill('status', STATUSES.map(s => ({value: s.key, label: s.key.toLowerCase()})));
    let stats = {by_category: [], by_country: [], by_status: []};
    try {
      stats = await api.get('stats');
    } finally {
      const counts = new Map((stats.by_category || []).map(c => [c.key, c.count]));
      const categories = [...new Set([...CATEGORIES, ...counts.keys()])];
      this.fill('category', categories.map(c => ({value: c, label: label(c, counts.get(c))})));
      const statusCounts = new Map((stats.by_status || []).map(c => [c.key, c.count]));
      this.fill('status', STATUSES.map(s => ({value: s.key, label: label(s.key.toLowerCase(), statusCounts.get(s.key))})));
      const countries = [...(stats.by_country || [])].sort((a, b) => (a.name || a.key).localeCompare(b.name || b.key));
      this.fill('country', countries.map(c => ({value: c.key, label: label(c.name || c.key, c.count)})));
    }
  }

  fill(name, options) {
    const select = this.form.elements[name];
    const current = select.value;
    select.replaceChildren(el('option', {text: 'Any', attrs: {value: ''}}),
      ...options.map(o => el('option', {text: o.label, attrs: {value: o.value}})));
    select.value = current;
  }

  /** Shows `params` in the form (from the URL). */
  show(params) {
    this.params = params;
    for (const key of FILTER_KEYS) {
      const field = this.form.elements[key];
      if (!field) continue;
      const value = params[key] || '';
      if (field.tagName === 'SELECT' && value && ![...field.options].some(o => o.value === value)) {
        field.appendChild(el('option', {text: value, attrs: {value}}));
      }
      field.value = value;
    }
  }

  apply() {
    const params = {sort: this.params.sort};
    for (const key of FILTER_KEYS) {
      const value = this.form.elements[key].value.trim();
      if (value) params[key] = value;
    }
    this.onChange(params);
  }
}

function label(name, count) {
  return count ? `${name} (${count})` : name;
}
