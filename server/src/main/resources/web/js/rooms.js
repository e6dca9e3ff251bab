// Rooms and channels: the list with unread counts, a room's history with paging, live posts,
// and the compose box with the RF size limit.

import { get, post, seg, ApiError } from './api.js';
import { h, replace, timeEl, toast } from './dom.js';
import * as live from './live.js';
import { budget } from './rftext.js';

const PAGE = 50;

/** The rooms page; lives until leave() is called. */
export class RoomsPage {
  constructor(main, session) {
    this.main = main;
    this.me = session.account;
    this.rooms = [];
    this.current = null;
    this.posts = new Map(); // id -> element, current room only
    this.deliveries = new Map(); // ts -> Set of RF members who ACKed every part
    this.offs = [
      live.on('post', (e) => this.livePost(e)),
      live.on('delivery', (e) => this.liveDelivery(e)),
      live.on('resync', () => this.resync()),
    ];
  }

  leave() {
    this.left = true;
    this.offs.forEach((off) => off());
    clearTimeout(this.readTimer);
  }

  async show(roomName) {
    this.rooms = (await get('/api/v1/rooms')).rooms;
    if (this.left) return;
    if (this.rooms.length === 0) {
      replace(this.main, h('div', { class: 'page' }, h('h1', {}, 'Rooms'),
        h('p', { class: 'empty' }, 'There are no rooms you can read yet. Ask an administrator.')));
      return;
    }
    this.list = h('ul', { id: 'room-list' });
    const phone = window.matchMedia('(max-width: 759px)').matches;
    if (phone && !roomName) {
      // On a phone the room list is a page of its own, as in a chat app; a tap opens the room.
      replace(this.main, h('div', { class: 'chat list-only' },
        h('nav', { class: 'roomlist', 'aria-label': 'Rooms and channels' }, h('h1', { class: 'list-title' }, 'Rooms'), this.list)));
      this.current = null;
      this.renderList();
      return;
    }
    const room = this.rooms.find((r) => r.name === roomName) ?? this.rooms[0];
    this.conversation = h('section', { class: 'conversation', 'aria-labelledby': 'room-title' });
    replace(this.main, h('div', { class: `chat${phone ? ' room-only' : ''}` },
      h('nav', { class: 'roomlist', 'aria-label': 'Rooms and channels' }, h('h2', {}, 'Rooms'), this.list),
      this.conversation));
    await this.open(room);
  }

  renderList() {
    replace(this.list, this.rooms.map((r) => {
      const current = this.current && r.name === this.current.name;
      const unread = r.unread > 999 ? '999+' : String(r.unread);
      return h('li', {},
        h('a', { href: `#/rooms/${seg(r.name)}`, 'aria-current': current ? 'page' : false, 'data-room': r.name },
          h('span', {}, h('span', { class: 'room-name' }, r.kind === 'channel' ? `#${r.name}` : r.name), ' ',
            h('span', { class: 'kind' }, r.kind)),
          r.unread > 0 && !current
            ? h('span', { class: 'badge', 'data-unread': r.unread }, h('span', { class: 'visually-hidden' }, 'unread: '), unread)
            : null));
    }));
  }

  async open(room) {
    this.current = room;
    this.posts.clear();
    this.deliveries.clear();
    this.oldest = null;
    this.newest = 0;
    this.renderList();
    this.history = h('ol', { class: 'history', id: 'history', role: 'log', 'aria-live': 'polite',
      'aria-relevant': 'additions', 'aria-label': `Posts in ${room.name}` });
    this.older = h('button', { type: 'button', class: 'secondary older', hidden: true, onclick: () => this.loadOlder() },
      'Show older posts');
    const note = room.kind === 'channel'
      ? (room.on_air ? 'Channel: your posts are sent on air' : 'Channel: your posts are stored here, not sent on air')
      : 'Room server: RF members get your posts when they sync';
    replace(this.conversation,
      h('div', { class: 'conv-head' }, h('a', { href: '#/rooms', class: 'back', 'aria-label': 'All rooms' }, '←'),
        h('h1', { id: 'room-title' }, room.kind === 'channel' ? `#${room.name}` : room.name),
        h('span', { class: 'meta' }, note)),
      this.history,
      room.can_post ? this.composeBox(room) : h('p', { class: 'compose empty' }, 'You can read this room but not post to it.'));
    this.history.before(this.older);
    const page = await get(`/api/v1/rooms/${seg(room.name)}/posts?limit=${PAGE}`);
    if (this.left) return;
    this.addPage(page);
    this.scrollToEnd();
    this.markRead();
  }

  addPage(page) {
    // Pages come newest first; the history shows oldest at the top.
    const items = page.posts.filter((p) => !this.posts.has(p.id)).reverse();
    const first = this.history.firstChild;
    for (const p of items) {
      const el = this.postEl(p);
      this.posts.set(p.id, el);
      this.history.insertBefore(el, first);
      this.newest = Math.max(this.newest, p.ts);
    }
    if (page.posts.length > 0) this.oldest = page.posts[page.posts.length - 1].ts;
    this.older.hidden = page.next_before === null || page.next_before === undefined;
    this.nextBefore = page.next_before;
    if (this.history.children.length === 0) {
      this.history.append(h('li', { class: 'empty', id: 'no-posts' }, 'No posts yet. Say hello!'));
    }
  }

