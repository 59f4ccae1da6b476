// After a start Tasklist says only "The process has been started."; the agent needs the case's
// number, to tell the customer and to find the case. The engine answers a start with the new
// process instance, whose business key is the case number: this shows it, linked to the case on
// the desk, until the agent closes the note.

const PROCESS_KEY = 'CustomerEscalation';
const WORDS = {
  en: { opened: (number) => `Case ${number} opened`, desk: 'Open it on the desk' },
  de: { opened: (number) => `Fall ${number} eröffnet`, desk: 'Auf dem Desk öffnen' },
};

/** Text as HTML that shows it as the text it is: Tasklist's notes are HTML. */
function asHtml(text) {
  const node = document.createElement('span');
  node.textContent = text;
  return node.innerHTML;
}

function note(instance, language) {
  const words = WORDS[language] ?? WORDS.en;
  const link = document.createElement('a');
  link.href = '/desk/#' + encodeURIComponent(instance.businessKey);
  link.textContent = words.desk;
  return { status: asHtml(words.opened(instance.businessKey)), message: link.outerHTML,
    unsafe: true };
}

// A note added while the start dialog is open would go to the dialog's own panel and close with
// it; so the case's note follows Tasklist's own "started" note, which it adds once the dialog is
// gone.
window.angular.module('cam.tasklist').run(['camAPI', 'Notifications', '$translate',
  (camAPI, notifications, $translate) => {
    let opened = null;
    const definitions = camAPI.resource('process-definition');
    const submitForm = definitions.submitForm;
    definitions.submitForm = function (...args) {
      const started = submitForm.apply(this, args);
      Promise.resolve(started).then((instance) => {
        opened = instance?.businessKey && instance.definitionId?.startsWith(PROCESS_KEY + ':')
          ? instance : null;
      }, () => {}); // Tasklist itself says why a start failed
      return started;
    };
    const addMessage = notifications.addMessage;
    notifications.addMessage = function (message) {
      const startedNote = opened && message.status === $translate.instant('PROCESS_START_OK');
      const added = addMessage.call(this, message);
      if (startedNote) {
        addMessage.call(this, note(opened, $translate.use()));
        opened = null;
      }
      return added;
    };
  }]);

export default [];
