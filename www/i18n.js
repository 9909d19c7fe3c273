// The page's languages: norsk bokmål, nynorsk, svenska, dansk and English.
// Every user-facing string is a key in one catalogue per language
// (www/i18n/<lang>.js); index.html marks its strings with data-i18n
// attributes. The language comes from ?lang=, else the browser's languages,
// else English; the switch in the header changes it. Nothing is stored.

import en from './i18n/en.js';
import nb from './i18n/nb.js';
import nn from './i18n/nn.js';
import sv from './i18n/sv.js';
import da from './i18n/da.js';

export const CATALOGUES = { nb, nn, sv, da, en };
export const LANGUAGES = ['nb', 'nn', 'sv', 'da', 'en'];

let lang = 'en';

/** The language to start in. */
export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const code = l.toLowerCase();
    if (code === 'nn' || code.startsWith('nn-')) return 'nn';
    if (code === 'nb' || code === 'no' || code.startsWith('nb-') || code.startsWith('no-')) return 'nb';
    for (const c of ['sv', 'da', 'en']) if (code === c || code.startsWith(c + '-')) return c;
  }
  return 'en';
}

export function language() {
  return lang;
}

/** A string in the current language, with `{name}` parameters filled in.
 * A key missing in a catalogue falls back to English (the tests forbid it). */
export function t(key, params = {}) {
  const s = CATALOGUES[lang][key] ?? en[key];
  if (s === undefined) throw new Error(`no string for ${key}`);
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Switch language and translate the static page. */
export function setLanguage(next) {
  lang = LANGUAGES.includes(next) ? next : 'en';
  document.documentElement.lang = lang === 'nb' || lang === 'nn' ? lang : lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
  document.title = t('page.title');
}
