/**
 * The remissammanställning as blocks (headings, paragraphs, lists, quotes), and the two
 * plain forms a person edits: text (for Word) and Markdown. The text form is also read
 * back into blocks, so a person's edited draft exports as a .docx with its headings,
 * lists and quotes intact.
 *
 * Text form: a level-1 heading is underlined with "=", level 2 with "-"; a level-3
 * heading is a short line alone ending without a full stop; list items start with "– ",
 * sub-items with four spaces and "– "; a quote line starts with four spaces and "”".
 */

/** One list item, with optional sub-items (e.g. the conditions of an instans). */
export interface DraftItem {
  text: string;
  sub?: string[];
}

export type DraftBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'list'; items: DraftItem[] }
  | { kind: 'quote'; text: string };

export type DraftFormat = 'text' | 'markdown';

/** Markdown-significant characters anywhere in a line. */
const MD_SPECIAL = /[\\`*_{}[\]<>#|~]/g;

/** Escape imported text for Markdown; a leading "-", "+" or "1." would start a list. */
export function escMarkdown(s: string): string {
  return s.replace(MD_SPECIAL, '\\$&').replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Undo escMarkdown. */
function unescMarkdown(s: string): string {
  return s.replace(/\\([\\`*_{}[\]<>#|~+\-.)])/g, '$1');
}

const SUB = '    ';

/**
 * Blocks to text or Markdown. Block texts are plain: Markdown escaping happens here, so
 * a name like "*Stiftelsen*" stays a name.
 */
export function renderDraft(blocks: readonly DraftBlock[], format: DraftFormat): string {
  const md = format === 'markdown';
  const esc = (s: string) => (md ? escMarkdown(s) : s);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const t = esc(b.text);
      if (md) out.push(`${'#'.repeat(b.level)} ${t}`);
      else if (b.level === 3) out.push(t);
      else out.push(t, (b.level === 1 ? '=' : '-').repeat(Math.max(3, [...t].length)));
    } else if (b.kind === 'para') out.push(esc(b.text));
    else if (b.kind === 'quote') out.push(md ? `> ${esc(b.text)}` : `${SUB}${b.text}`);
    else {
      for (const it of b.items) {
        out.push(`${md ? '-' : '–'} ${esc(it.text)}`);
        for (const s of it.sub ?? []) out.push(`${md ? '  -' : `${SUB}–`} ${esc(s)}`);
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

/**
 * Read a draft (as renderDraft writes it, then edited by a person) back into blocks.
 * Anything not recognised is a paragraph, so no text is ever lost.
 */
export function parseDraft(text: string, format: DraftFormat): DraftBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: DraftBlock[] = [];
  const md = format === 'markdown';
  const un = (s: string) => (md ? unescMarkdown(s) : s);
  let para: string[] = [];
  let list: DraftItem[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'para', text: para.join(' ') });
    if (list) blocks.push({ kind: 'list', items: list });
    para = [];
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (md) {
      const h = /^(#{1,3})\s+(.*)$/.exec(line);
      if (h) {
        flush();
        blocks.push({ kind: 'heading', level: h[1].length as 1 | 2 | 3, text: un(h[2]) });
        continue;
      }
      if (/^>\s?/.test(line)) {
        flush();
        blocks.push({ kind: 'quote', text: un(line.replace(/^>\s?/, '')) });
        continue;
      }
      const sub = /^\s{2,}[-*]\s+(.*)$/.exec(line);
      const item = /^[-*]\s+(.*)$/.exec(line);
      if (sub && list && list.length) (list[list.length - 1].sub ??= []).push(un(sub[1]));
      else if (item) {
        if (para.length) flush();
        (list ??= []).push({ text: un(item[1]) });
      } else if (list) {
        // A wrapped list line continues the item.
        if (/^\s+/.test(line) && list.length) list[list.length - 1].text += ' ' + un(line.trim());
        else {
          flush();
          para.push(un(line));
        }
      } else para.push(un(line));
      continue;
    }
    if (/^={3,}\s*$/.test(next) || /^-{3,}\s*$/.test(next)) {
      flush();
      blocks.push({ kind: 'heading', level: next.startsWith('=') ? 1 : 2, text: line.trim() });
      i++;
      continue;
    }
    const sub = /^\s{2,}[–-]\s+(.*)$/.exec(line);
    const item = /^[–-]\s+(.*)$/.exec(line);
    if (sub && list && list.length) (list[list.length - 1].sub ??= []).push(sub[1]);
    else if (item) {
      if (para.length) flush();
      (list ??= []).push({ text: item[1] });
    } else if (/^\s{2,}”/.test(line)) {
      flush();
      blocks.push({ kind: 'quote', text: line.trim() });
    } else if (!list && !para.length && next.trim() === '' && line.length <= 90 && !/[.:;!?”]\s*$/.test(line) && !/^\s/.test(line)) {
      blocks.push({ kind: 'heading', level: 3, text: line.trim() });
    } else if (list) {
      flush();
      para.push(line.trim());
    } else para.push(line.trim());
  }
  flush();
  return blocks;
}
