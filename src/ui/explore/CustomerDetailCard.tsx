import { useEffect, useMemo, useState } from 'react';
import { timelineOptions } from '../../charts/explore/customer-timeline';
import type { SegmentParams } from '../../protocol/segments';
import type { EngineClient } from '../../engine/client';
import type { CustomerDetail } from '../../protocol/explore';
import { CLEANING_LABELS } from '../../model/load/cleaning';
import { formatCount } from '../../model/shared/format';
import { useMoney } from '../shared/currency-context';
import { rfmBucketInfo, type RfmRules } from '../../model/segments/rfm-segments';
import { tierInfo } from '../../model/segments/tiers';
import { PlotFigure } from '../shared/PlotFigure';
import { NextOrder } from './NextOrder';
import { TableScroll } from '../shared/TableScroll';

interface Props {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  customerId: string;
  onClose(): void;
}

/** One customer: their figures, a timeline of their purchases and their invoices. */
export function CustomerDetailCard({ engine, params, rules, customerId, onClose }: Props) {
  const [detail, setDetail] = useState<CustomerDetail | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    engine.customerDetail(params, rules, customerId).then(
      (result) => live && setDetail(result),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [engine, params, rules, customerId]);
  const money = useMoney();
  const timeline = useMemo(() => (detail ? timelineOptions(detail.invoices, params.referenceDate, undefined, money) : null), [detail, params.referenceDate, money]);

  return (
    <div className="customer-detail" data-testid="customer-detail" data-customer-id={customerId} data-state={detail ? 'ready' : 'loading'}>
      <div className="card-heading">
        <h3>Customer {customerId}</h3>
        <button type="button" className="button small" data-testid="close-customer" onClick={onClose}>
          Close
        </button>
      </div>
      {failure && <p className="field-error">This customer could not be read: {failure}</p>}
      {!detail && !failure && <p className="muted">Reading the invoices…</p>}
      {detail?.customer && (
        <p>
          Spent <strong>{money.format(detail.customer.monetary)}</strong> over <strong>{formatCount(detail.customer.frequency)}</strong>{' '}
          invoices, first on {detail.customer.firstPurchaseDate}, last on {detail.customer.lastPurchaseDate} (
          {formatCount(detail.customer.recencyDays)} days before {params.referenceDate}). Tier: {tierInfo(detail.customer.segment).label}. RFM
          scores R {detail.customer.rScore} · F {detail.customer.fScore} · M {detail.customer.mScore}: {rfmBucketInfo(detail.customer.rfmSegment).label}.
        </p>
      )}
      {detail?.customer && <NextOrder customer={detail.customer} referenceDate={params.referenceDate} />}
      {detail?.unavailable && (
        <p className="muted small" data-testid="customer-invoices-unavailable">
          {detail.unavailable}
        </p>
      )}
      {detail && timeline && !detail.unavailable && (
        <>
          <PlotFigure options={timeline} testId="customer-timeline" fileName={`customer-${customerId}-timeline`} title="Purchases over time" />
          <h4>
            Invoices{' '}
            <span className="muted small">
              {detail.invoiceCount > detail.invoices.length
                ? `(the latest ${detail.invoices.length} of ${formatCount(detail.invoiceCount)})`
                : `(${formatCount(detail.invoiceCount)})`}
            </span>
          </h4>
          <TableScroll label={`Invoices of ${customerId}`}>
            <table className="numbers" data-testid="customer-invoices">
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Date</th>
                  <th scope="col">Lines</th>
                  <th scope="col">Items</th>
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {detail.invoices.map((invoice) => (
                  <tr key={invoice.invoice} data-invoice={invoice.invoice}>
                    <th scope="row">{invoice.invoice}</th>
                    <td>{invoice.invoicedAt}</td>
                    <td>{formatCount(invoice.lines)}</td>
                    <td>{formatCount(invoice.quantity)}</td>
                    <td>{money.format(invoice.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {detail.excluded.length > 0 && (
            <p className="muted small">
              Not counted:{' '}
              {detail.excluded.map((row) => `${formatCount(row.lines)} ${row.lines === 1 ? 'line' : 'lines'} (${reasonLabel(row.reason).toLowerCase()})`).join(', ')}.
            </p>
          )}
        </>
      )}
    </div>
  );
}

function reasonLabel(reason: string): string {
  return (CLEANING_LABELS as Record<string, string>)[reason] ?? reason;
}
