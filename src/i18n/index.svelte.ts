import type { Message } from '../lib/domain/message.ts';
import { en } from './en.ts';
import type { Lang } from './lang.ts';
import { IMPORT_INITIALS } from '../lib/db/importMarks.ts';
import { errorText, messageText, registerErrorMessages } from './messages.ts';
import { sv, type MessageKey } from './sv.ts';

export type { Lang };
/** Mutable: areas that load with their view are added by registerMessages. */
const DICTS: Record<Lang, Partial<Record<MessageKey, string>>> = { sv: { ...sv }, en: { ...en } };

/**
 * Add an area's messages (a view that loads on first use calls this from its module
 * script, before it renders anything).
 */
export function registerMessages(area: { sv: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(DICTS.sv, area.sv);
  Object.assign(DICTS.en, area.en);
}
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
    let s = DICTS[this.lang][key] ?? DICTS.sv[key] ?? key;
    if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };

  /**
   * A count in words: `{key}.one` when n is 1 and that message exists ("1 yttrande"),
   * else `key` ("3 yttranden"); `{n}` is the count as given (format it first if needed).
   */
  tn = (key: MessageKey, n: number, params?: Record<string, string | number>, shown: string | number = n): string => {
    const one = `${key}.one` as MessageKey;
    const k = n === 1 && (DICTS[this.lang][one] ?? DICTS.sv[one]) ? one : key;
    return this.t(k, { ...params, n: shown });
  };

  /** Bumped when the errors catalogue has loaded, so a message shown before re-renders. */
  #errorsLoaded = $state(0);

  constructor() {
    // Not in the first screen's bundle: fetched at once, beside it (see messages.ts).
    void import('./areas/errors.ts').then((area) => {
      registerErrorMessages(area);
      this.#errorsLoaded++;
    });
  }

  /** A coded message (an error, a notice) from src/lib, the workers or a state class. */
  m = (message: Message): string => (this.#errorsLoaded, messageText(this.lang, message));

  /** Any thrown value as a sentence (a coded error's message, else a storage error). */
  te = (e: unknown): string => (this.#errorsLoaded, errorText(this.lang, e));

  /** An override's reason as shown: an imported stance's (its initials are the import's) in the chosen language, a person's as written. */
  reason = (o: { reason?: string; initials?: string }): string =>
    o.initials === IMPORT_INITIALS ? this.t('detail.importedReason') : (o.reason ?? '');

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
export const tn = i18n.tn;
export const tm = i18n.m;
export const te = i18n.te;
export type { MessageKey };
