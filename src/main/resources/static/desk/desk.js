// The agent case page: finds cases and shows one (session.js signs in and calls the API, i18n.js
// has the wording).
'use strict';

/** Where a case is, or was: the level, and the partner team that has it there if one has. */
function levelOf(level, partner) {
  return partner ? t('desk.levelWithPartner', { level: label('Level', level), partner: label('Partner', partner) })
    : label('Level', level);
}

/**
 * An open task: a link into Tasklist for whoever may open it there, else whose queue it is in or
 * who has it (Tasklist would answer "not found").
 */
function openTask(task) {
  if (task.readerMayOpen) {
    const link = document.createElement('a');
    link.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task.id);
    link.textContent = t('desk.case.openTask', { task: task.task });
    return link;
  }
  const elsewhere = document.createElement('span');
  elsewhere.textContent = task.assignee ? t('desk.case.taskWith', { task: task.task, assignee: task.assignee })
    : task.queue ? t('desk.case.taskInQueue', { task: task.task, queue: task.queue })
      : t('desk.case.taskNotYours', { task: task.task });
  return elsewhere;
}

/** A FAILED notification gets one more attempt; the case is read again to show its state. */
function retryButton(caseNumber, notification) {
  if (notification.status !== 'FAILED') return '';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('desk.notifications.retry');
  button.setAttribute('aria-label', t('desk.notifications.retryLabel', {
    channel: label('ContactChannel', notification.channel),
    event: label('CaseEvent', notification.event),
  }));
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
    note.textContent = t('desk.conversation.fileNotKept', { file: file.fileName, why: file.refused });
    return note;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('desk.conversation.download',
    { file: file.fileName, kilobytes: Math.ceil(file.size / 1024) });
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
      meta.textContent = t('desk.conversation.fromCustomer', {
        time: time(at),
        sender: `${message.senderName ? message.senderName + ' ' : ''}<${message.sender}>`,
        channel: label('InboundChannel', message.channel),
        why: message.why,
      });
      words.textContent = [message.subject, message.text].filter(Boolean).join('\n\n');
    } else {
      meta.textContent = t('desk.conversation.toCustomer', {
        time: time(at),
        channel: label('ContactChannel', message.channel),
        status: label('DeliveryStatus', message.status),
      });
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
    none.textContent = t('desk.conversation.none');
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
  await showCases('/api/cases?' + query, (cases) => t('desk.results.found', { cases }));
}

/** The cases behind a figure of the insight page: desk/#insight-cases?from=…&only=BREACHED */
async function showInsightCases(query) {
  const only = new URLSearchParams(query).get('only') ?? 'OPENED';
  const selections = {
    OPENED: t('desk.figure.opened'),
    ESCALATED: t('desk.figure.escalated'),
    BREACHED: t('desk.figure.breached'),
    AVOIDABLE: t('desk.figure.avoidable'),
    FIRST_CONTACT_RESOLVED: t('desk.figure.firstContactResolved'),
    REPEAT_CONTACT: t('desk.figure.repeatContact'),
    PUSH_DOWN: t('desk.figure.pushDown'),
  };
  await showCases('/api/insights/cases?' + query,
    (cases) => t('desk.results.behindTheFigure', { cases, what: selections[only] ?? only }));
}

/** @param caption the table's caption from the number of cases: "3 cases found" */
async function showCases(path, caption) {
  try {
    const page = await api(path);
    $('#search-error').textContent = '';
    $('#results').hidden = false;
    const cases = page.totalIsExact ? t('desk.results.cases', { count: page.total })
      : t('desk.results.moreThanCases', { count: page.total });
    $('#results-caption').textContent = caption(cases);
    const body = $('#results tbody');
    body.replaceChildren();
    for (const found of page.items) {
      const row = body.insertRow();
      const link = document.createElement('a');
      link.href = '#' + found.caseNumber;
      link.textContent = found.caseNumber;
      cell(row, '').appendChild(link);
      [found.customerName, label('Category', found.category), label('Priority', found.priority),
        levelOf(found.level, found.partner), label('CaseStatus', found.status),
        time(found.openedAt)].forEach((text) => cell(row, text));
    }
  } catch (error) {
    $('#search-error').textContent = error.message;
  }
}

