import { z } from 'zod';
import { htmlProblem } from './html.ts';
import { MAX_TAGS_PER_ITEM } from './limits.ts';

/** Field validators shared by the create props and the stored-state schemas. */
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
export const hexColor = z.string().regex(HEX_COLOR, 'must be a hex colour such as #1a1a1a');
export const fillColor = z
  .string()
  .refine(
    (value) => HEX_COLOR.test(value) || value === 'transparent',
    'must be a hex colour such as #ffffff, or transparent',
  );
export const opacity = z.number().min(0).max(1);
export const size = z.number().positive();
export const textAlign = z.enum(['left', 'center', 'right']);
export const textAlignVertical = z.enum(['top', 'middle', 'bottom']);
export const borderStyle = z.enum(['normal', 'dotted', 'dashed']);
export const content = z.string().superRefine((value, context) => {
  const problem = htmlProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
export const tagIds = z
  .array(z.string())
  .max(MAX_TAGS_PER_ITEM, `at most ${MAX_TAGS_PER_ITEM} tags per item`);
