import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { shopCurrency } from '../../model/shared/currency';
import { moneyFormat, PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';

/**
 * The loaded file's currency for every component that shows money: given once, where the results
 * are drawn, from the currencies the load found (a currency column) or the one chosen for the file.
 */
const MoneyContext = createContext<MoneyFormat>(PLAIN_MONEY);

export function CurrencyProvider({ currencies, children }: { currencies: readonly string[]; children: ReactNode }) {
  const key = currencies.join(',');
  // The same currencies give the same format object, so memoised charts are not redrawn.
  const money = useMemo(() => moneyFormat(shopCurrency(key === '' ? [] : key.split(','))), [key]);
  return <MoneyContext.Provider value={money}>{children}</MoneyContext.Provider>;
}

/** How money is written for the file on screen. */
export function useMoney(): MoneyFormat {
  return useContext(MoneyContext);
}
