// One gate for every string in every request body and query: control characters are refused with a 400
// naming the field, before any route runs (a NUL used to reach the database as a 500, after a hash).
import type { FastifyInstance } from 'fastify';
import { invalidFields } from '../errors.js';

/** C0 controls, DEL and C1 controls. Tab and line breaks are allowed only in free-text fields. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this file's job.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Fields whose value is free text written by the person, where a line break is part of the text. */
const MULTI_LINE_FIELDS = new Set(['notes']);
const MAX_DEPTH = 32;

/** The dotted path of the first string (or key) with a control character, or null when there is none. */
export function findControlCharacter(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') {
    const field = path[path.length - 1];
    const pattern = field !== undefined && MULTI_LINE_FIELDS.has(field) ? CONTROL_EXCEPT_LINES : CONTROL;
    return pattern.test(value) ? path.join('.') || 'body' : null;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, item] of Object.entries(value)) {
    if (CONTROL.test(key)) return [...path, key.replace(CONTROL, '?')].join('.');
    const found = findControlCharacter(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function installControlCharacterGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = findControlCharacter(request.body) ?? findControlCharacter(request.query);
    if (field === null) return;
    throw invalidFields({
      [field]: 'must not contain control characters',
    });
  });
}
