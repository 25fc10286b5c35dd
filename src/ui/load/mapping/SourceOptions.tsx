import { formatFileSize } from '../../../model/shared/format';
import type { Delimiter } from '../../../model/load/formats/csv-dialect';
import { DELIMITER_LABELS, DELIMITERS } from '../../../model/load/formats/csv-dialect';
import type { TextEncoding } from '../../../model/load/formats/text-encoding';
import type { ReadOptions } from '../../../protocol/load';
import type { MappingState } from './use-mapping-flow';

/** The files chosen, and how their text is read (encoding, delimiter): a change reads them again. */
export function SourceOptions({ state, onReadOptions }: { state: MappingState; onReadOptions(options: ReadOptions): void }) {
  const { sources } = state.preview;
  const csv = sources.filter((source) => source.kind === 'csv');
  return (
    <div className="mapping-sources">
      <p className="muted small" data-testid="mapping-sources">
        {sources.map((source) => `${source.fileName} (${source.kind.toUpperCase()}, ${formatFileSize(source.bytes)})`).join(' · ')}
      </p>
      {csv.length > 0 && (
        <div className="controls">
          <label className="field">
            <span>Text encoding</span>
            <select data-testid="encoding" value={csv[0].encoding} onChange={(event) => onReadOptions({ encoding: event.target.value as TextEncoding })}>
              <option value="utf-8">UTF-8</option>
              <option value="windows-1252">Windows-1252 (Latin-1)</option>
            </select>
          </label>
          <label className="field">
            <span>Columns separated by</span>
            <select data-testid="delimiter" value={csv[0].delimiter} onChange={(event) => onReadOptions({ delimiter: event.target.value as Delimiter })}>
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {DELIMITER_LABELS[delimiter]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
