// The meshbridge web app: sign in, then rooms, direct messages, nodes and admin pages chosen by
// the URL fragment (#/rooms/lobby, #/dms/<node id>, #/nodes, #/admin). No build step.

import { session, signOut, onSignedOut, ApiError } from './api.js';
import { h, replace, toast } from './dom.js';
import * as live from './live.js';
import { showSignIn } from './signin.js';
import { RoomsPage } from './rooms.js';
import { DmsPage } from './dms.js';
import { NodesPage } from './nodes.js';
import { AdminPage } from './admin.js';

const main = document.getElementById('main');
let page = null;

function parseRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map((p) => decodeURIComponent(p));
  return { name: parts[0] || 'rooms', arg: parts[1] || null };
}

async function route() {
  const current = session();
  if (!current) {
    leavePage();
    setChrome(null);
    live.stop();
    showSignIn(main, () => {
      live.start();
      if (!location.hash || location.hash === '#/') {
        location.hash = '#/rooms'; // the hashchange routes
      } else {
        route();
      }
    });
    return;
  }
  setChrome(current);
  const { name, arg } = parseRoute();
  leavePage();
  const pages = { rooms: RoomsPage, dms: DmsPage, nodes: NodesPage, admin: AdminPage };
  const Page = pages[name] ?? RoomsPage;
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  const mine = new Page(main, current);
  page = mine;
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    await mine.show(arg);
    document.title = `${name[0].toUpperCase()}${name.slice(1)} · meshbridge`;
  } catch (err) {
    if (page !== mine) return; // the user moved on
    if (err instanceof ApiError && err.status === 401) return; // onSignedOut shows the sign-in page
    replace(main, h('div', { class: 'page' }, h('h1', {}, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, err.message),
      h('button', { type: 'button', class: 'secondary', onclick: () => route() }, 'Try again')));
  }
}

function leavePage() {
  if (page) page.leave();
  page = null;
}

function setChrome(current) {
  document.getElementById('nav').hidden = !current;
  document.getElementById('who').hidden = !current;
  document.getElementById('nav-admin').hidden = !(current && current.admin);
  document.getElementById('who-name').replaceChildren(current
    ? h('span', { class: 'who-name-text' }, 'Signed in as ', h('strong', {}, current.account)) : '');
}

function start() {
  live.start();
  route();
}

document.getElementById('sign-out').addEventListener('click', async () => {
  live.stop();
  await signOut();
  location.hash = '#/';
  route();
});
onSignedOut(() => {
  live.stop();
  toast('Your session ended; please sign in again.');
  route();
});
window.addEventListener('hashchange', route);
if (session()) start(); else route();
