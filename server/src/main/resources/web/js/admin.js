// The admin page: radio link state, airtime used against the budget, gateways, users.

import { get } from './api.js';
import { h, replace } from './dom.js';

export class AdminPage {
  constructor(main) {
    this.main = main;
    this.timer = setInterval(() => this.show().catch(() => {}), 10000);
  }

  leave() { this.left = true; clearInterval(this.timer); }

  async show() {
    const s = await get('/api/v1/admin/status');
    if (this.left) return;
    replace(this.main, h('div', { class: 'page' },
      h('h1', {}, 'Admin'),
      h('section', { class: 'card', 'aria-labelledby': 'adm-radio' }, h('h2', { id: 'adm-radio' }, 'Radio link'),
        h('dl', { class: 'facts', id: 'radio-facts' },
          h('dt', {}, 'State'), h('dd', { class: `state-${s.radio.state}` }, s.radio.state),
          s.radio.type ? [h('dt', {}, 'Type'), h('dd', {}, s.radio.type)] : null,
          s.radio.id ? [h('dt', {}, 'Link'), h('dd', {}, s.radio.id)] : null,
          s.radio.detail ? [h('dt', {}, 'Detail'), h('dd', {}, s.radio.detail)] : null)),
      h('section', { class: 'card', 'aria-labelledby': 'adm-air' }, h('h2', { id: 'adm-air' }, 'Airtime'),
        s.airtime ? airtime(s.airtime) : h('p', { class: 'empty' }, 'No radio, so no airtime budget.')),
      h('section', { class: 'card', 'aria-labelledby': 'adm-gw' }, h('h2', { id: 'adm-gw' }, 'Gateways'),
        s.gateways.length === 0 ? h('p', { class: 'empty' }, 'No remote radio gateways configured.')
          : table(['Gateway', 'State', 'Detail'], s.gateways.map((g) => [g.id, h('span', { class: `state-${g.state}` }, g.state), g.detail ?? '']))),
      h('section', { class: 'card', 'aria-labelledby': 'adm-users' }, h('h2', { id: 'adm-users' }, `Users (${s.users.length})`),
        s.users.length === 0 ? h('p', { class: 'empty' }, 'No accounts.')
          : table(['Account', 'Role'], s.users.map((u) => [u.name, u.role])))));
  }
}

function airtime(a) {
  const pct = a.budget_s > 0 ? Math.min(100, (100 * a.used_s) / a.budget_s) : 0;
  const bar = h('span', {});
  bar.style.width = `${pct.toFixed(1)}%`;
  return [
    h('p', {}, `${a.used_s.toFixed(1)} s used of ${a.budget_s.toFixed(1)} s allowed in the last ${formatWindow(a.window_s)}`),
    h('div', { class: `meter${pct > 80 ? ' high' : ''}`, role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': pct.toFixed(0), 'aria-label': 'Airtime used of budget' }, bar),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Internet share'), h('dd', {}, `${a.internet_used_s.toFixed(1)} s of ${a.internet_budget_s.toFixed(1)} s`),
      h('dt', {}, 'Queued'), h('dd', {}, a.queued),
      h('dt', {}, 'Transmitted'), h('dd', {}, a.transmitted),
      h('dt', {}, 'Dropped'), h('dd', {}, a.dropped)),
  ];
}

function formatWindow(seconds) {
  return seconds >= 3600 ? `${(seconds / 3600).toFixed(seconds % 3600 ? 1 : 0)} h` : `${Math.round(seconds / 60)} min`;
}

function table(headers, rows) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
}
