// examples/schema.js
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parseReport } from 'zfxxgk'
import { ReportSchema } from 'zfxxgk/schema'

// A report that arrives as JSON from elsewhere.
const json = JSON.stringify(parseReport(readFileSync('examples/reports/004_3f00e38b5daa275f.txt', 'utf8')))
const report = ReportSchema.parse(JSON.parse(json))
console.log(report.format, report.applications.newRequests.total)

// A tampered one: zod says what and where.
const tampered = JSON.parse(json)
tampered.applications.newRequests.total = '78'
const result = ReportSchema.safeParse(tampered)
console.log(result.success, result.error.issues[0].path.join('.'), result.error.issues[0].message)

// The same model as JSON Schema, for any language.
const schema = JSON.parse(readFileSync(new URL(import.meta.resolve('zfxxgk/report.schema.json')), 'utf8'))
const validate = new Ajv2020({ allowUnionTypes: true }).compile(schema)
console.log(schema.title, validate(JSON.parse(json)), validate(tampered))
