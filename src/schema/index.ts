/**
 * `zfxxgk/schema`: zod 4 schemas of the report model and its diagnostics.
 *
 * For reports that arrive as JSON from elsewhere (a worker, a queue, a file another tool
 * wrote): `ReportSchema.parse(json)` gives a `Report`, or says what is wrong. The schemas
 * accept exactly what the TypeScript types describe — `z.infer<typeof ReportSchema>` *is*
 * `Report` (a type-level test holds them together) — and no unknown key. The same model
 * as JSON Schema (draft 2020-12), generated from these schemas at build time, ships as
 * `zfxxgk/report.schema.json`.
 */
import { z } from 'zod'

// No `.meta()` here: it would register ids in zod's global registry, shared with the
// user's own schemas. The JSON Schema's titles and `$defs` names are given at build time.

/** A count (a non-negative integer when the report is right) or `null`. */
const count = z.number().nullable()
/** A decimal amount or `null`. */
const amount = z.number().nullable()

/** A point in the user's text: 1-based line and column, 0-based offset (UTF-16 units). */
export const PointSchema = z.strictObject({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
})

/** A span of the user's text: `start` inclusive, `end` exclusive. */
export const PositionSchema = z.strictObject({ start: PointSchema, end: PointSchema })

/** One finding about a report: the shape of `Diagnostic`. */
export const DiagnosticSchema = z
  .strictObject({
    ruleId: z.string(),
    source: z.literal('zfxxgk'),
    severity: z.enum(['error', 'warning', 'info']),
    reason: z.string(),
    place: PositionSchema.nullable(),
    path: z.array(z.string()),
    actual: z.union([z.number(), z.string(), z.null()]).exactOptional(),
    expected: z.union([z.number(), z.string(), z.null()]).exactOptional(),
    url: z.string().exactOptional(),
    candidates: z.array(z.array(z.number().nullable())).exactOptional(),
    reports: z.array(z.number().int().min(0)).exactOptional(),
  })

/** One row of table 三: the seven applicant columns. */
export const ApplicantCountsSchema = z.strictObject({
  person: count,
  business: count,
  research: count,
  nonprofit: count,
  legalService: count,
  other: count,
  total: count,
})

/** One group of table 四. */
export const AppealOutcomesSchema = z.strictObject({ upheld: count, corrected: count, other: count, pending: count, total: count })

const appeals = z.strictObject({ review: AppealOutcomesSchema, lawsuit: AppealOutcomesSchema, lawsuitAfterReview: AppealOutcomesSchema })

/** Rows of table 三 up to （五）, and after （六）: the same in both templates. */
const applicationRows = {
  newRequests: ApplicantCountsSchema,
  carriedOver: ApplicantCountsSchema,
  granted: ApplicantCountsSchema,
  partlyGranted: ApplicantCountsSchema,
  withheld: z.strictObject({
    stateSecret: ApplicantCountsSchema,
    prohibitedByLaw: ApplicantCountsSchema,
    securityStability: ApplicantCountsSchema,
    thirdPartyRights: ApplicantCountsSchema,
    internalAffairs: ApplicantCountsSchema,
    processInformation: ApplicantCountsSchema,
    enforcementFiles: ApplicantCountsSchema,
    inquiryMatters: ApplicantCountsSchema,
  }),
  unavailable: z.strictObject({ notHeld: ApplicantCountsSchema, needsCreation: ApplicantCountsSchema, unclearAfterCorrection: ApplicantCountsSchema }),
  notProcessed: z.strictObject({
    complaint: ApplicantCountsSchema,
    duplicate: ApplicantCountsSchema,
    publication: ApplicantCountsSchema,
    excessive: ApplicantCountsSchema,
    confirmation: ApplicantCountsSchema,
  }),
  totalHandled: ApplicantCountsSchema,
  carriedForward: ApplicantCountsSchema,
}

const documentCounts = z.strictObject({ issued: count, repealed: count, inForce: count })
const publishedCounts = z.strictObject({ made: count, published: count, totalPublished: count })
const itemChange = z.strictObject({ previous: count, change: amount, decisions: count })

/** A number the prose states for a quantity the tables hold. */
export const StatedClaimSchema = z.strictObject({
  section: z.enum(['overview', 'problems', 'otherMatters']),
  quantity: z.string(),
  value: z.number(),
  quote: z.string(),
  place: PositionSchema,
  percent: z.strictObject({ value: z.number(), decimals: z.number().int().min(0), place: PositionSchema }).nullable(),
})

/** What every report has, whatever its template. */
const reportBase = {
  title: z.string().nullable(),
  organ: z.string().nullable(),
  year: z.number().nullable(),
  publishedAt: z.string().nullable(),
  prose: z.strictObject({ overview: z.string().nullable(), problems: z.string().nullable(), otherMatters: z.string().nullable() }),
  claims: z.array(StatedClaimSchema),
  layout: z.string().nullable(),
  layouts: z.strictObject({ active: z.string().nullable(), applications: z.string().nullable(), appeals: z.string().nullable() }),
  sources: z.record(z.string(), PositionSchema),
  diagnostics: z.array(DiagnosticSchema),
}

/** A report in the 2021 template (also `format: null`: not a report in a supported template). */
export const Report2021Schema = z.strictObject({
  format: z.union([z.literal('2021'), z.null()]),
  ...reportBase,
  active: z.strictObject({
    rules: documentCounts,
    normativeDocuments: documentCounts,
    licensing: z.strictObject({ decisions: count }),
    punishment: z.strictObject({ decisions: count }),
    coercion: z.strictObject({ decisions: count }),
    fees: z.strictObject({ amount }),
  }),
  applications: z.strictObject({
    ...applicationRows,
    otherHandling: z.strictObject({ overdueCorrection: ApplicantCountsSchema, overdueFee: ApplicantCountsSchema, other: ApplicantCountsSchema }),
  }),
  appeals,
})

/** A report in the 2019 trial template. */
export const Report2019Schema = z.strictObject({
  format: z.literal('2019'),
  ...reportBase,
  active: z.strictObject({
    rules: publishedCounts,
    normativeDocuments: publishedCounts,
    licensing: itemChange,
    otherServices: itemChange,
    punishment: itemChange,
    coercion: itemChange,
    fees: z.strictObject({ previous: count, change: amount }),
    procurement: z.strictObject({ projects: count, amount, amountUnit: z.string().nullable() }),
  }),
  applications: z.strictObject({ ...applicationRows, otherHandling: ApplicantCountsSchema }),
  appeals,
})

/** A parsed report, either template, told apart by `format`: the shape of `Report`. */
export const ReportSchema = z.discriminatedUnion('format', [Report2021Schema, Report2019Schema])
