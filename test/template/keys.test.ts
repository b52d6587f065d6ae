/**
 * The flat keys are a public contract (FIELDS.md): this list is written out by hand, so a
 * change to the templates that renames or drops a key fails here.
 */
import { describe, expect, it } from 'vitest'
import { fieldKeys } from '../../src/index.js'

const applicant = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total']
const rowsHead = [
  'newRequests', 'carriedOver', 'granted', 'partlyGranted',
  'withheld.stateSecret', 'withheld.prohibitedByLaw', 'withheld.securityStability', 'withheld.thirdPartyRights',
  'withheld.internalAffairs', 'withheld.processInformation', 'withheld.enforcementFiles', 'withheld.inquiryMatters',
  'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclearAfterCorrection',
  'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation',
]
const appeals = ['review', 'lawsuit', 'lawsuitAfterReview'].flatMap((group) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((outcome) => `appeals.${group}.${outcome}`))
const applications = (otherHandling: string[]) =>
  [...rowsHead, ...otherHandling, 'totalHandled', 'carriedForward'].flatMap((row) => applicant.map((column) => `applications.${row}.${column}`))

describe('fieldKeys', () => {
  it('2021: table 二, then 三 row by row, then 四', () => {
    expect(fieldKeys('2021')).toEqual([
      'active.rules.issued', 'active.rules.repealed', 'active.rules.inForce',
      'active.normativeDocuments.issued', 'active.normativeDocuments.repealed', 'active.normativeDocuments.inForce',
      'active.licensing.decisions', 'active.punishment.decisions', 'active.coercion.decisions', 'active.fees.amount',
      ...applications(['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other']),
      ...appeals,
    ])
    expect(fieldKeys('2021')).toHaveLength(200)
  })

  it('2019: its own 二, and （六）其他处理 as one row', () => {
    expect(fieldKeys('2019')).toEqual([
      'active.rules.made', 'active.rules.published', 'active.rules.totalPublished',
      'active.normativeDocuments.made', 'active.normativeDocuments.published', 'active.normativeDocuments.totalPublished',
      'active.licensing.previous', 'active.licensing.change', 'active.licensing.decisions',
      'active.otherServices.previous', 'active.otherServices.change', 'active.otherServices.decisions',
      'active.punishment.previous', 'active.punishment.change', 'active.punishment.decisions',
      'active.coercion.previous', 'active.coercion.change', 'active.coercion.decisions',
      'active.fees.previous', 'active.fees.change',
      'active.procurement.projects', 'active.procurement.amount',
      ...applications(['otherHandling']),
      ...appeals,
    ])
  })
})
