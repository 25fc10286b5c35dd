import type { ReactNode } from 'react';
import type { EngineClient } from '../../engine/client';
import { shopCurrency } from '../../model/shared/currency';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { LoadResult } from '../../protocol/load';
import type { SegmentParams } from '../../protocol/segments';
import { PlaybookProvider, usePlaybookState } from '../campaigns/playbook-context';
import { CurrencyProvider } from './currency-context';
import { CurrencyTotalsProvider, useCurrencyTotalsQuery } from './currency-totals';

interface Props {
  engine: EngineClient;
  loaded: LoadResult;
  params: SegmentParams;
  rules: RfmRules;
  children: ReactNode;
}

/**
 * What every part of the results shares: the file's currency, its revenue per currency when it mixes
 * them (for the thresholds and rules in force), and the plays with the owner's edits.
 */
export function ResultsProviders({ engine, loaded, params, rules, children }: Props) {
  const playbook = usePlaybookState();
  const totals = useCurrencyTotalsQuery(engine, params, rules, shopCurrency(loaded.currencies).kind === 'mixed');
  return (
    <CurrencyProvider currencies={loaded.currencies}>
      <CurrencyTotalsProvider totals={totals}>
        <PlaybookProvider playbook={playbook}>{children}</PlaybookProvider>
      </CurrencyTotalsProvider>
    </CurrencyProvider>
  );
}
