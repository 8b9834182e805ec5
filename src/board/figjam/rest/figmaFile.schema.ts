import { z } from 'zod';

/**
 * The parts of `GET /v1/files/:key` (@figma/rest-api-spec `GetFileResponse`) the reader uses.
 * Objects are loose and node types are any string, so values Figma adds pass through; the
 * fields used are checked. Colour channels are 0–1.
 */
const Channel = z.number().min(0).max(1);
export const FigmaPaint = z.looseObject({
  type: z.string(),
  visible: z.boolean().optional(),
  color: z.looseObject({ r: Channel, g: Channel, b: Channel, a: Channel.optional() }).optional(),
});

export const FigmaRect = z.looseObject({
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});

export type FigmaNode = {
  id: string;
  type: string;
  name?: string | undefined;
  characters?: string | undefined;
  fills?: z.infer<typeof FigmaPaint>[] | undefined;
  absoluteBoundingBox?: z.infer<typeof FigmaRect> | null | undefined;
  style?: { fontSize?: number | undefined } | undefined;
  sharedPluginData?: Record<string, Record<string, string>> | undefined;
  children?: FigmaNode[] | undefined;
};

export const FigmaNode: z.ZodType<FigmaNode> = z.lazy(() =>
  z.looseObject({
    id: z.string().min(1),
    type: z.string().min(1),
    name: z.string().optional(),
    characters: z.string().optional(),
    fills: z.array(FigmaPaint).optional(),
    absoluteBoundingBox: FigmaRect.nullish(),
    style: z.looseObject({ fontSize: z.number().positive().optional() }).optional(),
    sharedPluginData: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    children: z.array(FigmaNode).optional(),
  }),
);

export const FigmaFile = z.looseObject({
  name: z.string().optional(),
  editorType: z.string(),
  document: FigmaNode,
});
export type FigmaFile = z.infer<typeof FigmaFile>;

/** What marks JSON as a Figma file rather than a Miro board file. */
export function looksLikeFigmaFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'document' in json && 'editorType' in json;
}
