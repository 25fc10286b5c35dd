import { TIERS, type TierId } from '../model/tiers';

/** Export all customers, or one tier, as spreadsheet-safe CSV. */
export function ExportButtons({ onExport }: { onExport(segment: TierId | null): void }) {
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">CSV with one row per customer; opens safely in Excel, Numbers or Google Sheets.</p>
      <div className="button-row">
        <button type="button" className="button primary" data-testid="export-customers" onClick={() => onExport(null)}>
          All customers
        </button>
        {TIERS.map((tier) => (
          <button key={tier.id} type="button" className="button" data-testid="export-segment" data-segment={tier.id} onClick={() => onExport(tier.id)}>
            {tier.label}
          </button>
        ))}
      </div>
    </section>
  );
}
