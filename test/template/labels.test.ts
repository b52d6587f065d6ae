import { describe, expect, it } from 'vitest'
import { labelScore, squeeze, stripNumbering } from '../../src/template/labels.js'
import { template2021 } from '../../src/template/index.js'

const applications = template2021.tables.find((table) => table.id === 'applications')!
const rowIndex = (key: string) => applications.rows.findIndex((row) => row.key === `applications.${key}`)
const score = (text: string, key: string) => {
  const squeezed = squeeze(text)
  return labelScore(applications, rowIndex(key), squeezed, stripNumbering(squeezed))
}

describe('squeeze', () => {
  it('keeps CJK ideographs (basic, extension A, compatibility), ASCII letters and digits, and only them', () => {
    expect(squeeze('（一）予以公开')).toBe('一予以公开')
    expect(squeeze('3. 危及“三安全 一稳定” Ab9_-')).toBe('3危及三安全一稳定Ab9')
    expect(squeeze('\u3400\u4dbf\u33ff\u4dc0\uf900\ufaff\ufb00、，。')).toBe('\u3400\u4dbf\uf900\ufaff')
    // Case-insensitive matching must not let letters that fold to ASCII ones through.
    expect(squeeze('Kk\u212a\u017f\u0130')).toBe('Kk')
    const plain = '予以公开'
    expect(squeeze(plain)).toBe(plain)
  })
})

describe('label matching', () => {
  it('ignores numbering, spacing, widths, quotes and markup', () => {
    expect(score('3. 危及“三安全一稳定”', 'withheld.securityStability')).toBe(4)
    expect(score('**（一）予以公开**', 'granted')).toBe(4)
    expect(score('(一) 予 以 公 开', 'granted')).toBe(4)
  })

  it('takes a group label glued before the row label', () => {
    expect(score('（三）不予公开1.属于国家秘密', 'withheld.stateSecret')).toBe(3)
  })

  it('takes a note after the label', () => {
    expect(score('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)', 'partlyGranted')).toBe(2)
  })

  it('takes a label cut short or wrapped, from five characters', () => {
    expect(score('1、申请人无正当理由逾期不补', 'otherHandling.overdueCorrection')).toBe(1)
    expect(score('申请人', 'otherHandling.overdueCorrection')).toBe(0)
  })

  it('takes generic labels only with their numbering', () => {
    expect(score('3.其他', 'otherHandling.other')).toBe(3)
    expect(score('其他', 'otherHandling.other')).toBe(0)
    expect(score('(七) 总计', 'totalHandled')).toBe(3)
    expect(score('总计', 'totalHandled')).toBe(0)
  })

  it('does not confuse 不予公开 with 予以公开', () => {
    expect(score('(三) 不予公开', 'granted')).toBe(0)
  })
})
