import { useEffect, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { migrationBetween, type AsOfColumns, type Migration } from '../../model/insights/migration';
import { prepareColumns } from '../../model/segments/tier-rules/customer-columns';
import { evaluateTierRules, type TierRulesOutcome } from '../../model/segments/tier-rules/evaluate-tier-rules';
import type { TierRuleSet } from '../../model/segments/tier-rules/rule-set';
import { addDays } from '../../model/shared/iso-date';
import type { LoadResult } from '../../protocol/load';

export type MigrationState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; migration: Migration; current: TierRulesOutcome; monetaryCents: Float64Array };

interface Fetched {
  loaded: LoadResult;
  asOfDate: string;
  columns: AsOfColumns | null;
  error: string | null;
}

/**
 * Who moved between `days` before the reference date and the reference date, under the rules in
 * force: the earlier customers come from the engine once per date, both tierings are done here, so
 * a rule edit redraws the table without asking the engine again.
 */
export function useMigration(engine: EngineClient, loaded: LoadResult, ruleSet: TierRuleSet, referenceDate: string, days: number): MigrationState {
  const asOfDate = addDays(referenceDate, -days);
  const [fetched, setFetched] = useState<Fetched | null>(null);
  useEffect(() => {
    let current = true;
    engine.asOfColumns(asOfDate).then(
      (columns) => current && setFetched({ loaded, asOfDate, columns, error: null }),
      (error: unknown) => current && setFetched({ loaded, asOfDate, columns: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [engine, loaded, asOfDate]);

  const prepared = useMemo(() => prepareColumns(loaded.customerColumns), [loaded]);
  const current = useMemo(() => evaluateTierRules(prepared, ruleSet, referenceDate), [prepared, ruleSet, referenceDate]);
  const upToDate = fetched !== null && fetched.loaded === loaded && fetched.asOfDate === asOfDate;
  const columns = upToDate ? fetched.columns : null;
  const migration = useMemo(
    () => (columns ? migrationBetween(current.tierOfCustomer, prepared.monetaryCents, columns, ruleSet, asOfDate) : null),
    [columns, current, prepared, ruleSet, asOfDate],
  );
  // One object per answer, so that the page can tell a new answer from the same one.
  const ready = useMemo(() => (migration ? { state: 'ready' as const, migration, current, monetaryCents: prepared.monetaryCents } : null), [migration, current, prepared]);
  if (upToDate && fetched.error !== null) return { state: 'error', message: fetched.error };
  return ready ?? { state: 'loading' };
}
