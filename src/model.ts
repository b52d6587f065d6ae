/**
 * The report model: plain, JSON-serializable data. No classes, no functions.
 *
 * Numbers are addressed by the flat keys of FIELDS.md (`applications.newRequests.person`);
 * the nested objects here are those keys split at the dots. `null` means the cell is blank,
 * not applicable ("/", "—", "无"), or could not be read with certainty (the diagnostics say
 * why). `0` is only ever a `0` that the report wrote.
 */
import type { Diagnostic } from './diagnostics.js'
import type { Position } from './position.js'

/** A count (non-negative integer when the report is right) or `null`. */
export type Count = number | null

/** A decimal amount or `null`. */
export type Amount = number | null

/** Template of the report: 国办公开办函〔2021〕30号 or the 2019 trial template. */
export type Format = '2021' | '2019'

/** One row of table 三: the seven applicant columns. */
export interface ApplicantCounts {
  /** 自然人 */
  person: Count
  /** 法人或其他组织 · 商业企业 */
  business: Count
  /** 法人或其他组织 · 科研机构 */
  research: Count
  /** 法人或其他组织 · 社会公益组织 */
  nonprofit: Count
  /** 法人或其他组织 · 法律服务机构 */
  legalService: Count
  /** 法人或其他组织 · 其他 */
  other: Count
  /** 总计 */
  total: Count
}

/** （三）不予公开 */
export interface Withheld {
  stateSecret: ApplicantCounts
  prohibitedByLaw: ApplicantCounts
  securityStability: ApplicantCounts
  thirdPartyRights: ApplicantCounts
  internalAffairs: ApplicantCounts
  processInformation: ApplicantCounts
  enforcementFiles: ApplicantCounts
  inquiryMatters: ApplicantCounts
}

/** （四）无法提供 */
export interface Unavailable {
  notHeld: ApplicantCounts
  needsCreation: ApplicantCounts
  unclearAfterCorrection: ApplicantCounts
}

/** （五）不予处理 */
export interface NotProcessed {
  complaint: ApplicantCounts
  duplicate: ApplicantCounts
  publication: ApplicantCounts
  excessive: ApplicantCounts
  confirmation: ApplicantCounts
}

/** （六）其他处理, 2021 template: three rows. */
export interface OtherHandling {
  overdueCorrection: ApplicantCounts
  overdueFee: ApplicantCounts
  other: ApplicantCounts
}

/** Table 三 as the 2021 template has it. */
export interface Applications2021 {
  newRequests: ApplicantCounts
  carriedOver: ApplicantCounts
  granted: ApplicantCounts
  partlyGranted: ApplicantCounts
  withheld: Withheld
  unavailable: Unavailable
  notProcessed: NotProcessed
  otherHandling: OtherHandling
  totalHandled: ApplicantCounts
  carriedForward: ApplicantCounts
}

/** Table 三 as the 2019 template has it: （六）其他处理 is one row. */
export interface Applications2019 extends Omit<Applications2021, 'otherHandling'> {
  otherHandling: ApplicantCounts
}

/** One group of table 四. */
export interface AppealOutcomes {
  /** 结果维持 */
  upheld: Count
  /** 结果纠正 */
  corrected: Count
  /** 其他结果 */
  other: Count
  /** 尚未审结 */
  pending: Count
  /** 总计 */
  total: Count
}

/** Table 四: administrative reviews and lawsuits. */
export interface Appeals {
  /** 行政复议 */
  review: AppealOutcomes
  /** 行政诉讼 · 未经复议直接起诉 */
  lawsuit: AppealOutcomes
  /** 行政诉讼 · 复议后起诉 */
  lawsuitAfterReview: AppealOutcomes
}

/** Rows of table 二 with the 2021 columns 本年制发件数 / 本年废止件数 / 现行有效件数. */
export interface DocumentCounts {
  issued: Count
  repealed: Count
  inForce: Count
}

/** Table 二, 2021 template. */
export interface Active2021 {
  /** 规章 */
  rules: DocumentCounts
  /** 行政规范性文件 */
  normativeDocuments: DocumentCounts
  /** 行政许可 · 本年处理决定数量 */
  licensing: { decisions: Count }
  /** 行政处罚 */
  punishment: { decisions: Count }
  /** 行政强制 */
  coercion: { decisions: Count }
  /** 行政事业性收费 · 本年收费金额（万元） */
  fees: { amount: Amount }
}

