/**
 * `--help` texts, with examples that work as written.
 */
import type { CommandName } from './types.js'

const MAIN = `zfxxgk — read and check 政府信息公开工作年度报告 in bulk

Usage:
  zfxxgk parse <paths…> [options]   read reports into JSON Lines, JSON or CSV
  zfxxgk check <paths…> [options]   check their arithmetic (勾稽关系) and list the problems
  zfxxgk help <command>             options of a command

Paths are files, directories (walked recursively), globs ("reports/**/*.txt", quoted so
that the tool expands them) or - for standard input. .txt and .md are read as text,
.html and .htm as web pages, other files by their content. UTF-8, UTF-16 (with BOM) and
GB18030/GBK are recognised.

Examples:
  zfxxgk check examples/reports
  zfxxgk parse examples/reports --format csv --bom --out reports.csv
  zfxxgk check "examples/**/*.html" --format jsonl --locale en > findings.jsonl

Exit codes: 0 nothing found, 1 findings at the --fail-on level, 2 usage error or an
input that could not be read (every input is still reported).

Options for both commands: --format, --out, --jobs, --quiet, --locale, --fail-on,
--help, --version. See zfxxgk help parse, zfxxgk help check.
`

const COMMON = `  -o, --out <file>       write to a file instead of standard output
  -j, --jobs <n>         parse in n worker threads (default: the machine's parallelism)
  -q, --quiet            no progress bar (it is only ever drawn when stderr is a terminal)
      --locale <zh-CN|en>  language of the messages (default zh-CN)
  -h, --help             this help
  -v, --version          the version`

const PARSE = `zfxxgk parse <paths…> [options] — read reports into data

Writes one record per input, in the order of the inputs:
  jsonl  one line per file: {"file", "encoding", "entry", "report": {…}}, or
         {"file", "error": {"code", "reason"}} for a file that could not be read
  json   the same records as one array
  csv    one row per file: file, format, year, organ, title, publishedAt, errors,
         warnings, readError, then every FIELDS.md key (2021 template, then the keys
         only the 2019 template has)

Options:
  -f, --format <jsonl|json|csv>  output format (default jsonl)
      --bom              start the CSV with a byte-order mark, for Excel
      --fail-on <error|warning|never>  exit 1 when a reading finding reaches this
                         level (default never)
${COMMON}

Examples:
  zfxxgk parse examples/reports > reports.jsonl
  zfxxgk parse examples/reports --format csv --bom --out reports.csv
  cat examples/reports/004_3f00e38b5daa275f.txt | zfxxgk parse - --format json
`

const CHECK = `zfxxgk check <paths…> [options] — check the reports' arithmetic

Lists what is wrong in each report: the balance rules (applications-balance,
applications-results-sum, applications-row-total, appeals-total, count-integer …) and
what could not be read (row-missing, section-missing, …; a reading warning counts as a
warning). Files in the order of the inputs; a summary line at the end.

Options:
  -f, --format <text|jsonl|json|csv>  output format (default text:
                         file:line:column  severity  message  ruleId)
      --rules <ids>      only these rule ids (comma-separated, repeatable)
      --ignore-rules <ids>  not these rule ids
      --blank-as-zero    check blank cells as 0 instead of "not assessable"
      --series           also check each organ's reports across years (carry-over …);
                         reports are grouped by the organ in their title
      --fail-on <error|warning|never>  exit 1 when a finding reaches this level
                         (default error)
      --verbose          also list info findings (rules not assessable)
      --bom              start the CSV with a byte-order mark, for Excel
${COMMON}

Examples:
  zfxxgk check examples/reports
  zfxxgk check examples/reports --rules applications-balance --locale en
  zfxxgk check examples/reports --series --fail-on warning
  zfxxgk check examples/reports --format csv --bom --out findings.csv
`

/** The help text of a command, or the overview. */
export function helpText(command: CommandName | undefined): string {
  if (command === 'parse') return PARSE
  if (command === 'check') return CHECK
  return MAIN
}
