/// <reference lib="dom" />
/**
 * Colours that mean better or worse for the handling unit (not new or old): the engine's reading
 * (`engine/simulate/change-tone.ts`) as classes, titles and the legend that explains them.
 */
import { changeTone, sizeTone, type Tone } from '../../../engine/simulate/change-tone.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

export type { Tone };
export const toneOfChange = changeTone;
export const toneOfSize = sizeTone;

/** The word a tone's colour stands for (a title, so that colour is never the only sign). */
export const toneTitle = (tone: Tone): string | null =>
  tone === 'better' ? t('toneBetterShort') : tone === 'worse' ? t('toneWorseShort') : null;

/** The legend: green easier, red stricter, ink neither. */
export function toneLegend(): HTMLParagraphElement {
  return h(
    'p',
    { class: 'tone-legend' },
    t('toneLegend'),
    h('span', { class: 'tone-key tone-better' }, t('toneBetter')),
    ' ',
    h('span', { class: 'tone-key tone-worse' }, t('toneWorse')),
    ' ',
    h('span', { class: 'tone-key tone-neutral' }, t('toneNeutral')),
  );
}
