// The agent case page: signs in with the Tasklist credentials and reads /api/cases.
'use strict';

const state = {
  auth: sessionStorage.getItem('desk.auth'),
  user: sessionStorage.getItem('desk.user'),
  labels: {},
};
const $ = (selector) => document.querySelector(selector);
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = (value) => (value ? timeFormat.format(new Date(value)) : '');

async function api(path, method = 'GET') {
  const response = await fetch(path, {
    method,
    headers: { Authorization: state.auth, Accept: 'application/json', 'X-Requested-With': 'desk' },
  });
  if (response.status === 401) {
    signOut();
    throw new Error('Please sign in again.');
  }
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || body.title || `Request failed (${response.status})`);
  }
  return body;
}

/** What people read instead of a code: "Billing dispute", not BILLING_DISPUTE. */
const label = (type, code) => (code == null ? '' : state.labels[type]?.[code] ?? code);

async function loadLabels() {
  state.labels = await api('/api/labels');
}

function cell(row, content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.appendChild(content);
  else td.textContent = content ?? '';
  row.appendChild(td);
  return td;
}

/** A FAILED notification gets one more attempt; the case is read again to show its state. */
function retryButton(caseNumber, notification) {
  if (notification.status !== 'FAILED') return '';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Retry';
  button.setAttribute('aria-label', `Retry the ${label('ContactChannel', notification.channel)} about `
    + label('CaseEvent', notification.event));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api(`/api/cases/${encodeURIComponent(caseNumber)}/notifications/${notification.id}/retry`, 'POST');
      await openCase(caseNumber);
    } catch (error) {
      $('#search-error').textContent = error.message;
      button.disabled = false;
    }
  });
  return button;
}

function fill(table, items, columns) {
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const item of items) {
    const row = body.insertRow();
    columns.forEach((column) => cell(row, column(item)));
  }
}

function show(section) {
  for (const id of ['sign-in-section', 'search-section', 'case-section']) {
    $('#' + id).hidden = !section.includes(id);
  }
  $('#signed-in').hidden = !state.auth;
  $('#user').textContent = state.user || '';
}

function signOut() {
  sessionStorage.clear();
  state.auth = state.user = null;
  show(['sign-in-section']);
}

async function signIn(event) {
  event.preventDefault();
  const user = $('#username').value.trim();
  const credentials = new TextEncoder().encode(user + ':' + $('#password').value);
  state.auth = 'Basic ' + btoa(String.fromCharCode(...credentials));
  state.user = user;
  try {
    await loadLabels();
    sessionStorage.setItem('desk.auth', state.auth);
    sessionStorage.setItem('desk.user', user);
    $('#sign-in-error').textContent = '';
    $('#password').value = '';
    show(['search-section']);
    $('#phone').focus();
    // a link to a case (desk/#ESC-…) opens it once signed in
    if (location.hash.length > 1) await openCase(location.hash.slice(1));
  } catch (error) {
    state.auth = state.user = null;
    $('#sign-in-error').textContent = 'Wrong user or password.';
  }
}

async function search(event) {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const [name, value] of new FormData($('#search'))) {
    if (value.trim()) query.set(name, value.trim());
  }
  try {
    const page = await api('/api/cases?' + query);
    $('#search-error').textContent = '';
    $('#results').hidden = false;
    $('#results-caption').textContent = `${page.total} case${page.total === 1 ? '' : 's'} found`;
    const body = $('#results tbody');
    body.replaceChildren();
    for (const found of page.items) {
      const row = body.insertRow();
      const link = document.createElement('a');
      link.href = '#' + found.caseNumber;
      link.textContent = found.caseNumber;
      cell(row, '').appendChild(link);
      [found.customerName, label('Category', found.category), label('Priority', found.priority),
        label('Level', found.level), label('CaseStatus', found.status),
        time(found.openedAt)].forEach((text) => cell(row, text));
    }
  } catch (error) {
    $('#search-error').textContent = error.message;
  }
}

/** An ISO-8601 duration of business time, as agents read it: "1 h 40 min". */
function businessTime(iso) {
  const [, hours = 0, minutes = 0] = /PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso) ?? [];
  return +hours ? `${+hours} h${+minutes ? ` ${+minutes} min` : ''}` : `${+minutes} min`;
}

