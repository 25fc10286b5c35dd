import type { Delimiter } from '../../model/load/formats/csv-dialect';
import type { LoadPlan } from '../../model/load/load-plan';
import type { DateParsing } from '../load/sql/lines/mapped-lines';
import type { DuckdbEncoding } from '../load/sql/read-source';

/**
 * What the script needs to read the files as the app read them: the file kind and dialect, the plan
 * as the analysis settled it (decimal separator, date order), the date formats the sample showed,
 * and whether an amount column turned out to be a line total.
 */
export interface PipelineRecipe {
  fileName: string;
  /** An Excel workbook is read as CSV: the script asks for the sheet saved as CSV (UTF-8). */
  kind: 'csv' | 'parquet';
  fromWorkbook: boolean;
  delimiter: Delimiter;
  encoding: DuckdbEncoding;
  headers: string[];
  plan: LoadPlan;
  dates: DateParsing;
  countEveryLine: boolean;
}
