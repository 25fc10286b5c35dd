import { useMemo } from 'react';
import type { EngineClient } from './engine/client';
import type { TierId } from './model/segments/tiers';
import type { SegmentFilter } from './protocol/explore';
import type { LoadResult } from './protocol/load';
import type { SegmentView } from './protocol/segments';
import { ChartsPanel } from './ui/explore/ChartsPanel';
import { CustomerExplorer } from './ui/explore/CustomerExplorer';
import { useChartData } from './ui/explore/use-chart-data';
import { ExportButtons } from './ui/export/ExportButtons';
import { useCustomerExport } from './ui/export/use-customer-export';
import { MigrationPanel } from './ui/insights/MigrationPanel';
import { SegmentComparisonPanel } from './ui/insights/SegmentComparisonPanel';
import { KeepAnalysis } from './ui/keep/KeepAnalysis';
import { useKeptAnalysis } from './ui/keep/use-kept-analysis';
import { predictionColumnsNote } from './ui/export/prediction-columns';
import { LoadedReport } from './ui/pipeline/LoadedReport';
import { unavailableText } from './model/pipeline/unavailable-features';
import { FileDrop } from './ui/load/FileDrop';
import { LoadPanel } from './ui/load/LoadPanel';
import { StatusBar } from './ui/load/StatusBar';
import { useAnalysis, type LoadActions } from './ui/load/use-analysis';
import { LostValueRanking } from './ui/predict/LostValueRanking';
import { Predictions } from './ui/predict/Predictions';
import { usePredictions } from './ui/predict/use-predictions';
import { ClusterChoice } from './ui/segments/clusters/ClusterChoice';
import { ClusterSummaryCard } from './ui/segments/clusters/ClusterSummaryCard';
import { useClusters } from './ui/segments/clusters/use-clusters';
import { MarginProtection, RevenueLeak } from './ui/segments/lists/ReportCards';
import { SelectedSegment } from './ui/segments/lists/SelectedSegment';
import { RfmSummary } from './ui/segments/rfm/RfmSummary';
import { RuleTable } from './ui/segments/rfm/RuleTable';
import { ScoreBoundaries } from './ui/segments/rfm/ScoreBoundaries';
import { useRfm, type RfmState } from './ui/segments/rfm/use-rfm';
import { SegmentationSwitch } from './ui/segments/SegmentationSwitch';
import { SegmentSummary } from './ui/segments/SegmentSummary';
import { SegmentTreemap } from './ui/segments/SegmentTreemap';
import { ThresholdControls } from './ui/segments/ThresholdControls';
import { TierRulesEditor } from './ui/segments/tiers/TierRulesEditor';
import { useSegmentation } from './ui/segments/use-segmentation';
import type { TierChoice } from './ui/segments/use-tier-view';
import { CampaignPanel } from './ui/campaigns/CampaignPanel';
import { exportPlays } from './ui/campaigns/export-plays';
import { usePlaybook } from './ui/campaigns/playbook-context';
import { CurrencyNote } from './ui/shared/CurrencyNote';
import { ResultsProviders } from './ui/shared/ResultsProviders';
import { Overview } from './ui/sections/Overview';
import { ResultsSection } from './ui/sections/ResultsSection';
import { SectionedResults } from './ui/sections/SectionedResults';
import { DrawnAfterTiers } from './ui/sections/DrawnAfterTiers';
import { useSections } from './ui/sections/use-sections';

export function App({ engine }: { engine: EngineClient }) {
  const analysis = useAnalysis(engine);
  const { status, loaded, view } = analysis;
  const rfm = useRfm(engine, loaded, status);
  const kept = useKeptAnalysis(engine, { engineReady: analysis.engineReady, loaded, onReopen: analysis.reopenKept, onError: analysis.reportError });
  return (
    <main className="app">
      <header className="app-header">
        <h1>Retention Engine</h1>
        <p className="tagline">Customer tiers, revenue at risk and loyal champions from your order export. Private by design: your file never leaves this browser.</p>
      </header>
      <FileDrop onFiles={analysis.loadFiles} onSample={analysis.loadSample} busy={status.state === 'working'} />
      <StatusBar status={rfm.status} source={loaded?.source} engineReady={analysis.engineReady} onCancel={analysis.cancel} onReopenMapping={analysis.reopenMapping} />
      <KeepAnalysis state={kept} analysed={loaded !== null && loaded.source !== 'customer-table'} busy={status.state === 'working'} />
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
        <ResultsProviders engine={engine} loaded={loaded} params={view.params} rules={rfm.rules}>
          <Results
            engine={engine}
            loaded={loaded}
            view={view}
            rfm={rfm}
            loadActions={analysis.loadActions}
            onResegment={analysis.resegment}
            onError={analysis.reportError}
          />
        </ResultsProviders>
      )}
    </main>
  );
}

interface ResultsProps {
  engine: EngineClient;
  loaded: LoadResult;
  view: SegmentView;
  rfm: RfmState;
  loadActions: LoadActions | null;
  onResegment(choice: TierChoice): void;
  onError(error: unknown): void;
}