function slaFacts(sla) {
  if (!sla) return {};
  return {
    'First response': sla.firstResponseDueAt && (sla.firstResponseAt
      ? `given ${time(sla.firstResponseAt)}` : `due ${time(sla.firstResponseDueAt)}`)
      + ` (${businessTime(sla.firstResponseTarget)})`,
    'SLA due': sla.dueAt && `${time(sla.dueAt)} (${businessTime(sla.target)}, ${sla.calendar} calendar)`,
    'Business time left': sla.businessTimeLeft && businessTime(sla.businessTimeLeft)
      + (sla.pausedSince ? ' (clock stopped)' : ''),
    'Waiting for the customer': sla.pausedSince
      && `since ${time(sla.pausedSince)}; closes unresolved ${time(sla.replyDueAt)} without a reply`,
    'Paused in total': sla.totalPaused !== 'PT0S' && businessTime(sla.totalPaused),
    'SLA breaches': sla.breaches.length
      && sla.breaches.map((breach) => `${time(breach.occurredAt)}: ${breach.reason}`).join('; '),
  };
}

async function openCase(caseNumber) {
  try {
    const detail = await api('/api/cases/' + encodeURIComponent(caseNumber));
    const record = detail.caseRecord;
    $('#case-heading').textContent = `Case ${record.caseNumber}`;
    const facts = {
      Customer: `${record.customerName} (${record.customerId})`,
      Contact: [record.customerEmail, record.customerPhone].filter(Boolean).join(', '),
      'Escalated by': detail.escalatedBy,
      Channel: label('Channel', record.channel),
      Concern: `${label('Category', record.category)}, priority ${label('Priority', record.priority)}, `
        + label('Trigger', record.trigger),
      'Where it stands': `${label('CaseStatus', record.status)}, ${label('Level', record.level)}`,
      Description: record.description,
      'Follow-up of': record.linkedCaseNumber,
      Messages: record.notificationOptOut ? 'opted out'
        : `${label('ContactChannel', record.preferredContactChannel)}, ${label('Language', record.language)}`,
      ...slaFacts(detail.sla),
    };
    const list = $('#case-facts');
    list.replaceChildren();
    for (const [term, value] of Object.entries(facts)) {
      if (!value) continue;
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    const open = detail.tasks.filter((task) => !task.ended);
    const tasks = $('#open-tasks');
    tasks.replaceChildren();
    for (const task of open) {
      const link = document.createElement('a');
      link.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task.id);
      link.textContent = `Open "${task.task}" in Tasklist`;
      tasks.appendChild(link);
    }
    fill($('#timeline'), detail.timeline, [(u) => time(u.occurredAt), (u) => label('CaseEvent', u.event),
      (u) => u.actor, (u) => label('Level', u.level), (u) => u.reason]);
    fill($('#tasks'), detail.tasks, [(t) => t.task, (t) => t.assignee, (t) => t.completedBy,
      (t) => time(t.created), (t) => time(t.ended)]);
    fill($('#notifications'), detail.notifications, [(n) => time(n.createdAt),
      (n) => label('CaseEvent', n.event) + (n.audience === 'SUPERVISOR' ? ' (to the supervisor)' : ''),
      (n) => label('Level', n.level), (n) => time(n.expectedResponseBy),
      (n) => `${label('ContactChannel', n.channel)} ${n.recipient ?? ''}`,
      (n) => [label('DeliveryStatus', n.status), n.deliveredTo || n.lastError].filter(Boolean).join(': '),
      (n) => n.attempts, (n) => retryButton(record.caseNumber, n)]);
    show(['search-section', 'case-section']);
    $('#case-heading').focus();
  } catch (error) {
    $('#search-error').textContent = error.message;
  }
}

$('#sign-in').addEventListener('submit', signIn);
$('#search').addEventListener('submit', search);
$('#sign-out').addEventListener('click', signOut);
$('#case-heading').tabIndex = -1;
window.addEventListener('hashchange', () => location.hash.length > 1 && openCase(location.hash.slice(1)));
show(state.auth ? ['search-section'] : ['sign-in-section']);
if (state.auth) {
  loadLabels().then(() => location.hash.length > 1 && openCase(location.hash.slice(1)));
}
