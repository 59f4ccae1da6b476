// The staff pages' wording in English and German. Load it in the page's <head>, before
// session.js. The language is the one chosen on the switch it adds to the page's header (kept
// in localStorage 'desk.lang', a preference), else the browser's first of English and German,
// else English. Markup names its wording by key and keeps the English as it is:
//   <h2 data-i18n="desk.search.heading">Find a case</h2>   (the element holds text only)
//   data-i18n-placeholder, data-i18n-title, data-i18n-aria-label: those attributes
// and scripts build text with t('desk.case.heading', { caseNumber }) for "{caseNumber}" in the
// wording, the key written out in the call; with a number `count` it takes the key's .one or
// .other form. Choosing a language loads the page again, which renders everything anew. The
// wording is in i18n/en.json and i18n/de.json; DeskWordingTest fails on a key missing in one
// of them or used and not there, and on wording in a page without its key
// (docs/working-cases.md: translating a page).
'use strict';

const deskI18n = (() => {
  /** Each language's locale, for dates and numbers, and its name in itself. */
  const LANGUAGES = {
    en: { locale: 'en-GB', name: 'English' },
    de: { locale: 'de-DE', name: 'Deutsch' },
  };
  const STORED = 'desk.lang';
  const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];
  const bundles = new URL('i18n/', document.currentScript.src);

  function chosenLanguage() {
    const stored = localStorage.getItem(STORED);
    if (stored && Object.hasOwn(LANGUAGES, stored)) return stored;
    return navigator.languages.map((tag) => tag.split('-')[0].toLowerCase())
      .find((language) => Object.hasOwn(LANGUAGES, language)) ?? 'en';
  }

  const language = chosenLanguage();
  const { locale } = LANGUAGES[language];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  let messages = {};

  /**
   * The wording of key in parts: strings, and each {name} as params.name, a node kept as it is
   * (a link within a sentence), a number in the language's digits.
   */
  function tNodes(key, params = {}) {
    const plural = typeof params.count === 'number' ? `${key}.${plurals.select(params.count)}` : key;
    const wording = messages[plural] ?? messages[key];
    if (wording === undefined) {
      console.warn('No wording for', key);
      return [key];
    }
    return wording.split(/\{(\w+)\}/).map((part, index) => {
      if (index % 2 === 0) return part;
      const value = params[part];
      return typeof value === 'number' ? numbers.format(value) : value ?? '';
    });
  }

  /** The wording of key as text. */
  function t(key, params = {}) {
    return tNodes(key, params).join('');
  }

  /** Puts the wording of the keys in root's markup into it: for markup built after loading. */
  function translate(root = document) {
    for (const element of root.querySelectorAll('[data-i18n]')) {
      element.textContent = t(element.dataset.i18n);
    }
    for (const attribute of ATTRIBUTES) {
      for (const element of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
        element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`)));
      }
    }
  }

  /** EN | DE in the header; choosing loads the page again, in the chosen language. */
  function addSwitch() {
    const header = document.querySelector('body > header');
    if (!header) return;
    const group = document.createElement('p');
    group.className = 'language';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t('language.switch'));
    Object.entries(LANGUAGES).forEach(([code, { name }], index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.lang = code;
      button.title = name;
      button.textContent = code.toUpperCase();
      button.setAttribute('aria-pressed', String(code === language));
      button.addEventListener('click', () => {
        if (code === language) return;
        localStorage.setItem(STORED, code);
        window.location.reload();
      });
      group.append(...(index ? [' | ', button] : [button]));
    });
    header.appendChild(group);
  }

  document.documentElement.lang = language;
  // hidden until translated, so a German page does not flash English first (desk.css)
  document.documentElement.classList.add('i18n-pending');
  const domLoaded = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  });
  /** Resolves once the page is in its language; the page shows even when the wording failed. */
  const ready = Promise.all([
    fetch(new URL(`${language}.json`, bundles)).then((response) => {
      if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
      return response.json();
    }),
    domLoaded,
  ]).then(([bundle]) => {
    messages = bundle;
    translate();
    addSwitch();
  }).catch((error) => console.error('The desk has no wording:', error))
    .finally(() => document.documentElement.classList.remove('i18n-pending'));

  return { language, locale, t, tNodes, translate, ready };
})();
const { t, tNodes } = deskI18n;
