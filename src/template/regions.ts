/**
 * Where each table is read: its section's region, or, when the section's heading is
 * missing, the stretch between the sections found around it, from the first words that
 * open the table. The section before is then cut where the table opens, so that it does
 * not read the table's values as its own.
 */
import type { Region } from './sections.js'
import type { SectionId, TemplateTable } from './types.js'

const ORDER: readonly SectionId[] = ['overview', 'active', 'applications', 'appeals', 'problems', 'otherMatters']

/** A table's region, and whether it came from its own heading. */
export interface TableRegion {
  start: number
  end: number
  /** `false` when the heading was missing and the table was looked for by its opening words. */
  headed: boolean
}

/** The regions of `tables` in `text` (normalized), given the sections found. */
export function tableRegions(text: string, sections: Partial<Record<SectionId, Region>>, tables: readonly TemplateTable[]): Map<TemplateTable, TableRegion> {
  const regions = new Map<TemplateTable, TableRegion>()
  for (const table of tables) {
    const own = sections[table.section]
    if (own !== undefined) {
      regions.set(table, { start: own.start, end: own.end, headed: true })
      continue
    }
    // Between the nearest sections found before and after.
    const at = ORDER.indexOf(table.section)
    const before = ORDER.slice(0, at).reverse().map((id) => sections[id]).find((region) => region !== undefined)
    const after = ORDER.slice(at + 1).map((id) => sections[id]).find((region) => region !== undefined)
    const from = before?.start ?? 0
    const to = after?.heading ?? text.length
    let opening = -1
    for (const word of table.opens) {
      const found = text.indexOf(word, from)
      if (found !== -1 && found < to && (opening === -1 || found < opening)) opening = found
    }
    if (opening === -1) continue
    // From the start of the line the opening words are on.
    let start = opening
    while (start > from && text.charCodeAt(start - 1) !== 0x0a) start--
    if (start === from) start = opening
    regions.set(table, { start, end: to, headed: false })
    // The table before ends where this one opens.
    for (const [other, region] of regions) if (other !== table && region.start < start && region.end > start) region.end = start
  }
  return regions
}
