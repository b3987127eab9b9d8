/**
 * The law beside the rules: a rule set's source document clause by clause, each with the rule
 * elements that cite it and the open readings (settings) that bear on it, plus the clauses no rule
 * cites — what a policy officer reads to check that the YAML says what the text says.
 */

/** Where something is written: the file as diagnostics show it, 1-based line and column. */
export interface LawSite {
  file: string;
  line: number;
  col: number;
}

/** One rule element that cites a clause. */
export interface LawCitation extends LawSite {
  /** The DSL key the element sits under (`ticketTypes`, `deadlines`, `levels`, `escalated` …). */
  kind: string;
  /** What that kind is called, in the requested language. */
  kindName: string;
  /** The clause id it cites. */
  clause: string;
  /** The element's id, or its parent's id with the path below it (`escalation/levels/0`). */
  id: string;
  /** The element's own name in the rule set's words, when it has one. */
  name?: string;
  /** The words of the clause it quotes (`text`), when it quotes them. */
  text?: string;
}

/** An open reading: a named setting of the rule set, with the value it takes and the note above it. */
export interface LawReading extends LawSite {
  /** The setting's place in the DSL: `settings.counting.naturalDayEndOnHoliday`, `escalation.mode` … */
  setting: string;
  /** What the setting decides, in the requested language. */
  name: string;
  /** The value in force (what the file says, or the engine's default when it says nothing). */
  value: unknown;
  /** Whether the rule file writes the value (false: the default applies). */
  stated: boolean;
  /** Clauses the setting belongs to (the element's clause); empty: it applies to the whole rule set. */
  clauses: string[];
  /** The comment lines just above the setting in the rule file, Chinese and English lines apart. */
  note: { zh: string; en: string };
}

export interface LawClause {
  id: string;
  /** How a citation of it reads in the requested language (the vocabulary's `cite`). */
  cite: string;
  heading: string;
  gloss?: string;
  /** The clause's words: the vocabulary's `text`, else the rules' quotations of it. */
  text: string[];
  /** Where `text` comes from. */
  textFrom: 'vocabulary' | 'rules' | 'none';
  /** Whether the vocabulary says some rule must encode it. */
  evaluable: boolean;
  citedBy: LawCitation[];
  /** Indexes into `LawView.readings` of the readings that belong to this clause. */
  readings: number[];
}

export interface LawView {
  ruleset: { id: string; version: string; revision: string; title: string };
  source: { document: string; number?: string; issued: string; issuer: string };
  /** In the order of the rule set's clause catalogue (the document's order). */
  clauses: LawClause[];
  /** Clauses no rule element cites, in document order (evaluable ones are a validation error elsewhere). */
  uncited: string[];
  /** Citations of clause ids the catalogue does not list (none in a valid rule set). */
  unknownCitations: LawCitation[];
  readings: LawReading[];
  counts: { clauses: number; cited: number; uncited: number; citations: number; readings: number };
}
