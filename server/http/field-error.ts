/** Re-throws an engine error about one field of the body as a 400 that names the field. */
import { isHotlineError } from '../../engine/index.ts';
import { ApiError } from './api-error.ts';
import { statusOfCode } from './status-table.ts';

export function atField<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!isHotlineError(e)) throw e;
    throw new ApiError(statusOfCode(e.code) ?? 400, e.code, e.text, [{ code: e.code, path, message: e.text }]);
  }
}
