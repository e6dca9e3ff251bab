// Live events over /ws: JSON objects with a type (post, delivery, dm, node). Reconnects with
// a growing delay; after a reconnect, listeners get a 'resync' event so pages can catch up
// through REST on what they missed.

import { session } from './api.js';

const listeners = new Map();
let socket = null;
let retryDelay = 1000;
let retryTimer = 0;
let wanted = false;
let everOpened = false;

/** Calls fn(event) for each live event of this type ('*' for all). Returns an unsubscribe function. */
export function on(type, fn) {
  if (!listeners.has(type)) listeners.set(type, new Set());
  listeners.get(type).add(fn);
  return () => listeners.get(type).delete(fn);
}

function emit(event) {
  for (const key of [event.type, '*']) {
    for (const fn of listeners.get(key) ?? []) {
      try { fn(event); } catch (e) { setTimeout(() => { throw e; }); }
    }
  }
}

/** The URL of the live endpoint. */
export function liveUrl() {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/** Opens the live connection (once signed in). */
export function start() {
  wanted = true;
  connect();
}

/** Closes it (signing out). */
export function stop() {
  wanted = false;
  clearTimeout(retryTimer);
  if (socket) socket.close(1000, 'signed out');
  socket = null;
  setState(false);
}

function connect() {
  const current = session();
  if (!wanted || !current || socket) return;
  // The token travels as a subprotocol (a browser cannot set Authorization on a WebSocket);
  // the server answers with meshbridge.v1 only.
  const ws = new WebSocket(liveUrl(), ['meshbridge.v1', `bearer.${current.token}`]);
  socket = ws;
  ws.addEventListener('open', () => {
    retryDelay = 1000;
    setState(true);
    if (everOpened) emit({ type: 'resync' });
    everOpened = true;
  });
  ws.addEventListener('message', (message) => {
    let event;
    try { event = JSON.parse(message.data); } catch { return; }
    if (event && typeof event.type === 'string') emit(event);
  });
  ws.addEventListener('close', () => {
    if (socket === ws) socket = null;
    setState(false);
    if (wanted) {
      retryTimer = setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }
  });
}

function setState(up) {
  const dot = document.getElementById('live-state');
  if (!dot) return;
  dot.classList.toggle('on', up);
  const text = `live updates: ${up ? 'connected' : 'offline'}`;
  dot.setAttribute('aria-label', text);
  dot.title = text;
  document.body.dataset.live = up ? 'on' : 'off';
}
