// The review of the feedback loop: lessons to adopt or dismiss, dissatisfied customers' answers,
// each linking to its case. session.js signs in and calls the API, i18n.js has the wording.
'use strict';

/** The filters as the API takes them: days become instants, the last day its next midnight. */
function filterParams(withStatus) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#filters'))) {
    if (!value || (name === 'status' && !withStatus)) continue;
    if (name === 'from' || name === 'to') {
      const day = new Date(value + 'T00:00');
      if (name === 'to') day.setDate(day.getDate() + 1);
      params.set(name, day.toISOString());
    } else {
      params.set(name, value);
    }
  }
  return params;
}

function caseLink(caseNumber) {
  const link = document.createElement('a');
  link.href = '/desk/#' + encodeURIComponent(caseNumber);
  link.textContent = caseNumber;
  return link;
}

/** An open lesson gets a note and two buttons; a decided one says what was decided. */
function decision(lesson) {
  if (lesson.status !== 'OPEN') {
    return t('review.decided', { status: label('LessonStatus', lesson.status),
      user: lesson.decidedBy, note: lesson.decisionNote });
  }
  const form = document.createElement('form');
  form.className = 'decision';
  const note = document.createElement('input');
  note.name = 'note';
  note.required = true;
  const lessonId = String(lesson.id);
  note.setAttribute('aria-label', t('review.decision.noteLabel', { lesson: lessonId }));
  note.placeholder = t('review.decision.note');
  form.appendChild(note);
  const choices = [
    ['ADOPTED', t('review.decision.adopt'), t('review.decision.adoptLabel', { lesson: lessonId })],
    ['DISMISSED', t('review.decision.dismiss'),
      t('review.decision.dismissLabel', { lesson: lessonId })],
  ];
  for (const [value, text, name] of choices) {
    const button = document.createElement('button');
    button.type = 'submit';
    button.value = value;
    button.textContent = text;
    button.setAttribute('aria-label', name);
    form.appendChild(button);
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/lessons/${lesson.id}/decision`, 'POST',
        { decision: event.submitter.value, note: note.value });
      await showAll();
    } catch (error) {
      $('#review-error').textContent = error.message;
    }
  });
  return form;
}

async function showAll() {
  try {
    const lessons = await api('/api/lessons?' + filterParams(true));
    fill($('#lessons'), lessons.rows, [(l) => time(l.notedAt), (l) => caseLink(l.caseNumber),
      (l) => l.notedBy, (l) => label('Level', l.level), (l) => label('Trigger', l.trigger),
      (l) => label('Category', l.category), (l) => label('LessonKind', l.kind), (l) => l.lesson,
      decision]);
    const answers = await api('/api/survey-answers?dissatisfied=true&' + filterParams(false));
    fill($('#answers'), answers.rows, [(a) => time(a.answeredAt), (a) => caseLink(a.caseNumber),
      (a) => t('review.answers.satisfactionOf', { satisfaction: a.satisfaction }),
      (a) => (a.concernResolved ? t('common.yes') : t('common.no')), (a) => a.comment,
      (a) => label('Trigger', a.trigger), (a) => label('Category', a.category),
      (a) => label('Level', a.resolvedLevel)]);
    $('#review-error').textContent = '';
  } catch (error) {
    $('#review-error').textContent = error.status === 403
      ? t('review.forbidden') : error.message;
  }
}

$('#filters').addEventListener('submit', (event) => {
  event.preventDefault();
  showAll();
});
document.querySelectorAll('button.download').forEach((button) => button.addEventListener('click',
  () => download(button.dataset.path + '?' + filterParams(button.dataset.path === '/api/lessons')
    + (button.dataset.path === '/api/survey-answers' ? '&dissatisfied=true' : ''),
  'text/csv', 'report.csv')
    .catch((error) => { $('#review-error').textContent = error.message; })));
document.addEventListener('desk:signed-in', () => {
  fillCodeChoices();
  $('#review').hidden = false;
  showAll();
});
document.addEventListener('desk:signed-out', () => {
  $('#review').hidden = true;
});
