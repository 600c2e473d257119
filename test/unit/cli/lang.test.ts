import { describe, expect, it } from 'vitest';
import { takeLang } from '../../../src/cli/lang.ts';

describe('takeLang', () => {
  it('takes --lang X and --lang=X out of the arguments', () => {
    expect(takeLang(['a.jsonl', '--lang', 'en', '--json'])).toEqual({ lang: 'en', argv: ['a.jsonl', '--json'] });
    expect(takeLang(['--lang=sv', 'b'], 'en')).toEqual({ lang: 'sv', argv: ['b'] });
  });
  it("falls back to the tool's default, and reports a language it does not have", () => {
    expect(takeLang(['x'])).toEqual({ lang: 'sv', argv: ['x'] });
    expect(takeLang(['x'], 'en').lang).toBe('en');
    expect(takeLang(['--lang', 'de', 'x'])).toEqual({ lang: 'sv', argv: ['x'], invalid: 'de' });
    expect(takeLang(['--lang'])).toEqual({ lang: 'sv', argv: [], invalid: '' });
  });
});
