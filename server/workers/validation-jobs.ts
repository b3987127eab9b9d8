/** The jobs the validation worker runs, and running one (the same code on either thread). */
import { type AssessmentInputCheck, checkAssessmentInput } from '../../engine/index.ts';
import { checkDraft, type DraftCheck, type DraftFiles } from '../rules/draft.ts';
import { checkTextJob, type TextCheck, type TextJob } from '../rules/validate-text.ts';

export type ValidationJob =
  | { kind: 'draft'; files: DraftFiles; rulesDir: string }
  | { kind: 'text'; job: TextJob }
  | { kind: 'assessment-input'; text: string; file: string; format: 'json' | 'yaml' | 'csv' };

export type ValidationResult<J extends ValidationJob> = J extends { kind: 'draft' }
  ? DraftCheck
  : J extends { kind: 'text' }
    ? TextCheck
    : AssessmentInputCheck;

export function runValidationJob<J extends ValidationJob>(job: J): ValidationResult<J> {
  switch (job.kind) {
    case 'draft':
      return checkDraft(job.files, job.rulesDir) as ValidationResult<J>;
    case 'text':
      return checkTextJob(job.job) as ValidationResult<J>;
    default:
      return checkAssessmentInput([{ text: job.text, file: job.file, format: job.format }]) as ValidationResult<J>;
  }
}

/** Bytes of text a job carries (small jobs run inline: a worker round trip costs more than they do). */
export function jobSize(job: ValidationJob): number {
  if (job.kind === 'draft') return Object.values(job.files).reduce((n, t) => n + t.length, 0);
  if (job.kind === 'text') return job.job.text.length;
  return job.text.length;
}
