import { useState } from 'react';
import type { EngineClient } from './engine/client';
import type { TierId } from './model/tiers';
import { CleaningReport } from './ui/CleaningReport';
import { downloadText } from './ui/download';
import { ExportButtons } from './ui/ExportButtons';
import { FileDrop } from './ui/FileDrop';
import { MarginProtection, RevenueLeak } from './ui/ReportCards';
import { SegmentSummary } from './ui/SegmentSummary';
import { SegmentTreemap } from './ui/SegmentTreemap';
import { SelectedTier } from './ui/SelectedTier';
import { StatusBar } from './ui/StatusBar';
import { ThresholdControls } from './ui/ThresholdControls';
import { useAnalysis } from './ui/use-analysis';

export function App({ engine }: { engine: EngineClient }) {
  const analysis = useAnalysis(engine);
  const [selected, setSelected] = useState<TierId>('at_risk_whale');
  const { status, loaded, view } = analysis;

  const exportCsv = async (segment: TierId | null) => {
    if (!view) return;
    try {
      const text = await engine.exportCsv(view.params, segment);
      downloadText(`customers-${segment ?? 'all'}-${view.params.referenceDate}.csv`, text);
    } catch (error) {
      analysis.reportError(error);
    }
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>Retention Engine</h1>
        <p className="tagline">Customer tiers, revenue at risk and loyal champions from your order export. Private by design: your file never leaves this browser.</p>
      </header>
      <FileDrop onFile={analysis.loadFile} onSample={analysis.loadSample} busy={status.state === 'working'} />
      <StatusBar status={status} engineReady={analysis.engineReady} onCancel={analysis.cancel} />
      {loaded && view && (
        <main className="results">
          <ThresholdControls params={view.params} defaultReferenceDate={loaded.defaultReferenceDate} onChange={analysis.resegment} />
          <div className="grid two">
            <CleaningReport loaded={loaded} />
            <SegmentSummary view={view} selected={selected} onSelect={setSelected} />
          </div>
          <SegmentTreemap view={view} selected={selected} onSelect={setSelected} />
          <div className="grid two">
            <RevenueLeak view={view} onExport={exportCsv} />
            <MarginProtection view={view} onExport={exportCsv} />
          </div>
          <SelectedTier key={selected} engine={engine} view={view} segment={selected} />
          <ExportButtons onExport={exportCsv} />
        </main>
      )}
    </div>
  );
}
