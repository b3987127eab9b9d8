/**
 * A report as plain tables (title, facts, sections, and the one flat table a spreadsheet gets),
 * built once per language and rendered as a terminal table, Markdown or CSV.
 */
export type Cell = string | number;

export interface ReportSection {
  title: string;
  header: string[];
  rows: Cell[][];
  /** A line under the table (e.g. how many rows were left out). */
  note?: string;
  /** Long lists: the terminal shows this many rows and says how many more the files hold. */
  terminalRows?: number;
}

export interface ReportDoc {
  title: string;
  /** Label and value pairs shown under the title. */
  facts: [string, string][];
  sections: ReportSection[];
  /** The spreadsheet view: one header row, one row per line item. */
  csv: { header: string[]; rows: Cell[][] };
}
