/**
 * 40 customers who buy every 7 days without fail through 2011: nothing in such data tells BG/NBD how
 * customers drop out, so its fit runs to a bound and must be reported as failed.
 */
export function regularBuyersCsv(): { csv: string; lastDate: string } {
  const lines = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'];
  let lastDate = '';
  for (let customer = 0; customer < 40; customer++) {
    for (let day = customer % 7; day < 360; day += 7) {
      const date = new Date(Date.UTC(2011, 0, 1 + day));
      lines.push(`${lines.length},A,X,1,${date.getUTCMonth() + 1}/${date.getUTCDate()}/2011 9:00,10.00,${1000 + customer},UK`);
      const iso = date.toISOString().slice(0, 10);
      if (iso > lastDate) lastDate = iso;
    }
  }
  return { csv: `${lines.join('\n')}\n`, lastDate };
}
