export const USAGE = `Usage:
  journey-mapper report <file.json> [--format json|md|html|csv|mermaid] [--map <map id or title>] [--out <file>] [--debug]
  journey-mapper report --board <board id> [same options] [--timeout <s>] [--deadline <s>]
                                                            live board; reads MIRO_ACCESS_TOKEN
  journey-mapper report --figma-file <file key> [same options] [--timeout <s>] [--deadline <s>]
                                                            live FigJam file; reads FIGMA_ACCESS_TOKEN
  journey-mapper templates                                  list template ids and names
  journey-mapper --help

Options:
  <file.json>        a Miro board file, or a FigJam file as Figma's GET /v1/files/:key gives it
  --format <format>  the report's format: json (default), md, html, csv or mermaid
  --map <id|title>   only this map, by its id (its frame's; for a map drawn without a frame,
                     its first stage label's) or exact title (any case)
  --out <file>       write the report to this file instead of standard output
  --board <id>       read a live board over the Miro REST API; the id or the board's URL
  --figma-file <key> read a live FigJam file over the Figma REST API; the key or the file's URL
  --timeout <s>      live: seconds one request may take, body included (default 30)
  --deadline <s>     live: seconds the whole read may take, waits included (default 300)
  --debug            show the stack trace of a failure

Exit status: 0 done, 1 bad input, 2 bad usage.
`;
