import { useCallback, useState } from 'react';
import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { CampaignFormat, CampaignFormatId } from '../../model/campaigns/formats/campaign-format';
import type { Draft } from '../../model/campaigns/messages/template-draft';
import { downloadBlob } from '../shared/download';
import { exportCampaign } from './campaign-export';
import type { CampaignSource } from './use-campaign-page';

/** What the last export wrote: the counts for the note, and the files when there are several to save. */
export interface CampaignExportResult {
  format: CampaignFormatId;
  label: string;
  included: number;
  withoutEmail: number;
  needsEmail: boolean;
  /** Every file, when the tool's size limit needs several: the first is saved at once, each can be saved with a click. */
  parts: { name: string; blob: Blob }[];
}

const CSV = 'text/csv;charset=utf-8';

/** Exports the segment in a format, saves it (a list too big for one file is offered in parts), and reports. */
export function useCampaignExport(source: CampaignSource, draftOf: (facts: CustomerFacts) => Draft, onError: (error: unknown) => void) {
  const [running, setRunning] = useState<{ format: CampaignFormatId; written: number } | null>(null);
  const [result, setResult] = useState<CampaignExportResult | null>(null);
  const start = useCallback(
    async (format: CampaignFormat) => {
      setRunning({ format: format.id, written: 0 });
      setResult(null);
      try {
        const { files, included, withoutEmail } = await exportCampaign(source, format, draftOf, (written) => setRunning({ format: format.id, written }));
        const base = `${source.query.segment ?? 'all'}-${format.fileName}`;
        const blobs = files.map((pieces, index) => ({ name: files.length === 1 ? base : base.replace(/\.csv$/, `-part-${index + 1}.csv`), blob: new Blob(pieces, { type: CSV }) }));
        downloadBlob(blobs[0].name, blobs[0].blob);
        setResult({ format: format.id, label: format.label, included, withoutEmail, needsEmail: format.needsEmail, parts: blobs.length > 1 ? blobs : [] });
      } catch (error) {
        onError(error);
      } finally {
        setRunning(null);
      }
    },
    [source, draftOf, onError],
  );
  return { running, result, start };
}
