// The agent case page: finds cases and shows one (session.js signs in and calls the API).
'use strict';

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

/** A file the customer sent: fetched with the agent's sign-in, saved, never shown inline. */
function attachmentButton(caseNumber, message, file) {
  if (file.refused) {
    const note = document.createElement('span');
    note.textContent = `${file.fileName} (not kept: ${file.refused})`;
    return note;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Download ${file.fileName} (${Math.ceil(file.size / 1024)} KB)`;
  button.addEventListener('click', () => download(`/api/cases/${encodeURIComponent(caseNumber)}`
    + `/messages/${message.id}/attachments/${file.id}`, 'application/octet-stream', file.fileName)
    .catch((error) => { $('#search-error').textContent = error.message; }));
  return button;
}

/**
 * In and out in order of time: what the customer wrote on any channel and why it landed here,
 * and every message we sent them. Their words are text, never markup.
 */
function showConversation(caseNumber, detail) {
  const entries = [
    ...detail.customerMessages.map((m) => ({ at: m.receivedAt, from: true, message: m })),
    ...detail.notifications.filter((n) => n.audience === 'CUSTOMER')
      .map((n) => ({ at: n.createdAt, from: false, message: n })),
  ].sort((a, b) => new Date(a.at) - new Date(b.at));
  const list = $('#conversation');
  list.replaceChildren();
  for (const { at, from, message } of entries) {
    const item = document.createElement('li');
    item.className = from ? 'from-customer' : 'to-customer';
    const meta = document.createElement('p');
    meta.className = 'meta';
    const words = document.createElement('p');
    words.className = 'words';
    if (from) {
      meta.textContent = `${time(at)} — from ${message.senderName ? message.senderName + ' ' : ''}`
        + `<${message.sender}> by ${label('InboundChannel', message.channel)}; ${message.why}`;
      words.textContent = [message.subject, message.text].filter(Boolean).join('\n\n');
    } else {
      meta.textContent = `${time(at)} — to the customer by ${label('ContactChannel', message.channel)}`
        + ` (${label('DeliveryStatus', message.status)})`;
      words.textContent = label('CaseEvent', message.event) + (message.text ? `: ${message.text}` : '');
    }
    item.append(meta, words);
    for (const file of from ? message.attachments : []) {
      item.append(attachmentButton(caseNumber, message, file));
    }
    list.appendChild(item);
  }
  if (!entries.length) {
    const none = document.createElement('li');
    none.textContent = 'No messages yet.';
    list.appendChild(none);
  }
}

async function writeToCustomer(event) {
  event.preventDefault();
  const caseNumber = $('#write').dataset.caseNumber;
  $('#write-error').textContent = '';
  try {
    await api(`/api/cases/${encodeURIComponent(caseNumber)}/messages`, 'POST',
      { text: $('#message-text').value });
    $('#message-text').value = '';
    await openCase(caseNumber);
  } catch (error) {
    $('#write-error').textContent = error.message;
  }
}

async function search(event) {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const [name, value] of new FormData($('#search'))) {
    if (value.trim()) query.set(name, value.trim());
  }
  await showCases('/api/cases?' + query, 'found');
}

/** The cases behind a figure of the insight page: desk/#insight-cases?from=…&only=BREACHED */
async function showInsightCases(query) {
  const only = new URLSearchParams(query).get('only') ?? 'OPENED';
  await showCases('/api/insights/cases?' + query, `behind the figure: ${INSIGHT_SELECTIONS[only] ?? only}`);
}

const INSIGHT_SELECTIONS = {
  OPENED: 'opened', ESCALATED: 'escalated', BREACHED: 'with an SLA breach',
  AVOIDABLE: 'escalated avoidably', FIRST_CONTACT_RESOLVED: 'resolved at first contact',
  REPEAT_CONTACT: 'the customer came back about', PUSH_DOWN: 'push-down candidates',
};

async function showCases(path, what) {
  try {
    const page = await api(path);
    $('#search-error').textContent = '';
    $('#results').hidden = false;
    $('#results-caption').textContent =
      `${page.totalIsExact ? '' : 'more than '}${page.total} case${page.total === 1 ? '' : 's'} ${what}`;
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
      'Where it stands': `${label('CaseStatus', record.status)}, ${label('Level', record.level)}`
        + (detail.heldBy ? ` with the partner ${detail.heldBy}` : ''),
      Description: record.description,
      'Follow-up of': record.linkedCaseNumber,
      Messages: record.notificationOptOut ? 'opted out'
        : `${label('ContactChannel', record.preferredContactChannel)}, ${label('Language', record.language)}`,
      ...slaFacts(detail.sla),
      'Survey answer': detail.survey && `${detail.survey.satisfaction} of 5, concern resolved: `
        + `${detail.survey.concernResolved ? 'yes' : 'no'}`
        + (detail.survey.comment ? ` — "${detail.survey.comment}"` : '')
        + ` (${time(detail.survey.answeredAt)})`,
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
    showConversation(record.caseNumber, detail);
    $('#write').dataset.caseNumber = record.caseNumber;
    fill($('#timeline'), detail.timeline, [(u) => time(u.occurredAt), (u) => label('CaseEvent', u.event),
      (u) => u.actor, (u) => label('Level', u.level), (u) => u.reason]);
    fill($('#lessons'), detail.lessons, [(l) => time(l.notedAt), (l) => l.notedBy,
      (l) => label('Level', l.level), (l) => label('LessonKind', l.kind), (l) => l.lesson,
      (l) => label('LessonStatus', l.status) + (l.decisionNote ? `: ${l.decisionNote}` : '')]);
    fill($('#tasks'), detail.tasks, [(t) => t.task, (t) => t.assignee, (t) => t.completedBy,
      (t) => time(t.created), (t) => time(t.ended)]);
    fill($('#notifications'), detail.notifications, [(n) => time(n.createdAt),
      (n) => label('CaseEvent', n.event) + (n.audience === 'SUPERVISOR' ? ' (to the supervisor)' : ''),
      (n) => label('Level', n.level), (n) => time(n.expectedResponseBy),
      (n) => `${label('ContactChannel', n.channel)} ${n.recipient ?? ''}`,
      (n) => [label('DeliveryStatus', n.status), n.deliveredTo || n.lastError].filter(Boolean).join(': '),
      (n) => n.attempts, (n) => retryButton(record.caseNumber, n)]);
    $('#case-section').hidden = false;
    $('#case-heading').focus();
  } catch (error) {
    $('#search-error').textContent = error.message;
  }
}

/** desk/#ESC-… opens a case, desk/#insight-cases?… lists the cases behind a figure. */
function route() {
  const target = location.hash.slice(1);
  if (target.startsWith('insight-cases?')) showInsightCases(target.slice('insight-cases?'.length));
  else if (target) openCase(decodeURIComponent(target));
}

/** Each select[data-choices] of the new-case form offers its type's codes under their labels. */
function fillNewCaseChoices() {
  for (const select of document.querySelectorAll('#new-case select[data-choices]')) {
    const only = select.dataset.only?.split(' ');
    const codes = Object.entries(state.labels[select.dataset.choices] ?? {})
      .filter(([code]) => !only || only.includes(code));
    const options = codes.map(([value, text]) => new Option(text, value));
    if (select.dataset.optional) options.unshift(new Option(select.dataset.optional, ''));
    select.replaceChildren(...options);
  }
}

/** Opens the case as the API does; what it refuses is said next to the field's name. */
async function openNewCase(event) {
  event.preventDefault();
  const form = $('#new-case');
  const body = {};
  for (const [name, value] of new FormData(form)) {
    if (value.trim()) body[name] = value.trim();
  }
  $('#new-case-errors').replaceChildren();
  $('#new-case-result').replaceChildren();
  try {
    const created = await api('/api/cases', 'POST', body);
    const link = document.createElement('a');
    link.href = '#' + encodeURIComponent(created.caseNumber);
    link.textContent = created.caseNumber;
    $('#new-case-result').replaceChildren('Case ', link,
      ` opened; it is with ${label('Level', created.level)}.`);
    form.reset();
  } catch (error) {
    const refused = error.errors?.length ? error.errors : [{ message: error.message }];
    $('#new-case-errors').replaceChildren(...refused.map((refusal) => {
      const item = document.createElement('li');
      const field = refusal.field && form.elements.namedItem(refusal.field);
      item.textContent = field?.labels?.length
        ? `${field.labels[0].textContent}: ${refusal.message}` : refusal.message;
      return item;
    }));
  }
}

$('#search').addEventListener('submit', search);
$('#new-case').addEventListener('submit', openNewCase);
$('#write').addEventListener('submit', writeToCustomer);
$('#case-heading').tabIndex = -1;
window.addEventListener('hashchange', route);
document.addEventListener('desk:signed-in', () => {
  fillNewCaseChoices();
  $('#search-section').hidden = false;
  $('#phone').focus();
  route();
});
document.addEventListener('desk:signed-out', () => {
  $('#search-section').hidden = true;
  $('#case-section').hidden = true;
});
