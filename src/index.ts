/**
 * zfxxgk: read 政府信息公开工作年度报告 into data, with where every number came from.
 *
 * The core entry: no runtime dependency, no Node built-in; it runs in Node, Deno, Bun and
 * browsers as it is.
 */
export { parseReport, type ParseOptions } from './parse.js'
export { flattenReport, metadataKeys } from './flatten.js'
export { normalize } from './normalize.js'
export { formatReport, formatLayouts, type FormatLayout, type FormatOptions } from './format/index.js'
export { createLocator, type Locator, type Point, type Position } from './position.js'
export { defaultReaders, pickReader, alignedReader, cellsReader, concatenatedReader, markdownReader, pipeReader, tabReader, type Reader } from './readers/index.js'
export { pushCell, readNumber, classify, type CellNumber, type Token, type TokenKind } from './tokens.js'
export { fieldKeys, isAmountKey, detectFormat, templates, template2019, template2021 } from './template/index.js'
export type { SectionId, Template, TemplateRow, TemplateTable, TableId } from './template/index.js'
export { equations, verdict, type Equation, type Verdict } from './rules/equations.js'
export type { Diagnostic, Locale, Severity } from './diagnostics.js'
export type * from './model.js'
export { validateReport, type ValidateOptions } from './validate.js'
export { validateSeries } from './series.js'
export { indicators, type Indicators } from './indicators.js'
export { ruleIds, type RuleId } from './rules/options.js'
export type { Lookup } from './rules/evaluate.js'
export { RULES_URL } from './diagnostics.js'