/** An ISO-8601 duration of business time, as agents read it: "1 h 40 min". */
function businessTime(iso) {
  const [, hours = 0, minutes = 0] = /PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso) ?? [];
  if (!+hours) return t('time.minutes', { minutes: +minutes });
  return +minutes ? t('time.hoursMinutes', { hours: +hours, minutes: +minutes })
    : t('time.hours', { hours: +hours });
}

function slaFacts(sla) {
  if (!sla) return {};
  return {
    [t('desk.sla.firstResponse')]: sla.firstResponseDueAt && (sla.firstResponseAt
      ? t('desk.sla.firstResponseGiven',
        { time: time(sla.firstResponseAt), target: businessTime(sla.firstResponseTarget) })
      : t('desk.sla.firstResponseDue',
        { time: time(sla.firstResponseDueAt), target: businessTime(sla.firstResponseTarget) })),
    [t('desk.sla.due')]: sla.dueAt && t('desk.sla.dueAt',
      { time: time(sla.dueAt), target: businessTime(sla.target), calendar: sla.calendar }),
    [t('desk.sla.left')]: sla.businessTimeLeft && businessTime(sla.businessTimeLeft)
      + (sla.pausedSince ? ` ${t('desk.sla.clockStopped')}` : ''),
    [t('desk.sla.waiting')]: sla.pausedSince && t('desk.sla.waitingSince',
      { since: time(sla.pausedSince), closes: time(sla.replyDueAt) }),
    [t('desk.sla.paused')]: sla.totalPaused !== 'PT0S' && businessTime(sla.totalPaused),
    [t('desk.sla.breaches')]: sla.breaches.length
      && sla.breaches.map((breach) => `${time(breach.occurredAt)}: ${breach.reason}`).join('; '),
  };
}

/** Seconds as agents read a time to resolve: "1 h 40 min", "2 d 3 h". */
function took(seconds) {
  const minutes = Math.round(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days) return hours ? t('time.daysHours', { days, hours }) : t('time.days', { days });
  if (hours) return minutes % 60 ? t('time.hoursMinutes', { hours, minutes: minutes % 60 }) : t('time.hours', { hours });
  return t('time.minutes', { minutes });
}

function suggestionPath(caseNumber, kind, suggested, what) {
  return `/api/cases/${encodeURIComponent(caseNumber)}/suggestions/${kind}/${encodeURIComponent(suggested)}/${what}`;
}

/** "This helped" on a suggestion shown for an open case: recorded once, and on the timeline. */
function helpedButton(caseNumber, kind, suggested, name) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('desk.suggestion.helped');
  button.setAttribute('aria-label', t('desk.suggestion.helpedLabel', { suggestion: name }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api(suggestionPath(caseNumber, kind, suggested, 'helped'), 'POST');
      button.textContent = t('desk.suggestion.markedHelped');
    } catch (error) {
      $('#knowledge-error').textContent = error.message;
      button.disabled = false;
    }
  });
  return button;
}

function paragraph(text, className) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function noneItem(text) {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}

/**
 * Records the suggestions shown for an open case; false for an agent who may not record them (a
 * partner's agent reads only), who then gets no "This helped".
 */
async function recordShown(path, shown) {
  try {
    await Promise.all(Object.entries(shown).filter(([, suggested]) => suggested.length)
      .map(([kind, suggested]) => api(`${path}/suggestions/${kind}/shown`, 'POST', suggested)));
    return true;
  } catch {
    return false;
  }
}

/**
 * The similar resolved cases with the Tier 1 hint, the articles and the customer's history, as
 * far as the agent's APIs give them. What an open case shows is recorded shown, so that opening
 * a similar case and "This helped" count against it.
 */
