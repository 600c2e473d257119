/**
 * Reading the markup that svelte/server renders: the charts' elements with their
 * attributes, in document order. The markup is Svelte's own output (regular, quoted
 * attributes), so a tag scanner suffices and no DOM library is needed.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** Text up to the next tag (for <text> elements: their label). */
  text: string;
  /** The enclosing elements' tags, outermost first. */
  path: string[];
  /** The enclosing elements' attributes, outermost first. */
  parents: Record<string, string>[];
}

/** Renders a component on the server, returns its body markup. */
export function html<P extends Record<string, any>>(component: Component<P>, props: NoInfer<P>): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return render(component as Component<Record<string, unknown>>, { props }).body;
}

const VOID = new Set(['rect', 'line', 'path', 'circle', 'use', 'input', 'br', 'img', 'stop']);

/** Every element, with attributes decoded and the tags of its ancestors. */
export function elements(markup: string): El[] {
  const out: El[] = [];
  const stack: { tag: string; attrs: Record<string, string> }[] = [];
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>([^<]*)/g;
  const clean = markup.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of clean.matchAll(re)) {
    const [, close, tag, rawAttrs, selfClose, text] = m;
    if (close) {
      const i = stack.map((s) => s.tag).lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[a[1]] = decode(a[2] ?? '');
    out.push({ tag, attrs, text: decode(text), path: stack.map((s) => s.tag), parents: stack.map((s) => s.attrs) });
    if (!selfClose && !VOID.has(tag)) stack.push({ tag, attrs });
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The nearest enclosing element's value of `name`, if any (e.g. a cell's row respondent). */
export function inherited(el: El, name: string): string | undefined {
  for (let i = el.parents.length - 1; i >= 0; i--) if (name in el.parents[i]) return el.parents[i][name];
  return undefined;
}

/** Elements of one tag whose attributes include all of `where` ('' = present). */
export function query(els: El[], tag: string, where: Record<string, string> = {}): El[] {
  return els.filter((e) => e.tag === tag && Object.entries(where).every(([k, v]) => (v === '' ? k in e.attrs : e.attrs[k] === v)));
}

/** A numeric attribute. */
export const num = (e: El, name: string): number => Number(e.attrs[name]);
