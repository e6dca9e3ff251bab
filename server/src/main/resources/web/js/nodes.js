// The nodes page: every node heard, and a plot of those that advertise a position. The plot
// is drawn locally (no map tiles), so it works on a mesh with no internet.

import { get } from './api.js';
import { h, svg, replace, ago } from './dom.js';
import * as live from './live.js';

const fmt = (value, unit, digits = 0) => (value === null || value === undefined ? '—' : `${Number(value).toFixed(digits)}${unit}`);

export class NodesPage {
  constructor(main) {
    this.main = main;
    this.nodes = [];
    this.offs = [live.on('node', (e) => this.liveNode(e)), live.on('resync', () => this.show())];
    this.timer = setInterval(() => this.render(), 30000);
  }

  leave() {
    this.left = true;
    this.offs.forEach((off) => off());
    clearInterval(this.timer);
  }

  async show() {
    const nodes = (await get('/api/v1/nodes')).nodes;
    if (this.left) return;
    this.nodes = nodes;
    this.render();
  }

  liveNode(e) {
    const node = e.node;
    const i = this.nodes.findIndex((n) => n.id === node.id);
    if (i >= 0) this.nodes[i] = node; else this.nodes.push(node);
    this.nodes.sort((a, b) => Date.parse(b.last_heard ?? 0) - Date.parse(a.last_heard ?? 0));
    this.render();
  }

  render() {
    if (this.left) return;
    const placed = this.nodes.filter((n) => n.position);
    replace(this.main, h('div', { class: 'page' },
      h('h1', {}, 'Nodes'),
      h('section', { class: 'card', 'aria-labelledby': 'nodes-heard' },
        h('h2', { id: 'nodes-heard' }, `Heard on the mesh (${this.nodes.length})`),
        this.nodes.length === 0 ? h('p', { class: 'empty' }, 'No nodes heard yet.') : this.table()),
      h('section', { class: 'card', 'aria-labelledby': 'nodes-map' },
        h('h2', { id: 'nodes-map' }, 'Positions'),
        placed.length === 0 ? h('p', { class: 'empty' }, 'No node has advertised a position.') : plot(placed))));
  }

  table() {
    const now = Date.now();
    return h('div', { class: 'table-wrap' }, h('table', { class: 'cards', id: 'nodes-table' },
      h('caption', { class: 'visually-hidden' }, 'Nodes heard, most recent first'),
      h('thead', {}, h('tr', {}, ['Name', 'Role', 'Last heard', 'Hops', 'SNR', 'RSSI', 'Battery', 'State']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, this.nodes.map((n) => h('tr', { 'data-node': n.id },
        h('td', { class: 'name', 'data-label': 'Name' }, n.name || h('span', { class: 'mono' }, n.id.slice(0, 12))),
        h('td', { 'data-label': 'Role' }, n.role ?? '—'),
        h('td', { 'data-label': 'Last heard' }, n.last_heard
          ? h('time', { datetime: n.last_heard, title: new Date(n.last_heard).toLocaleString() }, ago(n.last_heard, now)) : 'never'),
        h('td', { class: 'num', 'data-label': 'Hops' }, n.hops ?? '—'),
        h('td', { class: 'num', 'data-label': 'SNR' }, fmt(n.snr, ' dB', 1)),
        h('td', { class: 'num', 'data-label': 'RSSI' }, fmt(n.rssi, ' dBm')),
        h('td', { class: 'num', 'data-label': 'Battery' }, n.battery_mv ? fmt(n.battery_mv / 1000, ' V', 2) : '—'),
        h('td', { 'data-label': 'State', class: `state-${n.liveness ?? 'unknown'}` }, n.liveness ?? '—'))))));
  }
}

/** An SVG plot of positions: equirectangular, fitted to the nodes, with a km scale. */
function plot(nodes) {
  const W = 600;
  const H = 340;
  const pad = 40;
  const lats = nodes.map((n) => n.position.lat);
  const lons = nodes.map((n) => n.position.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * kx, 0.01);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 0.01);
  const scale = Math.min((W - 2 * pad) / spanX, (H - 2 * pad) / spanY);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = midLat;
  const x = (lon) => W / 2 + (lon - cx) * kx * scale;
  const y = (lat) => H / 2 - (lat - cy) * scale;
  const km = niceKm((W - 2 * pad) / scale / 3 * 111.32);
  const barPx = (km / 111.32) * scale;
  return svg('svg', { class: 'map', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `Positions of ${nodes.length} node${nodes.length === 1 ? '' : 's'}` },
    [1, 2, 3].map((i) => svg('line', { class: 'grid', x1: (W * i) / 4, y1: 0, x2: (W * i) / 4, y2: H })),
    [1, 2].map((i) => svg('line', { class: 'grid', x1: 0, y1: (H * i) / 3, x2: W, y2: (H * i) / 3 })),
    nodes.map((n) => svg('g', {},
      svg('title', {}, `${n.name || n.id.slice(0, 8)} (${n.position.lat.toFixed(4)}, ${n.position.lon.toFixed(4)})`),
      svg('circle', { class: 'dot', cx: x(n.position.lon).toFixed(1), cy: y(n.position.lat).toFixed(1), r: 6 }),
      svg('text', { class: 'label', x: (x(n.position.lon) + 9).toFixed(1), y: (y(n.position.lat) + 4).toFixed(1) },
        n.name || n.id.slice(0, 8)))),
    svg('line', { class: 'grid', x1: 12, y1: H - 14, x2: 12 + barPx, y2: H - 14, 'stroke-width': 3 }),
    svg('text', { class: 'label', x: 12, y: H - 20 }, `${km} km`));
}

function niceKm(km) {
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
  return steps.reduce((best, s) => (s <= km ? s : best), steps[0]);
}
