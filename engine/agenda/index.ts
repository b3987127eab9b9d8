/** The center's daily agenda (issue 15 part 2): the public surface of engine/agenda/. */
export * from './agenda.ts';
export * from './agenda-doc.ts';
export * from './agenda-instant.ts';
export * from './render-agenda.ts';
export type * from './types.ts';