async function showKnowledge(record) {
  const path = '/api/cases/' + encodeURIComponent(record.caseNumber);
  $('#knowledge-error').textContent = '';
  try {
    const [similar, articles, history] = await Promise.all(
      [api(path + '/similar'), api(path + '/articles'), api(path + '/customer-history')]);
    const shown = { CASE: similar.cases.map((c) => c.caseNumber), ARTICLE: articles.map((a) => String(a.id)) };
    const mayMark = record.status === 'OPEN' && await recordShown(path, shown);
    $('#similar-hint').textContent = similar.tierOneHint
      ? similar.tierOneHint.wording[i18n.language.toUpperCase()] ?? similar.tierOneHint.wording.EN : '';
    $('#similar-cases').replaceChildren(...(similar.cases.length ? similar.cases.map((found) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = '#' + encodeURIComponent(found.caseNumber);
      link.textContent = t('desk.similar.case', {
        caseNumber: found.caseNumber,
        level: label('Level', found.resolvedAt),
        resolution: label('ResolutionCode', found.resolution),
        took: took(found.resolveBusinessSeconds),
      });
      if (mayMark) {
        link.addEventListener('click', () => api(suggestionPath(record.caseNumber, 'CASE', found.caseNumber, 'opened'),
          'POST').catch((error) => { $('#knowledge-error').textContent = error.message; }));
      }
      item.append(link, paragraph(found.note ?? '', 'words'));
      if (found.matchedWords.length) {
        item.append(paragraph(t('desk.similar.matched', { words: found.matchedWords.join(', ') }), 'meta'));
      }
      if (mayMark) item.append(helpedButton(record.caseNumber, 'CASE', found.caseNumber, found.caseNumber));
      return item;
    }) : [noneItem(t('desk.similar.none'))]));
    $('#suggested-articles').replaceChildren(...(articles.length ? articles.map((article) => {
      const item = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = article.title;
      item.append(title, paragraph(article.body, 'words'));
      if (mayMark) item.append(helpedButton(record.caseNumber, 'ARTICLE', String(article.id), article.title));
      return item;
    }) : [noneItem(t('desk.articles.none'))]));
    const openOthers = history.otherCases.filter((other) => other.status === 'OPEN').length;
    const last = history.lastSatisfaction;
    const facts = {
      [t('desk.history.otherCases')]: t('desk.history.otherCasesAre',
        { open: openOthers, closed: history.otherCases.length - openOthers }),
      [t('desk.history.lastSatisfaction')]: last ? t('desk.history.satisfaction', {
        satisfaction: last.satisfaction,
        caseNumber: last.caseNumber,
        resolved: last.concernResolved ? t('common.yes') : t('common.no'),
      }) + (last.comment ? ` — "${last.comment}"` : '') : t('desk.history.none'),
      [t('desk.history.breaches')]: String(history.slaBreaches),
      [t('desk.history.goodwill')]: history.goodwillGranted.length ? history.goodwillGranted
        .map((g) => `${label('GoodwillKind', g.kind)}${g.amount != null ? ` ${g.amount} ${history.currency}` : ''}`
          + ` (${g.caseNumber})`).join(', ') : t('desk.history.none'),
    };
    $('#customer-history').replaceChildren(...Object.entries(facts).flatMap(([term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }));
  } catch (error) {
    $('#knowledge-error').textContent = error.message;
  }
}

