// Content languages offered in the language menus (BCP 47). Names come from Intl.DisplayNames in
// the UI language, so the list needs no translation.
export const CONTENT_LANGUAGES = [
  'ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'en-US', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'ga', 'he',
  'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk',
  'sl', 'sr', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh', 'zh-Hant',
];

/** The offered languages plus any other code in use, so a select always shows its value. */
export function languageOptions(extra: Array<string | null | undefined>): string[] {
  const out = [...CONTENT_LANGUAGES];
  for (const code of extra) if (code && !out.includes(code)) out.push(code);
  return out;
}
