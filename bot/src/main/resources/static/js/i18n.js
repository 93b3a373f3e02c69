// The page's own texts (labels, headings, button names, its own messages) in German and English.
// The bot's messages come from the API already in the conversation's language; these files only
// dress the page around them, so both stay in step when the team switches language.

const SUPPORTED = ['de', 'en'];
const loaded = new Map();
let language = 'de';
let texts = {};

export function supported(lang) {
  return SUPPORTED.includes(lang);
}

export function currentLanguage() {
  return language;
}

/** Loads the texts of a language (once) and makes it the page's language. */
export async function useLanguage(lang) {
  const chosen = supported(lang) ? lang : SUPPORTED[0];
  if (!loaded.has(chosen)) {
    const response = await fetch(`i18n/${chosen}.json`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`Page texts for ${chosen} could not be loaded (${response.status})`);
    }
    loaded.set(chosen, await response.json());
  }
  language = chosen;
  texts = loaded.get(chosen);
  applyToPage();
}

/** A text with its {placeholders} filled in; a missing key shows itself, so it is noticed. */
export function t(key, values = {}) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** Puts the current language's texts into every marked element of the page. */
function applyToPage() {
  document.documentElement.lang = language;
  document.title = t('page.title');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  }
  // The switch names the other language in that language, so screen readers pronounce it right.
  document.getElementById('language-switch').lang = t('language.switchLang');
}
