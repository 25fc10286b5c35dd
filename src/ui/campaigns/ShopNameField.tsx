import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';

/** The shop's name for `{shop_name}` and the sign-off: the order file does not say it. Kept in this browser. */
export function ShopNameField({ shop, onChange }: { shop: ShopDetails; onChange(shop: ShopDetails): void }) {
  return (
    <label className="field shop-name">
      <span>
        Your shop’s name <span className="muted small">signs the messages; remembered in this browser only</span>
      </span>
      <input
        type="text"
        data-testid="shop-name"
        maxLength={100}
        value={shop.shopName ?? ''}
        placeholder="The team"
        onChange={(event) => onChange(event.target.value === '' ? {} : { shopName: event.target.value })}
      />
    </label>
  );
}
