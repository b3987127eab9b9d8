/** Small builders for the generated JSON Schemas (draft-07). */
export type Json = Record<string, unknown>;

/** `description` text: Chinese, then English. */
export const d = (zh: string, en: string): string => `${zh} / ${en}`;

export const ref = (name: string, description?: string): Json =>
  description ? { $ref: `#/definitions/${name}`, description } : { $ref: `#/definitions/${name}` };

export const obj = (required: string[], properties: Record<string, Json>, description?: string): Json => ({
  type: 'object',
  additionalProperties: false,
  required,
  ...(description ? { description } : {}),
  properties,
});

export const arr = (items: Json, description: string, minItems = 0): Json => ({
  type: 'array',
  ...(minItems ? { minItems } : {}),
  items,
  description,
});

export const int = (minimum: number, description: string): Json => ({ type: 'integer', minimum, description });

/** The fields every rule has (types.ts RuleBase). */
export const base = { id: ref('ruleId'), clause: ref('clauseId'), text: ref('quote') };
