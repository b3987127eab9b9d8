/** Responses shared by the run routes: 202 with where to look, and 404 for an unknown run. */
import type { Context } from 'hono';
import { ApiError } from './api-error.ts';

export function accepted(c: Context, run: { id: string; status: string }) {
  const self = `/v1/simulations/${run.id}`;
  return c.json({ id: run.id, status: run.status, links: { self, results: `${self}/results` } }, 202, {
    Location: self,
  });
}

export function runNotFound(id: string): ApiError {
  return new ApiError(404, 'RUN_NOT_FOUND', { zh: `没有运行“${id}”`, en: `no run "${id}"` });
}
