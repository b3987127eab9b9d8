/**
 * Population profiles: how many and how often, for the ticket generator, one per office
 * (`rules/<office>/population.yaml`, schema `rules/schema/population.schema.json`). Not part of a
 * rule-set version: every limit, window, escalation level and review point the generator needs is
 * read from the rule set; the profile holds the mix (kinds and what each sets on a ticket, channels,
 * units, revisit results, outcomes, rates).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HotlineError } from '../errors.ts';
import type { Ticket } from '../evaluate/types.ts';
import { formatDiagnostic } from '../rules/diagnostic.ts';
import { RULES_DIR } from '../rules/paths.ts';
import { schemaDiagnostics } from '../rules/schema-check.ts';
import { validatorFor } from '../rules/schemas.ts';
import type { DisputeKind, ReturnField, TicketTypeId } from '../rules/types.ts';
import { parseYamlSource } from '../rules/yaml-source.ts';

/** One option of a list drawn in turn: taken with `chance` when no earlier option was; the last has none. */
export interface Choice<T> {
  value: T;
  chance?: number;
}

export interface Weighted<T> {
  value: T;
  weight: number;
}

export type ReturnOutcome = 'pending' | 'approved' | 'rejected' | 'refused';
export type TicketFlag = keyof NonNullable<Ticket['flags']>;

export interface KindProfile {
  /** The generator's own label of the kind. */
  id: string;
  weight: number;
  /** The rule set's ticket type of this kind: its limits and windows are read from it. */
  ticketType: TicketTypeId;
  /** Dispatched, accepted and contacted round the clock. */
  roundTheClock?: boolean;
  urgency?: Choice<Ticket['urgency']>[];
  channel?: Choice<Ticket['channel']>[];
  tags?: Choice<string[]>[];
  category?: Choice<string>[];
  /** Range of co-handling units (both included); without it `secondaryUnitRate`. */
  secondaryUnits?: [number, number];
  lateRate: number;
  /** In the completion limit's unit: working days, or hours for limits in hours or natural days. */
  completion: {
    earliest: number;
    lateBy: number;
    /**
     * Only for a ticket type the rule set gives no completion limit (the text states none): the
     * working days the generator assumes in its place. Not a limit: no deadline is checked against it.
     */
    assumedLimit?: number;
  };
  /**
   * Applications follow the type's extension rule; a type reached only by an approved application
   * (`extensionApproved = true` in its condition) without such a rule takes its own limit as the window.
   */
  extension?: {
    rate: number;
    /** Fractions (onTime) and multiples (late) of the rule set's application window. */
    apply: { onTimeShare?: number; onTime: [number, number]; late?: [number, number] };
    days: { usual?: number; usualShare?: number; range: [number, number] };
    grant?: 'requested-days' | 'full-cap';
  };
}

export interface PopulationProfile {
  /** The rule set (office) the profile belongs to. */
  office: string;
  defaultUrgency: Ticket['urgency'];
  kinds: KindProfile[];
  channels: Weighted<Ticket['channel']>[];
  flags: { flag: TicketFlag; rate: number; notDispatched?: boolean }[];
  /** With `count`, `{n}` in the name runs from 1 to count. */
  units: { name: string; weight: number; count?: number }[];
  secondaryUnitRate: number;
  returns: {
    rate: number;
    onTimeShare: number;
    disputeKinds: Weighted<DisputeKind>[];
    fields: Partial<Record<ReturnField, number>>;
    fieldsByDisputeKind: Partial<Record<DisputeKind, Partial<Record<ReturnField, number>>>>;
    specialFields: Partial<Record<ReturnField, number>>;
    outcomes: { first: Weighted<ReturnOutcome>[]; again: Weighted<ReturnOutcome>[] };
    againRate: number;
  };
  extensions: { fields: { reason?: number; plan?: number }; approvedRate: number };
  closingReport: { failRate: number; singleFailureShare: number };
  revisits: {
    results: { value: string; first: number; later: number; resolvedRate: number }[];
    redoRate: number;
  };
}

/** The units as `[name, weight]` pairs, in order, `count` entries expanded (`{n}` = 1 … count). */
export function unitWeights(profile: PopulationProfile): [string, number][] {
  return profile.units.flatMap((u): [string, number][] =>
    u.count === undefined
      ? [[u.name, u.weight]]
      : Array.from({ length: u.count }, (_, i): [string, number] => [
          u.name.replaceAll('{n}', String(i + 1)),
          u.weight,
        ]),
  );
}

/** Where an office's profile is shipped: `rules/<office>/population.yaml`. */
export function profilePath(office: string, rulesDir: string = RULES_DIR): string {
  return join(rulesDir, office, 'population.yaml');
}

function profileError(zh: string, en: string, details?: Record<string, unknown>): HotlineError {
  return new HotlineError('PROFILE_INVALID', { zh, en }, details);
}

/** Parses and validates profile YAML text (syntax, then the schema); throws `PROFILE_INVALID`. */
export function parseProfile(text: string, file: string): PopulationProfile {
  const src = parseYamlSource(text, file);
  const diagnostics =
    src.diagnostics.length > 0 ? src.diagnostics : schemaDiagnostics(validatorFor('population.schema.json'), src);
  if (diagnostics.length > 0) {
    const list = diagnostics.map((x) => formatDiagnostic(x, 'zh')).join('\n');
    throw profileError(
      `人群构成文件 ${file} 有 ${diagnostics.length} 处错误：\n${list}`,
      `the population profile ${file} has ${diagnostics.length} error(s):\n${diagnostics.map((x) => formatDiagnostic(x, 'en')).join('\n')}`,
      { diagnostics },
    );
  }
  return src.value as PopulationProfile;
}

/** Reads a profile file; without `file`, the one shipped beside the office's rule set. */
export function loadProfile(
  options: { file: string } | { office: string; rulesDir?: string; file?: string },
): PopulationProfile {
  const file =
    options.file ?? profilePath((options as { office: string }).office, (options as { rulesDir?: string }).rulesDir);
  if (!existsSync(file)) {
    throw new HotlineError('PROFILE_MISSING', {
      zh: `找不到人群构成文件 ${relative(process.cwd(), file) || file}（每个办公室一个，位于 rules/<办公室>/population.yaml，或以 --profile 指定）`,
      en: `no population profile at ${relative(process.cwd(), file) || file} (one per office, rules/<office>/population.yaml, or name one with --profile)`,
    });
  }
  return parseProfile(readFileSync(file, 'utf8'), file);
}
