/**
 * Numbers the prose states for cells of table 二, used to choose among the splits of a run
 * (`本年制发行政规范性文件62件` settles `6233440` as `62 | …`).
 *
 * Only statements that name one quantity without doubt: the verb (制发 / 废止 / 现行有效),
 * the document kind, and the count right after it. A hint only narrows splits; when none
 * fits it, it is ignored (whether the prose is right is `narrative-mismatch`'s business).
 */
import type { Format } from '../model.js'
import type { Region } from '../template/sections.js'
import type { SectionId } from '../template/types.js'

/** A number the prose states for a key, and where. */
export interface Hint {
  key: string
  value: number
  /** The statement, as written. */
  text: string
  start: number
  end: number
}

/** [pattern, key suffix] for each document kind and verb. The count is group 1. */
const STATEMENTS: readonly (readonly [RegExp, string])[] = [
  [/制发(?:行政)?规范性文件共?\s*(\d{1,6})\s*件/g, 'normativeDocuments.issued'],
  [/废止(?:行政)?规范性文件共?\s*(\d{1,6})\s*件/g, 'normativeDocuments.repealed'],
  [/现行有效的?(?:行政)?规范性文件共?\s*(\d{1,6})\s*件/g, 'normativeDocuments.inForce'],
  [/制发(?:政府)?规章共?\s*(\d{1,6})\s*件/g, 'rules.issued'],
  [/废止(?:政府)?规章共?\s*(\d{1,6})\s*件/g, 'rules.repealed'],
  [/现行有效的?(?:政府)?规章共?\s*(\d{1,6})\s*件/g, 'rules.inForce'],
]

const PROSE: readonly SectionId[] = ['overview', 'problems', 'otherMatters']

/** The hints the prose of `text` (normalized) gives. Only the 2021 template's columns have them. */
export function findHints(text: string, sections: Partial<Record<SectionId, Region>>, format: Format): Map<string, Hint> {
  const hints = new Map<string, Hint>()
  if (format !== '2021') return hints
  for (const id of PROSE) {
    const region = sections[id]
    if (region === undefined) continue
    const prose = text.slice(region.start, region.end)
    for (const [pattern, suffix] of STATEMENTS) {
      pattern.lastIndex = 0
      for (let match = pattern.exec(prose); match !== null; match = pattern.exec(prose)) {
        const key = `active.${suffix}`
        // Two statements with different numbers: the prose is unclear, take neither.
        const existing = hints.get(key)
        const value = Number(match[1])
        if (existing !== undefined && existing.value !== value) {
          hints.set(key, { ...existing, value: Number.NaN })
          continue
        }
        hints.set(key, { key, value, text: match[0], start: region.start + match.index, end: region.start + match.index + match[0].length })
      }
    }
  }
  for (const [key, hint] of hints) if (Number.isNaN(hint.value)) hints.delete(key)
  return hints
}
