import { en } from './en.ts';
import { sv, type MessageKey } from './sv.ts';

export type Lang = 'sv' | 'en';
const DICTS: Record<Lang, Record<MessageKey, string>> = { sv, en };
const STORAGE_KEY = 'remissradar.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** The UI language: Swedish first, English as a setting remembered on this machine. */
class I18n {
  lang = $state<Lang>(initialLang());

  /** Look up a message and fill `{name}` placeholders. */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    let s = DICTS[this.lang][key] ?? sv[key] ?? key;
    if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };

  set(lang: Lang) {
    this.lang = lang;
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      /* private mode: the choice lasts this visit */
    }
  }
}

export const i18n = new I18n();
export const t = i18n.t;
export type { MessageKey };
