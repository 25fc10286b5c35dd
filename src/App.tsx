import { useState } from 'react';
import type { EngineClient } from './engine/client';
import { RFM_BUCKETS, type RfmBucketId } from './model/segments/rfm-segments';
import { TIERS, type TierId } from './model/segments/tiers';
import { ChartsPanel } from './ui/explore/ChartsPanel';
import { CustomerExplorer } from './ui/explore/CustomerExplorer';
import { RfmSummary } from './ui/segments/rfm/RfmSummary';
import { RuleTable } from './ui/segments/rfm/RuleTable';
import { ScoreBoundaries } from './ui/segments/rfm/ScoreBoundaries';
import { SegmentationSwitch } from './ui/segments/SegmentationSwitch';
import { SelectedRfmSegment } from './ui/segments/lists/SelectedRfmSegment';
import { rfmSegments, tierSegments } from './ui/segments/treemap-segments';
import { useChartData } from './ui/explore/use-chart-data';
import { useRfm } from './ui/segments/rfm/use-rfm';
import { CleaningReport } from './ui/load/CleaningReport';
import { LoadPanel } from './ui/load/LoadPanel';
import { downloadText } from './ui/shared/download';
import { ExportButtons } from './ui/export/ExportButtons';
import { predictionColumnsNote } from './ui/export/prediction-columns';
import { FileDrop } from './ui/load/FileDrop';
import { MarginProtection, RevenueLeak } from './ui/segments/lists/ReportCards';
import { SegmentSummary } from './ui/segments/SegmentSummary';
import { SegmentTreemap } from './ui/segments/SegmentTreemap';
import { SelectedTier } from './ui/segments/lists/SelectedTier';
import { StatusBar } from './ui/load/StatusBar';
import { ThresholdControls } from './ui/segments/ThresholdControls';
import { useAnalysis } from './ui/load/use-analysis';
import { LostValueRanking } from './ui/predict/LostValueRanking';
import { Predictions } from './ui/predict/Predictions';
import { usePredictions } from './ui/predict/use-predictions';

export function App({ engine }: { engine: EngineClient }) {
  const analysis = useAnalysis(engine);
  const [selected, setSelected] = useState<TierId>('at_risk_whale');
  const { status, loaded, view } = analysis;
  const predictions = usePredictions(engine, loaded, view?.params ?? null);

  const rfm = useRfm(engine, loaded, status);
  const byRfm = rfm.segmentation === 'rfm';
  // Fetched when the charts scroll into view, or at once for the RFM view's score table.
  const charts = useChartData(engine, loaded, view?.params.referenceDate ?? null, byRfm);
  const predictionNote = predictionColumnsNote(predictions);

  /** Exports all customers, one tier, or (with `rfmSegment`) one named RFM segment; always with the scores. */
  const exportCsv = async (segment: TierId | null, rfmSegment: RfmBucketId | null = null) => {
    if (!view) return;
    try {
      const text = await engine.exportCsv(view.params, segment, { rules: rfm.rules, segment: rfmSegment });
      downloadText(`customers-${rfmSegment ?? segment ?? 'all'}-${view.params.referenceDate}${predictionNote?.fileSuffix ?? ''}.csv`, text);
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
      <FileDrop onFiles={analysis.loadFiles} onSample={analysis.loadSample} busy={status.state === 'working'} />
      <StatusBar status={rfm.status} engineReady={analysis.engineReady} onCancel={analysis.cancel} onReopenMapping={analysis.reopenMapping} />
      <LoadPanel
        engine={engine}
        working={status.state === 'working'}
        progress={analysis.progress}
        mapping={analysis.mapping}
        onConfirm={analysis.confirmMapping}
        onReadOptions={analysis.changeReadOptions}
        onClose={analysis.closeMapping}
      />
      {loaded && view && (
        <main className="results">
          <ThresholdControls params={view.params} defaultReferenceDate={loaded.defaultReferenceDate} onChange={analysis.resegment} />
          <SegmentationSwitch value={rfm.segmentation} onChange={rfm.setSegmentation} />
          <div className="grid two">
            <CleaningReport loaded={loaded} actions={analysis.loadActions} />
            {byRfm ? (
              <RfmSummary view={rfm.view} selected={rfm.selected} onSelect={rfm.setSelected} />
            ) : (
              <SegmentSummary view={view} selected={selected} onSelect={setSelected} />
            )}
          </div>
          {byRfm && <RuleTable rules={rfm.rules} view={rfm.view} onChange={rfm.setRules} />}
          {byRfm && <ScoreBoundaries boundaries={charts.data?.boundaries ?? null} referenceDate={view.params.referenceDate} />}
          <SegmentTreemap
            segments={byRfm ? rfmSegments(rfm.view) : tierSegments(view)}
            selected={byRfm ? rfm.selected : selected}
            onSelect={(segment) => (byRfm ? rfm.setSelected(segment as RfmBucketId) : setSelected(segment as TierId))}
            segmentationLabel={byRfm ? 'RFM segment' : 'tier'}
            fileName={byRfm ? 'treemap-rfm-segments' : 'treemap-tiers'}
          />
          <div className="grid two">
            <RevenueLeak view={view} onExport={exportCsv} />
            <MarginProtection view={view} onExport={exportCsv} />
          </div>
          {predictions && <LostValueRanking predictions={predictions} />}
          {byRfm ? (
            <SelectedRfmSegment key={rfm.selected} engine={engine} params={view.params} rules={rfm.rules} view={rfm.view} segment={rfm.selected} />
          ) : (
            <SelectedTier key={selected} engine={engine} view={view} segment={selected} />
          )}
          {predictions && <Predictions predictions={predictions} lastDay={loaded.lastDate} />}
          <ChartsPanel data={charts.data} failure={charts.failure} view={view} onVisible={charts.onVisible} />
          <CustomerExplorer engine={engine} params={view.params} rules={rfm.rules} segmentation={rfm.segmentation} />
          <ExportButtons
            segments={byRfm ? RFM_BUCKETS : TIERS}
            onExport={(segment) => (byRfm ? exportCsv(null, segment as RfmBucketId | null) : exportCsv(segment as TierId | null))}
            predictionNote={predictionNote}
          />
        </main>
      )}
    </div>
  );
}