/** Everything shown once a file is analysed, for the segmentation the user chose. */
function Results({ engine, loaded, view, rfm, loadActions, onResegment, onError }: ResultsProps) {
  const clusters = useClusters(engine, loaded, view.params.referenceDate);
  const shown = useSegmentation(engine, view, rfm, clusters);
  const predictions = usePredictions(engine, loaded, view.params);
  const byRfm = shown.kind === 'rfm';
  const byClusters = shown.kind === 'clusters';
  // Fetched when the charts scroll into view, or at once for the RFM view's score table.
  const charts = useChartData(engine, loaded, view.params.referenceDate, view.ruleSet.recencyBasis, byRfm);
  const predictionNote = predictionColumnsNote(predictions);
  const playbook = usePlaybook();
  const plays = useMemo(() => exportPlays(playbook, shown.kind, shown.infos, loaded.currencies), [playbook, shown.kind, shown.infos, loaded.currencies]);
  const exportCustomers = useCustomerExport(engine, view.params, rfm.rules, onError, predictionNote?.fileSuffix, plays);
  const exportTier = (tier: TierId) => exportCustomers({ segmentation: 'tiers', segment: tier });
  const choice = { ruleSet: view.ruleSet, referenceDate: view.params.referenceDate };
  const sections = useSections();
  const campaignFor = (tier: TierId) => {
    if (shown.kind !== 'tiers') rfm.setSegmentation('tiers');
    shown.selectTier(tier);
    sections.go('campaigns');
  };
  return (
    <SectionedResults sections={sections}>
      <ResultsSection id="overview">
        <CurrencyNote onChoose={loadActions?.editMapping} />
        <Overview view={view} loaded={loaded} predictions={predictions} onCampaign={campaignFor} onGo={sections.go} />
      </ResultsSection>
      <ResultsSection id="segments">
        <ThresholdControls choice={choice} defaultReferenceDate={loaded.defaultReferenceDate} onChange={onResegment} />
        <SegmentationSwitch value={shown.kind} onChange={rfm.setSegmentation} clusters={clusters.error ? 'error' : clusters.summary && !clusters.working ? 'ready' : 'fitting'} />
        <div className="grid two">
          {byRfm && <RfmSummary view={rfm.view} selected={rfm.selected} onSelect={rfm.setSelected} />}
          {byClusters && clusters.summary && <ClusterChoice summary={clusters.summary} />}
          {shown.kind === 'tiers' && <SegmentSummary view={view} selected={shown.selected!.id as TierId} onSelect={shown.select} />}
        </div>
        {byClusters && <ClusterSummaryCard clusters={clusters} selected={shown.selected?.id ?? ''} onSelect={shown.select} />}
        {shown.kind === 'tiers' && <TierRulesEditor view={view} onChange={(ruleSet) => onResegment({ ...choice, ruleSet })} />}
        {byRfm && <RuleTable rules={rfm.rules} view={rfm.view} onChange={rfm.setRules} />}
        {byRfm && <ScoreBoundaries boundaries={charts.data?.boundaries ?? null} referenceDate={view.params.referenceDate} />}
        <SegmentTreemap segments={shown.segments} selected={shown.selected?.id ?? ''} onSelect={shown.select} segmentationLabel={shown.noun} fileName={shown.treemapFile} />
        <DrawnAfterTiers>
          <div className="grid two">
            <RevenueLeak view={view} onExport={exportTier} />
            <MarginProtection view={view} onExport={exportTier} />
          </div>
          {shown.selected && (
            <SelectedSegment
              key={shown.selected.id}
              segment={shown.selected.id}
              label={shown.selected.label}
              description={shown.selected.description}
              total={shown.selectedTotal}
              kind={shown.noun}
              loadRows={shown.selectedRows}
            />
          )}
          <MigrationPanel engine={engine} loaded={loaded} ruleSet={view.ruleSet} referenceDate={view.params.referenceDate} />
          <SegmentComparisonPanel
            engine={engine}
            loaded={loaded}
            params={view.params}
            rules={rfm.rules}
            segmentation={shown.kind}
            infos={shown.infos}
            version={clusters.summary ? `${clusters.summary.referenceDate}:${clusters.summary.k}` : ''}
          />
        </DrawnAfterTiers>
      </ResultsSection>
      <ResultsSection id="customers" drawn="after-tiers">
        <CustomerExplorer
          engine={engine}
          params={view.params}
          rules={rfm.rules}
          segmentation={shown.kind}
          choices={shown.infos}
          clustersVersion={`${clusters.summary ? `${clusters.summary.referenceDate}:${clusters.summary.k}` : ''}|${predictions?.result ? `${predictions.result.current.observationEnd}:${predictions.result.settings.unit}` : ''}`}
        />
        <ExportButtons
          segments={shown.infos}
          onExport={(segment) => exportCustomers({ segmentation: shown.kind, segment: segment as SegmentFilter['segment'] })}
          predictionNote={predictionNote}
        />
        <ChartsPanel
          data={charts.data}
          failure={charts.failure}
          view={view}
          onVisible={charts.onVisible}
          cohortsUnavailable={loaded.unavailable.includes('cohorts') ? unavailableText('cohorts') : undefined}
        />
      </ResultsSection>
      <ResultsSection id="predictions" drawn="after-tiers">
        {predictions && <LostValueRanking predictions={predictions} />}
        {predictions && <Predictions predictions={predictions} lastDay={loaded.lastDate} />}
      </ResultsSection>
      <ResultsSection id="campaigns" drawn="after-tiers">
        {/* Campaigns are made for a tier or a named segment; a cluster's play shows in its export. */}
        {!byClusters && shown.selected ? (
          <CampaignPanel engine={engine} params={view.params} rules={rfm.rules} shown={{ kind: shown.kind, selected: shown.selected, selectedTotal: shown.selectedTotal }} onError={onError} />
        ) : (
          <p className="muted">Campaigns are made for a tier or a named RFM segment: choose one of those under Segments. A cluster&apos;s play is in its export.</p>
        )}
      </ResultsSection>
      <ResultsSection id="data" drawn="after-tiers">
        <LoadedReport engine={engine} loaded={loaded} actions={loadActions} />
      </ResultsSection>
    </SectionedResults>
  );
}
