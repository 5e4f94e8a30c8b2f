// UI languages: bundled resources (synchronous, offline), one i18next instance per app (tests make
// their own). The document's lang and dir follow the UI language; segment cells follow the texts.
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Issue } from '../../core/types';
import ar from './locales/ar';
import de from './locales/de';
import en, { type Messages } from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import zh from './locales/zh';

export const UI_LANGUAGES = ['en', 'fr', 'es', 'de', 'ar', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const RESOURCES: Record<UiLanguage, Messages> = { en, fr, es, de, ar, zh };

/** The best UI language for a list of preferred languages (navigator.languages), English otherwise. */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.split(/[-_]/)[0].toLowerCase();
    if ((UI_LANGUAGES as readonly string[]).includes(base)) return base as UiLanguage;
  }
  return 'en';
}

export function createI18n(lng: string): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l, { translation: RESOURCES[l] }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Puts the UI language on the page: <html lang dir>, so the whole layout mirrors for Arabic. */
export function applyDocumentLanguage(i18n: I18n, doc: Document = document): void {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  doc.documentElement.lang = lng;
  doc.documentElement.dir = i18n.dir(lng);
}

/** A check's message in the UI language when translated (`checks.<ruleId>.<messageId>`), else the engine's English. */
export function issueMessage(t: TFunction, issue: Issue): string {
  return t(`checks.${issue.ruleId}.${issue.messageId}`, { ...issue.data, defaultValue: issue.message }) as string;
}

/** The language a check's message is shown in: the UI's when translated, else the engine's English. */
export function issueMessageLang(i18n: I18n, issue: Issue): string {
  const key = `checks.${issue.ruleId}.${issue.messageId}`;
  return i18n.exists(key) ? i18n.resolvedLanguage ?? i18n.language : 'en';
}

/** Name of a language in the UI language ('fr' → 'French' / 'français'), falling back to the code. */
export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in itself, for the UI-language menu. */
export function autonym(code: string): string {
  return languageName(code, code);
}
