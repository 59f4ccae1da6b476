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
      'Where it stands': `${label('CaseStatus', record.status)}, ${label('Level', record.level)}`,
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

$('#search').addEventListener('submit', search);
$('#case-heading').tabIndex = -1;
window.addEventListener('hashchange', route);
document.addEventListener('desk:signed-in', () => {
  $('#search-section').hidden = false;
  $('#phone').focus();
  route();
});
document.addEventListener('desk:signed-out', () => {
  $('#search-section').hidden = true;
  $('#case-section').hidden = true;
});
