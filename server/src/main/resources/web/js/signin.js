// The sign-in page.

import { signIn, ApiError } from './api.js';
import { h, replace } from './dom.js';

/** Shows the form in main; calls done(session) after a successful sign-in. */
export function showSignIn(main, done) {
  const error = h('p', { class: 'error', id: 'signin-error', role: 'alert', 'aria-live': 'assertive' });
  const user = h('input', { type: 'text', id: 'username', name: 'username', autocomplete: 'username',
    autocapitalize: 'none', spellcheck: 'false', required: true });
  const pass = h('input', { type: 'password', id: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'card signin', 'aria-labelledby': 'signin-title', novalidate: true },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    h('p', {}, 'Chat with the people on the local LoRa mesh.'),
    h('label', { for: 'username' }, 'Account'), user,
    h('label', { for: 'password' }, 'Password'), pass,
    h('p', {}, ''),
    button, error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!user.value.trim() || !pass.value) {
      error.textContent = 'Enter your account name and password.';
      return;
    }
    button.disabled = true;
    error.textContent = '';
    try {
      const session = await signIn(user.value.trim(), pass.value);
      pass.value = '';
      done(session);
    } catch (err) {
      error.textContent = err instanceof ApiError && err.status === 401
        ? 'Wrong account name or password.'
        : (err.message || 'Sign-in failed.');
    } finally {
      button.disabled = false;
    }
  });
  replace(main, form);
  user.focus();
}
