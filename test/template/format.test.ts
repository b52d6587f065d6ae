/**
 * Format detection counts the older template's headers only until the comparison is
 * settled: it must answer as counting them all would.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat, template2019, template2021 } from '../../src/template/index.js'
import { propertyOptions } from '../helpers/property.js'

/** Every header counted, as detection first did. */
function countingAll(text: string, from: number): string | null {
  const count = (signatures: readonly string[]) => signatures.filter((signature) => text.includes(signature, from)).length
  const newer = count(template2021.signatures)
  const older = count(template2019.signatures)
  if (newer === 0 && older === 0) return ['本年新收政府信息公开申请数量', '复议后起诉'].some((marker) => text.includes(marker, from)) ? '2021' : null
  return older > newer ? '2019' : '2021'
}

describe('detectFormat', () => {
  it('answers as counting every header of both templates would', () => {
    const words = [...template2021.signatures, ...template2019.signatures, '本年新收政府信息公开申请数量', '复议后起诉', '规章', '总计', '\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 20 }), fc.nat({ max: 40 }), (parts, from) => {
        const text = parts.join('')
        expect(detectFormat(text, from)).toBe(countingAll(text, from))
      }),
      propertyOptions(2000),
    )
  })
})