/** Rows of table 二 with the 2019 columns 本年新制作数量 / 本年新公开数量 / 对外公开总数量. */
export interface PublishedCounts {
  made: Count
  published: Count
  totalPublished: Count
}

/** Rows of table 二 with the 2019 columns 上一年项目数量 / 本年增/减 / 处理决定数量. */
export interface ItemChange {
  previous: Count
  /** May be negative ("减4" is -4). */
  change: Amount
  decisions: Count
}

/** Table 二, 2019 trial template. */
export interface Active2019 {
  rules: PublishedCounts
  normativeDocuments: PublishedCounts
  licensing: ItemChange
  /** 其他对外管理服务事项 */
  otherServices: ItemChange
  punishment: ItemChange
  coercion: ItemChange
  fees: { previous: Count; change: Amount }
  /** 政府集中采购 */
  procurement: {
    projects: Count
    /** 采购总金额, the number as written. */
    amount: Amount
    /** Its unit as written (`元`, `万元`), or `null`. */
    amountUnit: string | null
  }
}

/** The prose sections of the report, as the user's text has them (trimmed). */
export interface Prose {
  /** 一、总体情况 */
  overview: string | null
  /** 五、存在的主要问题及改进情况 */
  problems: string | null
  /** 六、其他需要报告的事项 */
  otherMatters: string | null
}

/**
 * A number the prose states for a quantity the tables hold (`全县新收到政府信息公开申请99件`):
 * read once when parsing, compared with the tables by `narrative-mismatch`, and used to
 * settle cells run together. Only statements tied to a quantity with confidence are kept.
 */
export interface StatedClaim {
  /** The prose section it was read from. */
  section: 'overview' | 'problems' | 'otherMatters'
  /**
   * What it counts: `newRequests`, `received`, `handled`, `granted`, `review:total`,
   * `normativeDocuments.issued` … (each names one or more readings of the tables).
   */
  quantity: string
  /** The number stated. */
  value: number
  /** The claim's words as written, whitespace removed (`新收到政府信息公开申请99件`). */
  quote: string
  /** Where the number is. */
  place: Position
  /** A share stated with it (`208件（17.46%）`): its value, its decimals as written, its place. */
  percent: { value: number; decimals: number; place: Position } | null
}

/** Which reader read each table (`null` where the table was not found). */
export interface Layouts {
  active: string | null
  applications: string | null
  appeals: string | null
}

/** What every report has, whatever its template. */
export interface ReportBase {
  /** The title line with all whitespace removed. */
  title: string | null
  /** The reporting body as the title names it. */
  organ: string | null
  /** The reporting year (统计期限). */
  year: number | null
  /** Publication date `YYYY-MM-DD` where the text states one. */
  publishedAt: string | null
  /** Prose of sections 一, 五 and 六. */
  prose: Prose
  /** Numbers the prose states for quantities of the tables. */
  claims: StatedClaim[]
  /** The reader that read table 三 (or the first table found): `pipe`, `tab`, … */
  layout: string | null
  /** The reader of each table. */
  layouts: Layouts
  /**
   * Where every value came from, by flat key; also `title`, `year`, `publishedAt`, and
   * `prose.overview` / `prose.problems` / `prose.otherMatters` (the span each prose string
   * was cut from: for text input, `prose.overview[i]` is at offset `start.offset + i`).
   */
  sources: Record<string, Position>
  /** Parse-level findings: what could not be read, and where. */
  diagnostics: Diagnostic[]
}

/**
 * A report in the 2021 template. `format` is `null` when the text is not a report in a
 * supported template: then every value is `null` and a diagnostic says why.
 */
export interface Report2021 extends ReportBase {
  format: '2021' | null
  active: Active2021
  applications: Applications2021
  appeals: Appeals
}

/** A report in the 2019 trial template. */
export interface Report2019 extends ReportBase {
  format: '2019'
  active: Active2019
  applications: Applications2019
  appeals: Appeals
}

/** A parsed report. Narrow on `format`. */
export type Report = Report2021 | Report2019

/** Values in a flattened report. */
export type FlatValue = number | string | null

/** A report flattened to FIELDS.md keys (see `flattenReport`). */
export type FlatReport = Record<string, FlatValue>