  async loadOlder() {
    const height = this.history.scrollHeight;
    const page = await get(`/api/v1/rooms/${seg(this.current.name)}/posts?before=${this.nextBefore}&limit=${PAGE}`);
    const items = page.posts.filter((p) => !this.posts.has(p.id));
    for (const p of items) {
      const el = this.postEl(p);
      this.posts.set(p.id, el);
      this.history.prepend(el);
    }
    this.older.hidden = page.next_before === null || page.next_before === undefined;
    this.nextBefore = page.next_before;
    this.history.scrollTop = this.history.scrollHeight - height;
  }

  postEl(p) {
    const mine = p.origin === 'internet' && p.author === this.me;
    const classes = ['post', mine ? 'mine' : '', p.origin === 'rf' || p.origin === 'channel' ? 'rf' : ''].join(' ').trim();
    const origin = { rf: 'RF', channel: 'RF', internet: 'web', system: 'room' }[p.origin] ?? p.origin;
    return h('li', { class: classes, 'data-id': p.id, 'data-ts': p.ts },
      h('div', { class: 'byline' }, h('span', { class: 'author' }, p.author), timeEl(p.time),
        h('span', { class: 'origin', title: `posted from ${origin}` }, origin)),
      h('div', { class: 'text' }, p.text),
      mine ? h('div', { class: 'state', 'data-state': 'saved' }, this.stateText(p.ts)) : null);
  }

  stateText(ts) {
    const n = this.deliveries.get(ts)?.size ?? 0;
    if (this.current.kind === 'channel') return this.current.on_air ? 'Saved · sent on air' : 'Saved';
    return n > 0 ? `Saved · delivered to ${n} RF member${n === 1 ? '' : 's'}` : 'Saved';
  }

  livePost(e) {
    if (this.current && this.history && e.room === this.current.name) {
      if (this.posts.has(e.post.id)) return;
      document.getElementById('no-posts')?.remove();
      const near = this.history.scrollHeight - this.history.scrollTop - this.history.clientHeight < 120;
      const el = this.postEl(e.post);
      this.posts.set(e.post.id, el);
      this.history.append(el);
      this.newest = Math.max(this.newest, e.post.ts);
      if (near || (e.post.author === this.me && e.post.origin === 'internet')) this.scrollToEnd();
      this.scheduleRead();
    } else {
      const room = this.rooms.find((r) => r.name === e.room);
      if (room && !(e.post.author === this.me && e.post.origin === 'internet')) {
        room.unread += 1;
        this.renderList();
      }
    }
  }

  liveDelivery(e) {
    if (!this.current || !this.history || e.room !== this.current.name || e.state !== 'delivered' || e.part !== e.parts) return;
    if (!this.deliveries.has(e.ts)) this.deliveries.set(e.ts, new Set());
    this.deliveries.get(e.ts).add(e.client);
    for (const el of this.history.querySelectorAll(`li.mine[data-ts="${e.ts}"] .state`)) {
      el.textContent = this.stateText(e.ts);
      el.classList.add('delivered');
    }
  }

  async resync() {
    if (!this.current) return;
    try {
      this.rooms = (await get('/api/v1/rooms')).rooms;
      const page = await get(`/api/v1/rooms/${seg(this.current.name)}/posts?after=${this.newest}&limit=200`);
      page.posts.slice().reverse().forEach((p) => this.livePost({ room: this.current.name, post: p }));
      this.renderList();
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) toast(err.message);
    }
  }

  scheduleRead() {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => this.markRead(), 800);
  }

  async markRead() {
    const room = this.current;
    room.unread = 0;
    this.renderList();
    if (this.newest > 0) {
      try { await post(`/api/v1/rooms/${seg(room.name)}/read`, { ts: this.newest }); } catch { /* next time */ }
    }
  }

  scrollToEnd() {
    this.history.scrollTop = this.history.scrollHeight;
  }

  composeBox(room) {
    const text = h('textarea', { id: 'compose-text', name: 'text', rows: 2, 'aria-describedby': 'rf-info',
      placeholder: `Message ${room.kind === 'channel' ? '#' : ''}${room.name}` });
    const info = h('p', { class: 'rfinfo', id: 'rf-info', 'aria-live': 'polite' });
    const send = h('button', { type: 'submit', class: 'primary', id: 'send' }, 'Send');
    const update = () => {
      const b = budget(room, this.me, text.value);
      info.classList.toggle('over', b.parts > 1);
      info.classList.toggle('too-long', b.bytes > room.max_post_bytes);
      if (b.bytes > room.max_post_bytes) {
        info.textContent = `Too long: ${b.bytes} of at most ${room.max_post_bytes} bytes.`;
      } else if (b.parts > 1) {
        info.textContent = `${b.bytes} bytes: sent on RF as ${b.parts} messages of up to ${room.rf_text_bytes} bytes.`;
      } else {
        info.textContent = `${b.left} bytes left in one RF message.`;
      }
      send.disabled = text.value.trim() === '' || b.bytes > room.max_post_bytes;
    };
    const form = h('form', { 'aria-label': `Post to ${room.name}` },
      h('label', { for: 'compose-text', class: 'visually-hidden' }, `Message to ${room.name}`), text, send);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const value = text.value.trim();
      if (!value) return;
      send.disabled = true;
      try {
        const answer = await post(`/api/v1/rooms/${seg(room.name)}/posts`, { text: value });
        text.value = '';
        this.livePost({ room: room.name, post: answer.post });
        if (answer.rf_parts > 1) toast(`Sent on RF as ${answer.rf_parts} messages.`);
      } catch (err) {
        toast(`Not sent: ${err.message}`);
      } finally {
        update();
        text.focus();
      }
    });
    text.addEventListener('input', update);
    text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    update();
    return h('div', { class: 'compose' }, form, info);
  }
}
