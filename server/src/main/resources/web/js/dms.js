// Direct messages with mesh nodes, from the account's own mesh identity, with delivery state.

import { get, post, seg } from './api.js';
import { h, replace, timeEl, toast, ago } from './dom.js';
import * as live from './live.js';
import { utf8Length } from './rftext.js';

const STATES = {
  pending: 'Waiting for airtime',
  sent: 'Sent, waiting for ACK',
  delivered: 'Delivered ✓',
  failed: 'Not delivered',
  received: '',
};

/** The direct-messages page: the conversation list, or one conversation. */
export class DmsPage {
  constructor(main) {
    this.main = main;
    this.nodeId = null;
    this.items = new Map();
    this.offs = [
      live.on('dm', (e) => this.liveDm(e)),
      live.on('delivery', (e) => this.liveDelivery(e)),
      live.on('resync', () => this.nodeId && this.showConversation(this.nodeId)),
    ];
  }

  leave() { this.left = true; this.offs.forEach((off) => off()); }

  async show(nodeId) {
    if (nodeId) return this.showConversation(nodeId);
    this.nodeId = null;
    const [list, nodes] = await Promise.all([get('/api/v1/dms'), get('/api/v1/nodes')]);
    if (this.left) return;
    this.maxBytes = list.max_text_bytes;
    const known = new Set(list.conversations.map((c) => c.node_id ?? c.nodeId));
    const others = nodes.nodes.filter((n) => !known.has(n.id) && (n.role === 'companion' || n.role === 'unknown'));
    replace(this.main, h('div', { class: 'page dmlist' },
      h('h1', {}, 'Direct messages'),
      h('section', { class: 'card', 'aria-labelledby': 'dm-conv' }, h('h2', { id: 'dm-conv' }, 'Conversations'),
        list.conversations.length === 0 ? h('p', { class: 'empty' }, 'No conversations yet.')
          : h('ul', {}, list.conversations.map((c) => this.conversationItem(c)))),
      h('section', { class: 'card', 'aria-labelledby': 'dm-new' }, h('h2', { id: 'dm-new' }, 'Start one with a node'),
        others.length === 0 ? h('p', { class: 'empty' }, 'No other chat nodes heard yet.')
          : h('ul', {}, others.map((n) => h('li', {}, h('a', { href: `#/dms/${n.id}`, 'data-node': n.id },
            h('span', {}, h('strong', {}, n.name || n.id.slice(0, 8)), ' ', h('span', { class: 'kind' }, n.role ?? '')),
            h('span', { class: 'preview' }, `heard ${ago(n.last_heard)}`))))))));
  }

  conversationItem(c) {
    const id = c.node_id ?? c.nodeId;
    return h('li', {}, h('a', { href: `#/dms/${id}`, 'data-node': id },
      h('span', {}, h('strong', {}, c.name || id.slice(0, 8)), c.unread > 0 ? h('span', { class: 'badge' }, c.unread) : null),
      h('span', { class: 'preview' }, c.last ? c.last.text : '')));
  }

  async showConversation(nodeId) {
    this.nodeId = nodeId;
    this.items.clear();
    const [page, list, nodes] = await Promise.all([
      get(`/api/v1/dms/${seg(nodeId)}?limit=100`), get('/api/v1/dms'), get('/api/v1/nodes')]);
    if (this.left) return;
    this.maxBytes = list.max_text_bytes;
    const node = nodes.nodes.find((n) => n.id === nodeId);
    const name = node?.name || nodeId.slice(0, 8);
    this.history = h('ol', { class: 'history', id: 'dm-history', role: 'log', 'aria-live': 'polite', 'aria-label': `Messages with ${name}` });
    page.messages.slice().reverse().forEach((m) => this.add(m));
    if (page.messages.length === 0) this.history.append(h('li', { class: 'empty', id: 'no-dms' }, 'No messages yet.'));
    replace(this.main, h('section', { class: 'conversation', 'aria-labelledby': 'dm-title' },
      h('div', { class: 'conv-head' }, h('a', { href: '#/dms' }, '← All'), h('h1', { id: 'dm-title' }, name),
        h('span', { class: 'meta mono' }, nodeId.slice(0, 16) + '…'),
        node ? h('span', { class: 'meta' }, `heard ${ago(node.last_heard)}`) : null),
      this.history, this.composeBox(nodeId, name)));
    this.history.scrollTop = this.history.scrollHeight;
  }

  add(m) {
    const existing = this.items.get(m.id);
    const el = h('li', { class: `post ${m.direction === 'out' ? 'mine' : 'rf'}`, 'data-id': m.id },
      h('div', { class: 'byline' }, timeEl(m.time)),
      h('div', { class: 'text' }, m.text),
      m.direction === 'out' ? h('div', { class: `state ${m.state}`, 'data-state': m.state },
        STATES[m.state] ?? m.state, m.attempts > 1 ? ` (${m.attempts} tries)` : '') : null);
    if (existing) existing.replaceWith(el); else this.history.append(el);
    this.items.set(m.id, el);
  }

  liveDm(e) {
    if (e.node_id !== this.nodeId || !this.history) return;
    document.getElementById('no-dms')?.remove();
    this.add(e.message);
    this.history.scrollTop = this.history.scrollHeight;
  }

  liveDelivery(e) {
    if (e.node_id !== this.nodeId || !this.items.has(e.id)) return;
    const el = this.items.get(e.id).querySelector('.state');
    if (el) {
      el.className = `state ${e.state}`;
      el.dataset.state = e.state;
      el.textContent = (STATES[e.state] ?? e.state) + (e.attempts > 1 ? ` (${e.attempts} tries)` : '');
    }
  }

  composeBox(nodeId, name) {
    const text = h('textarea', { id: 'dm-text', rows: 2, 'aria-describedby': 'dm-info', placeholder: `Message ${name}` });
    const info = h('p', { class: 'rfinfo', id: 'dm-info', 'aria-live': 'polite' });
    const send = h('button', { type: 'submit', class: 'primary', id: 'dm-send' }, 'Send');
    const update = () => {
      const left = this.maxBytes - utf8Length(text.value);
      info.textContent = left >= 0 ? `${left} bytes left (one RF message).` : `${-left} bytes too long for one RF message.`;
      info.classList.toggle('too-long', left < 0);
      send.disabled = text.value.trim() === '' || left < 0;
    };
    const form = h('form', { 'aria-label': `Message to ${name}` },
      h('label', { for: 'dm-text', class: 'visually-hidden' }, `Message to ${name}`), text, send);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const value = text.value.trim();
      if (!value) return;
      send.disabled = true;
      try {
        const sent = await post(`/api/v1/dms/${seg(nodeId)}`, { text: value });
        text.value = '';
        document.getElementById('no-dms')?.remove();
        this.add(sent);
        this.history.scrollTop = this.history.scrollHeight;
      } catch (err) {
        toast(`Not sent: ${err.message}`);
      } finally {
        update();
        text.focus();
      }
    });
    text.addEventListener('input', update);
    text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
    });
    update();
    return h('div', { class: 'compose' }, form, info);
  }
}
