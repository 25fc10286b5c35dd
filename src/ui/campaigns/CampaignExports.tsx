import type { CampaignFormat } from '../../model/campaigns/formats/campaign-format';
import { CAMPAIGN_FORMATS, campaignFormat } from '../../model/campaigns/formats/campaign-formats';
import { formatCount } from '../../model/shared/format';
import { downloadBlob } from '../shared/download';
import type { CampaignExportResult, useCampaignExport } from './use-campaign-export';

interface Props {
  segment: string;
  exports: ReturnType<typeof useCampaignExport>;
}

/** The segment as our own sheet with the drafts, or as an import file for Klaviyo, Mailchimp or Shopify. */
export function CampaignExports({ segment, exports }: Props) {
  const { running, result, start } = exports;
  const tools = CAMPAIGN_FORMATS.filter((format) => format.id !== 'campaign_sheet');
  return (
    <div className="campaign-exports">
      <h3>Campaign lists</h3>
      <p className="muted small">
        Every customer of the segment, biggest spenders first, with the segment and play as tags. E-mail tools identify people by their e-mail address, so
        customers without one are left out of their files and counted. Opens safely in a spreadsheet.
      </p>
      <div className="button-row">
        <button type="button" className="button primary" data-testid="export-drafts" disabled={running !== null} onClick={() => start(campaignFormat('campaign_sheet'))}>
          Drafts and facts (CSV)
        </button>
        {tools.map((format) => (
          <button key={format.id} type="button" className="button" data-testid="export-campaign" data-segment={segment} data-format={format.id} disabled={running !== null} onClick={() => start(format)}>
            {format.label}
          </button>
        ))}
      </div>
      {running && (
        <p className="muted small" aria-live="polite">
          Writing… {formatCount(running.written)} customers so far.
        </p>
      )}
      {result && <ExportNote result={result} format={campaignFormat(result.format)} />}
    </div>
  );
}

function ExportNote({ result, format }: { result: CampaignExportResult; format: CampaignFormat }) {
  const { included, withoutEmail, needsEmail, parts } = result;
  const without = `${formatCount(withoutEmail)} ${withoutEmail === 1 ? 'customer has' : 'customers have'} no usable e-mail address in the file`;
  return (
    <div className="export-note" data-testid="campaign-export-note" data-format={result.format} data-included={included} data-without-email={withoutEmail}>
      <p>
        {result.label}: {formatCount(included)} {included === 1 ? 'customer' : 'customers'} written. {without}
        {needsEmail && withoutEmail > 0 ? ', so they are not in this file.' : '.'}
      </p>
      {parts.length > 0 && (
        <p>
          The tool takes files of limited size, so the list is in {parts.length} files (the first is saved):{' '}
          {parts.map((part) => (
            <button key={part.name} type="button" className="link" data-testid="campaign-export-part" onClick={() => downloadBlob(part.name, part.blob)}>
              {part.name}
            </button>
          ))}
        </p>
      )}
      {format.cannotCarry.length > 0 && (
        <ul className="muted small">
          {format.cannotCarry.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
