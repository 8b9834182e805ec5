import { z } from 'zod';
import { htmlProblem } from './htmlProblem.ts';
import { BORDER_STYLES, MAX_TAGS_PER_ITEM, OPACITY } from './limits.ts';

/**
 * Field validators shared by the create props and the stored-state schemas, so only limits that
 * restored boards must meet too belong here; the tighter ones of SDK calls are in itemSchemas.ts.
 */
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
export const hexColor = z.string().regex(HEX_COLOR, 'must be a hex colour such as #1a1a1a');
export const fillColor = z
  .string()
  .refine(
    (value) => HEX_COLOR.test(value) || value === 'transparent',
    'must be a hex colour such as #ffffff, or transparent',
  );
/** A number in a limit's range, both ends included. */
export function between(range: { readonly min: number; readonly max: number }) {
  const message = `must be ${range.min} to ${range.max}`;
  return z.number().min(range.min, message).max(range.max, message);
}

export const opacity = z.number().min(OPACITY.min).max(OPACITY.max);
export const size = z.number().positive();
export const textAlign = z.enum(['left', 'center', 'right']);
export const textAlignVertical = z.enum(['top', 'middle', 'bottom']);
export const borderStyle = z.enum(BORDER_STYLES);
export const content = z.string().superRefine((value, context) => {
  const problem = htmlProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
export const tagIds = z
  .array(z.string())
  .max(MAX_TAGS_PER_ITEM, `at most ${MAX_TAGS_PER_ITEM} tags per item`);
