import { describe, expect, it } from 'vitest'
import { fieldKeys, flattenReport, metadataKeys, parseReport } from '../src/index.js'
import { fixtures } from './helpers/fixtures.js'

const seed = fixtures('seeds')[0]!.input

describe('flattenReport', () => {
  it('holds exactly the metadata and the FIELDS keys of the format', () => {
    const flat = flattenReport(parseReport(seed))
    expect(Object.keys(flat)).toEqual([...metadataKeys, ...fieldKeys('2021')])
  })

  it('gives the same row for a report read back from JSON', () => {
    const report = parseReport(seed)
    expect(flattenReport(JSON.parse(JSON.stringify(report)))).toEqual(flattenReport(report))
  })

  it('flattens what is missing or malformed to null', () => {
    const flat = flattenReport({ format: '2021', applications: { newRequests: { person: '5', total: 5 } }, year: 'x' })
    expect(flat['applications.newRequests.total']).toBe(5)
    expect(flat['applications.newRequests.person']).toBe('5')
    expect(flat['applications.carriedOver.total']).toBeNull()
    expect(flat['year']).toBe('x')
    expect(flattenReport({ format: '2019' })['active.procurement.amount']).toBeNull()
  })

  it('throws a TypeError for something that is not a report object', () => {
    expect(() => flattenReport('report')).toThrow(TypeError)
    expect(() => flattenReport(null)).toThrow(TypeError)
    expect(() => flattenReport([])).toThrow(TypeError)
  })
})
