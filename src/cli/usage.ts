export const USAGE = `Usage:
  journey-mapper report <file.json> [--format json|md|html|csv|mermaid] [--map <map id or title>] [--out <file>] [--debug]
  journey-mapper report --board <board id> [same options] [--timeout <s>] [--deadline <s>]
                                                            live board; reads MIRO_ACCESS_TOKEN
  journey-mapper templates                                  list template ids and names
  journey-mapper --help

Options:
  --format <format>  the report's format: json (default), md, html, csv or mermaid
  --map <id|title>   only this map, by its id (its frame's; for a map drawn without a frame,
                     its first stage label's) or exact title (any case)
  --out <file>       write the report to this file instead of standard output
  --board <id>       read a live board over the Miro REST API; the id or the board's URL
  --timeout <s>      with --board: seconds one request may take, body included (default 30)
  --deadline <s>     with --board: seconds the whole read may take, waits included (default 300)
  --debug            show the stack trace of a failure

Exit status: 0 done, 1 bad input, 2 bad usage.
`;
