// What the desk's pages share: signing in with the Tasklist user, calling the case API, labels.
// The sign-in is a session cookie this script cannot read; nothing is kept in web storage.
'use strict';

/** The signed-in user and the session's CSRF token are known only to the page that asked. */
const state = {
  user: null,
  csrfToken: null,
  labels: {},
};
const $ = (selector) => document.querySelector(selector);
/** The page's language and wording (i18n.js). */
const i18n = deskI18n;
/** Times in the staff's zone, which each names, whatever zone the browser is in. */
let timeFormat = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
const time = (value) => (value ? timeFormat.format(new Date(value)) : '');

async function loadStaffTimeZone() {
  const { staffTimeZone } = await api('/api/desk-settings');
  timeFormat = new Intl.DateTimeFormat(i18n.locale, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: staffTimeZone, timeZoneName: 'short',
  });
}

/** The labels of the codes, in the page's language. */
const LABELS = '/api/labels?language=' + i18n.language.toUpperCase();
/** What people read instead of a code: "Billing dispute", not BILLING_DISPUTE. */
const label = (type, code) => (code == null ? '' : state.labels[type]?.[code] ?? code);

/** A refusal of the API, with its status: a page may show a 403 differently. */
class ApiError extends Error {
  /** @param errors the fields refused, each with what is wrong: [{field, message}] */
  constructor(message, status, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

async function request(path, method, accept, body) {
  const headers = { Accept: accept, 'X-Requested-With': 'desk' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['X-CSRF-TOKEN'] = state.csrfToken;
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && state.user) {
    // the sign-in ended (idle, too long, a new password): nothing of it stays on the screen
    forget();
  }
  if (response.status === 401) {
    throw new ApiError(i18n.t('signIn.again'), 401);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(problem.detail || problem.title || `${i18n.t('api.failed')} (${response.status})`,
      response.status, problem.errors ?? []);
  }
  return response;
}

/** @param body sent as JSON when given */
async function api(path, method = 'GET', body = undefined) {
  const response = await request(path, method, 'application/json', body);
  return response.status === 204 ? null : response.json(); // 204: done, and nothing to read
}

/** Saves what the API answers as a file, under the name it gives or else the one given here. */
async function download(path, accept, fileName) {
  const response = await request(path, 'GET', accept);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ? name[1] : fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

/** The desk's tabs in this browser share one sign-in: each starts afresh when another signs in
 * or out. */
const otherTabs = new BroadcastChannel('desk.session');
otherTabs.addEventListener('message', () => forget());

/** Signing out forgets all the page showed: the next person on this screen starts afresh. */
async function signOutAndForget() {
  try {
    await request('/api/session', 'DELETE', 'application/json');
  } finally {
    otherTabs.postMessage('signed-out');
    forget();
  }
}

function forget() {
  window.location.replace(window.location.pathname);
}

function showSignedIn(signedIn) {
  $('#sign-in-section').hidden = signedIn;
  $('#signed-in').hidden = !signedIn;
  $('#user').textContent = state.user || '';
  document.dispatchEvent(new CustomEvent(signedIn ? 'desk:signed-in' : 'desk:signed-out'));
}

/** The session's user and token, then what every page needs before it shows anything. */
async function begin(session) {
  state.user = session.user;
  state.csrfToken = session.csrfToken;
  state.labels = await api(LABELS);
  await loadStaffTimeZone();
  showSignedIn(true);
}

async function signIn(event) {
  event.preventDefault();
  const credentials = { user: $('#username').value.trim(), password: $('#password').value };
  $('#password').value = '';
  try {
    await begin(await api('/api/session', 'POST', credentials));
    $('#sign-in-error').textContent = '';
    otherTabs.postMessage('signed-in');
  } catch (error) {
    await endUnstarted();
    $('#sign-in-error').textContent = error.status === 401 ? i18n.t('signIn.failed')
      : error.status === 403 ? i18n.t('signIn.notForYourGroups') : error.message;
  }
}

/**
 * Signed in, but the page cannot start (the desk is not for the user's groups, or it failed):
 * the session ends rather than lingers.
 */
async function endUnstarted() {
  if (state.user) {
    await request('/api/session', 'DELETE', 'application/json').catch(() => {});
  }
  state.user = state.csrfToken = null;
}

/** A table's body from rows, one cell per column; a cell is text or a node, never markup. */
function fill(table, items, columns) {
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const item of items) {
    const row = body.insertRow();
    columns.forEach((column) => cell(row, column(item)));
  }
}

/**
 * Each select[data-labels] offers the codes of its type under their labels, and "all" first
 * unless one must be chosen (required).
 */
function fillCodeChoices() {
  for (const select of document.querySelectorAll('select[data-labels]')) {
    const codes = Object.entries(state.labels[select.dataset.labels] ?? {})
      .filter(([code]) => code !== select.dataset.except);
    const options = select.required ? codes : [['', i18n.t('common.all')], ...codes];
    select.replaceChildren(...options.map(([value, text]) => new Option(text, value)));
  }
}

function cell(row, content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.appendChild(content);
  else td.textContent = content ?? '';
  row.appendChild(td);
  return td;
}

/** Every page signs in with the same form: its markup is fixed text, no data goes into it. */
const SIGN_IN_FORM = `
  <h2 id="sign-in-heading" data-i18n="signIn.heading">Sign in</h2>
  <p data-i18n="signIn.hint">Use your Tasklist user.</p>
  <form id="sign-in">
    <label for="username" data-i18n="signIn.user">User</label>
    <input id="username" name="username" autocomplete="username" required>
    <label for="password" data-i18n="signIn.password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit" data-i18n="signIn.submit">Sign in</button>
    <p class="error" id="sign-in-error" role="alert"></p>
  </form>`;

document.addEventListener('DOMContentLoaded', async () => {
  await i18n.ready;
  $('#sign-in-section').innerHTML = SIGN_IN_FORM;
  i18n.translate($('#sign-in-section'));
  $('#sign-in').addEventListener('submit', signIn);
  $('#sign-out').addEventListener('click', signOutAndForget);
  // neither form nor data until the session answers: a reload shows no flash of the sign-in
  $('#sign-in-section').hidden = true;
  try {
    await begin(await api('/api/session'));
  } catch (error) {
    await endUnstarted();
    if (error.status !== 401) $('#sign-in-error').textContent = error.message;
    showSignedIn(false);
  }
});
