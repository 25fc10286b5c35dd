import { useDeferredValue, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { migrationFlowOptions } from '../../charts/insights/migration-flow';
import { unavailableText } from '../../model/pipeline/unavailable-features';
import type { TierRuleSet } from '../../model/segments/tier-rules/rule-set';
import type { LoadResult } from '../../protocol/load';
import { NumberField } from '../segments/NumberField';
import { useMoney } from '../shared/currency-context';
import { PlotFigure } from '../shared/PlotFigure';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { MigrationTable } from './MigrationTable';
import { MovedCustomers } from './MovedCustomers';
import { useMigration, type MigrationState } from './use-migration';
import './insights.css';

export const DEFAULT_MIGRATION_DAYS = 90;

interface Props {
  engine: EngineClient;
  loaded: LoadResult;
  ruleSet: TierRuleSet;
  referenceDate: string;
}

/** Who moved since an earlier date: tiers then and now under the rules in force, as a table, a chart and lists. */
export function MigrationPanel({ engine, loaded, ruleSet, referenceDate }: Props) {
  const [days, setDays] = useState(DEFAULT_MIGRATION_DAYS);
  const settledDays = useDebouncedValue(days, 300);
  // After a tier change the tiers' totals are drawn first: who moved tiers every customer twice more
  // (now and then), in the same render it made a tier change on the real Online Retail file take
  // 47-66 ms instead of 27-43. It follows in a render of its own, and says it is updating until then.
  const shownRules = useDeferredValue(ruleSet);
  const shownDate = useDeferredValue(referenceDate);
  const updating = shownRules !== ruleSet || shownDate !== referenceDate;
  return (
    <section className="card" aria-labelledby="migration-title">
      <div className="card-heading">
        <h2 id="migration-title">Who moved since an earlier date</h2>
        <NumberField label="Compare with" testId="migration-days" value={days} min={1} max={3650} suffix=" days before" onValue={setDays} />
      </div>
      {loaded.source === 'customer-table' ? (
        <p className="muted">{unavailableText('migration')}</p>
      ) : (
        <MigrationResult engine={engine} loaded={loaded} ruleSet={shownRules} referenceDate={shownDate} days={settledDays} updating={updating} />
      )}
    </section>
  );
}

function MigrationResult({ engine, loaded, ruleSet, referenceDate, days, updating }: Props & { days: number; updating: boolean }) {
  const migration = useMigration(engine, loaded, ruleSet, referenceDate, days);
  const ready = useLastReady(migration, loaded);
  const money = useMoney();
  const options = useMemo(() => (ready ? migrationFlowOptions(ready.migration.cells, 560, money) : null), [ready, money]);
  const state = updating && migration.state === 'ready' ? 'updating' : migration.state;
  return (
    <div data-testid="migration" data-state={state} aria-busy={state === 'loading' || state === 'updating'}>
      {migration.state === 'error' && <p role="alert">{migration.message}</p>}
      {migration.state === 'loading' && <p className="muted">Working out each customer’s earlier tier…</p>}
      {ready && options && migration.state !== 'error' && (
        <>
          <p className="muted small">
            Tiers on {ready.migration.asOfDate} (only orders before that day, recency counted to it, percentiles among the customers who had bought by then) and on {referenceDate}. Revenue is what
            the customers have spent by {referenceDate}.
          </p>
          <MigrationTable cells={ready.migration.cells} asOfDate={ready.migration.asOfDate} />
          <PlotFigure options={options} testId="chart-migration" fileName="tier-migration" title={`Tiers on ${ready.migration.asOfDate} → now`} />
          <MovedCustomers engine={engine} migration={ready.migration} tiers={ready.current.tierOfCustomer} cents={ready.monetaryCents} />
        </>
      )}
    </div>
  );
}

type ReadyMigration = Extract<MigrationState, { state: 'ready' }>;

/**
 * The latest ready migration of this file: while another date is being worked out the last one stays
 * on screen (the panel says it is updating), so the page below does not jump.
 */
function useLastReady(migration: MigrationState, loaded: LoadResult): ReadyMigration | null {
  const [last, setLast] = useState<{ loaded: LoadResult; ready: ReadyMigration } | null>(null);
  if (migration.state === 'ready' && last?.ready !== migration) setLast({ loaded, ready: migration });
  if (migration.state === 'ready') return migration;
  return last?.loaded === loaded ? last.ready : null;
}
