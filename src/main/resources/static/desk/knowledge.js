// Knowledge articles: every agent finds and reads the published ones; supervisors and process
// owners also write, edit and publish them. An article's text is data, shown as text only
// (textContent, form values), never as markup. session.js signs in and calls the API.
'use strict';

const ARTICLES = '/api/knowledge/articles';

/** The article being read or edited; none before one is chosen or while a new one is written. */
let chosen = null;

function searchParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#search'))) if (value) params.set(name, value);
  return params;
}

/** The list, as the search asks; the API says whether the caller edits, and the page follows. */
async function find() {
  try {
    const found = await api(ARTICLES + '?' + searchParams());
    document.querySelectorAll('.for-editors').forEach((element) => {
      element.hidden = !found.editor;
      element.disabled = !found.editor;
    });
    fill($('#articles'), found.articles, [titleButton, (a) => label('Category', a.category),
      (a) => label('Trigger', a.trigger), (a) => label('Language', a.language),
      (a) => label('ArticleStatus', a.status), (a) => time(a.updatedAt)]);
    $('#knowledge-error').textContent = '';
  } catch (error) {
    $('#knowledge-error').textContent = error.message;
  }
}

function titleButton(article) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.textContent = article.title;
  button.addEventListener('click', () => show(article));
  return button;
}

/** The article to read and, for editors, in the editor. */
function show(article) {
  chosen = article;
  $('#article').hidden = false;
  $('#article-title').textContent = article.title;
  $('#article-about').textContent = t('knowledge.about', {
    category: label('Category', article.category), trigger: label('Trigger', article.trigger),
    language: label('Language', article.language), status: label('ArticleStatus', article.status),
  });
  $('#article-body').textContent = article.body;
  const editor = $('#editor');
  editor.elements.title.value = article.title;
  editor.elements.body.value = article.body;
  editor.elements.category.value = article.category;
  editor.elements.trigger.value = article.trigger;
  editor.elements.language.value = article.language;
  $('#publish').hidden = article.status !== 'DRAFT';
  $('#editor-error').textContent = '';
}

function writeNew() {
  chosen = null;
  $('#article').hidden = true;
  $('#editor').reset();
  $('#publish').hidden = true;
  $('#editor-error').textContent = '';
  $('#editor').elements.title.focus();
}

/** A refusal names the fields it refused, each with what is wrong. */
function refused(error) {
  $('#editor-error').textContent = error.errors.length
    ? error.errors.map((field) => `${field.field}: ${field.message}`).join('; ') : error.message;
}

async function save(event) {
  event.preventDefault();
  const draft = Object.fromEntries(new FormData($('#editor')));
  try {
    show(chosen ? await api(`${ARTICLES}/${chosen.id}`, 'PUT', draft)
      : await api(ARTICLES, 'POST', draft));
    await find();
  } catch (error) {
    refused(error);
  }
}

async function publish() {
  try {
    show(await api(`${ARTICLES}/${chosen.id}/publish`, 'POST'));
    await find();
  } catch (error) {
    refused(error);
  }
}

$('#search').addEventListener('submit', (event) => {
  event.preventDefault();
  find();
});
$('#editor').addEventListener('submit', save);
$('#publish').addEventListener('click', publish);
$('#new-article').addEventListener('click', writeNew);
document.addEventListener('desk:signed-in', () => {
  fillCodeChoices();
  $('#knowledge').hidden = false;
  find();
});
document.addEventListener('desk:signed-out', () => {
  $('#knowledge').hidden = true;
});
