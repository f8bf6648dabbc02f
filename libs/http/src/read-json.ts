import type { Context } from 'hono';
import type { z } from 'zod';
import { validationError } from '@keywarden/errors';

/**
 * Reads the JSON body and validates it: malformed JSON is a 400 ERR_VALIDATION (not the 500 a
 * bare SyntaxError would become), and a schema failure is the ZodError that toProblem lists.
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw validationError('The request body is not valid JSON.', { errorId: 'HTTP-j50n' });
  }
  return schema.parse(body);
}
