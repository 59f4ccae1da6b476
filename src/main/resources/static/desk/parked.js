// Parked messages for administrators: what was kept without touching a case, and why.
// session.js signs in and calls the API, i18n.js has the wording; every value goes in as text.
'use strict';

async function showParked() {
  try {
    const messages = await api('/api/parked-messages?limit=200');
    fill($('#messages'), messages, [(m) => time(m.receivedAt),
      (m) => label('InboundChannel', m.channel),
      (m) => (m.senderName ? `${m.senderName} <${m.sender}>` : m.sender), (m) => m.subject,
      (m) => label('ParkedReason', m.parkedReason) + (m.error ? `: ${m.error}` : ''),
      (m) => m.text,
      (m) => m.attachments.map((file) => file.fileName + (file.refused ? ` (${file.refused})` : ''))
        .join(', ')]);
    $('#parked-error').textContent = messages.length ? '' : t('parked.none');
  } catch (error) {
    $('#parked-error').textContent = error.status === 403
      ? t('parked.forbidden') : error.message;
  }
}

$('#refresh').addEventListener('click', showParked);
document.addEventListener('desk:signed-in', () => {
  $('#parked').hidden = false;
  showParked();
});
document.addEventListener('desk:signed-out', () => {
  $('#parked').hidden = true;
});
