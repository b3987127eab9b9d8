/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * A decision's explanation (the engine's text) as readable markup: paragraphs, and the runs of
 * `- ` lines (one per deadline) as a real list instead of dashes in the text.
 */
import { h } from './dom.ts';

export function explanationView(text: string, id: string): HTMLElement {
  const box = h('div', { class: 'expl', id });
  let list: HTMLUListElement | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) {
      if (!list) {
        list = h('ul', { class: 'expl-list' });
        box.append(list);
      }
      list.append(h('li', {}, line.slice(2)));
    } else {
      list = null;
      if (line.trim() !== '') box.append(h('p', {}, line));
    }
  }
  return box;
}