async function openCase(caseNumber) {
  try {
    const detail = await api('/api/cases/' + encodeURIComponent(caseNumber));
    const record = detail.caseRecord;
    $('#case-heading').textContent = t('desk.case.heading', { caseNumber: record.caseNumber });
    const facts = {
      [t('field.customer')]: `${record.customerName} (${record.customerId})`,
      [t('desk.case.contact')]: [record.customerEmail, record.customerPhone].filter(Boolean).join(', '),
      [t('desk.case.escalatedBy')]: detail.escalatedBy,
      [t('field.channel')]: label('Channel', record.channel),
      [t('desk.case.concern')]: t('desk.case.concernIs', {
        category: label('Category', record.category),
        priority: label('Priority', record.priority),
        trigger: label('Trigger', record.trigger),
      }),
      [t('desk.case.whereItStands')]: t('desk.case.stands',
        { status: label('CaseStatus', record.status), level: levelOf(record.level, record.partner) }),
      [t('desk.case.description')]: record.description,
      [t('desk.case.followUpOf')]: record.linkedCaseNumber,
      [t('desk.case.messages')]: record.notificationOptOut ? t('desk.case.optedOut')
        : `${label('ContactChannel', record.preferredContactChannel)}, ${label('Language', record.language)}`,
      ...slaFacts(detail.sla),
      [t('desk.case.survey')]: detail.survey && t('desk.case.surveyAnswer', {
        satisfaction: detail.survey.satisfaction,
        resolved: detail.survey.concernResolved ? t('common.yes') : t('common.no'),
      }) + (detail.survey.comment ? ` — "${detail.survey.comment}"` : '')
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
    $('#open-tasks').replaceChildren(...detail.tasks.filter((task) => !task.ended)
      .flatMap((task, index) => (index ? [' ', openTask(task)] : [openTask(task)])));
    showConversation(record.caseNumber, detail);
    showKnowledge(record);
    $('#write').dataset.caseNumber = record.caseNumber;
    fill($('#timeline'), detail.timeline, [(u) => time(u.occurredAt), (u) => label('CaseEvent', u.event),
      (u) => u.actor, (u) => levelOf(u.level, u.partner), (u) => u.reason]);
    fill($('#lessons'), detail.lessons, [(l) => time(l.notedAt), (l) => l.notedBy,
      (l) => label('Level', l.level), (l) => label('LessonKind', l.kind), (l) => l.lesson,
      (l) => label('LessonStatus', l.status) + (l.decisionNote ? `: ${l.decisionNote}` : '')]);
    fill($('#tasks'), detail.tasks, [(task) => task.task, (task) => task.assignee,
      (task) => task.completedBy, (task) => time(task.created), (task) => time(task.ended)]);
    fill($('#notifications'), detail.notifications, [(n) => time(n.createdAt),
      (n) => (n.audience === 'SUPERVISOR'
        ? t('desk.notifications.toSupervisor', { event: label('CaseEvent', n.event) })
        : label('CaseEvent', n.event)),
      (n) => levelOf(n.level, n.partner), (n) => time(n.expectedResponseBy),
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

/**
 * Each select[data-choices] of the new-case form offers its type's codes under their labels,
 * after the empty choice its markup may have ("choose…").
 */
function fillNewCaseChoices() {
  for (const select of document.querySelectorAll('#new-case select[data-choices]')) {
    const only = select.dataset.only?.split(' ');
    const codes = Object.entries(state.labels[select.dataset.choices] ?? {})
      .filter(([code]) => !only || only.includes(code));
    const empty = select.querySelector('option[value=""]');
    select.replaceChildren(...(empty ? [empty] : []),
      ...codes.map(([value, text]) => new Option(text, value)));
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
    $('#new-case-result').replaceChildren(...tNodes('desk.newCase.opened',
      { caseNumber: link, level: label('Level', created.level) }));
    form.reset();
  } catch (error) {
    const refused = error.errors?.length ? error.errors : [{ message: error.message }];
    $('#new-case-errors').replaceChildren(...refused.map((refusal) => {
      const item = document.createElement('li');
      item.textContent = refusalOf(form, refusal);
      return item;
    }));
  }
}

/**
 * A refused field as the form names it: the API's field names become the form's labels, and a
 * rule across fields reads on from the first ("Email or Phone is required: …").
 */
function refusalOf(form, { field, message }) {
  const labelOf = (name) => form.elements.namedItem(name)?.labels?.[0]?.textContent;
  const worded = message.replace(/\b[a-z]+[A-Z]\w*\b/g, (name) => labelOf(name) ?? name);
  const label = field && labelOf(field);
  if (!label) return worded;
  return worded.startsWith('or ') ? `${label} ${worded}` : `${label}: ${worded}`;
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
