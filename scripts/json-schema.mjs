#!/usr/bin/env node
// Build step (tsup's onSuccess): the JSON Schema (draft 2020-12) of the report model,
// generated from the built zod schemas, written to dist/report.schema.json and shipped as
// `zfxxgk/report.schema.json`. One source for both: the zod schemas in src/schema/.
import { writeFileSync } from 'node:fs'
import { z } from 'zod'
import * as schemas from '../dist/schema.js'

// Names for $defs and titles, in a registry of our own (not zod's global one).
const metadata = z.registry()
metadata.add(schemas.PointSchema, { id: 'Point', description: 'A point in the text: 1-based line and column, 0-based offset (UTF-16 code units).' })
metadata.add(schemas.PositionSchema, { id: 'Position', description: 'A span of the text: start inclusive, end exclusive.' })
metadata.add(schemas.StatedClaimSchema, { id: 'StatedClaim', description: 'A number the prose states for a quantity the tables hold.' })
metadata.add(schemas.DiagnosticSchema, { id: 'Diagnostic', description: 'One finding about a report, shaped like a VFileMessage.' })
metadata.add(schemas.ApplicantCountsSchema, { id: 'ApplicantCounts', description: 'One row of table 三: the seven applicant columns.' })
metadata.add(schemas.AppealOutcomesSchema, { id: 'AppealOutcomes', description: 'One group of table 四.' })
metadata.add(schemas.Report2021Schema, { id: 'Report2021', description: 'A report in the 2021 template (format null: not a report in a supported template).' })
metadata.add(schemas.Report2019Schema, { id: 'Report2019', description: 'A report in the 2019 trial template.' })

const { $schema, ...generated } = z.toJSONSchema(schemas.ReportSchema, { target: 'draft-2020-12', metadata })
const schema = {
  $schema,
  $id: 'https://unpkg.com/zfxxgk/dist/report.schema.json',
  title: 'zfxxgk report',
  description: 'A 政府信息公开工作年度报告 read by zfxxgk: values by FIELDS.md key, where each came from, and the findings.',
  ...generated,
}
writeFileSync(new URL('../dist/report.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`)
