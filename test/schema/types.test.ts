/**
 * The schemas and the TypeScript types are one: `z.infer` of each schema and the exported
 * type are mutually assignable (under `exactOptionalPropertyTypes`, so `url?: string` and
 * `url?: string | undefined` differ) and equal for vitest's `expectTypeOf`. Checked by
 * `tsc`: a drift fails the type-check step of `npm test`.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { Diagnostic, Position, Report, Report2019, Report2021, StatedClaim } from '../../src/index.js'
import { DiagnosticSchema, PositionSchema, Report2019Schema, Report2021Schema, ReportSchema, StatedClaimSchema } from '../../src/schema/index.js'

/** `true` when `A` and `B` are assignable to each other; `false` otherwise. */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

const agree: {
  report: MutuallyAssignable<z.infer<typeof ReportSchema>, Report>
  report2021: MutuallyAssignable<z.infer<typeof Report2021Schema>, Report2021>
  report2019: MutuallyAssignable<z.infer<typeof Report2019Schema>, Report2019>
  diagnostic: MutuallyAssignable<z.infer<typeof DiagnosticSchema>, Diagnostic>
  position: MutuallyAssignable<z.infer<typeof PositionSchema>, Position>
  claim: MutuallyAssignable<z.infer<typeof StatedClaimSchema>, StatedClaim>
} = { report: true, report2021: true, report2019: true, diagnostic: true, position: true, claim: true }

describe('schema types', () => {
  it('are the model types', () => {
    expectTypeOf<z.infer<typeof ReportSchema>>().toEqualTypeOf<Report>()
    expectTypeOf<z.infer<typeof DiagnosticSchema>>().toEqualTypeOf<Diagnostic>()
    expectTypeOf<z.input<typeof ReportSchema>>().toEqualTypeOf<Report>()
    expect(Object.values(agree).every(Boolean)).toBe(true)
  })
})
