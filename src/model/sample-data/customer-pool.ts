/**
 * Who can buy at a given moment. Customers enter the pool at their join time and leave it at
 * their leave time; draws favour customers with a higher purchase rate. Progress only moves
 * forward, so joins and departures are walked in time order with one cursor each.
 */
import { WeightedPicker } from '../shared/random';
import type { Random } from '../shared/random';
import type { Customer } from './customers';

export class CustomerPool {
  private readonly active: WeightedPicker;
  private readonly departed: boolean[];
  private readonly joinOrder: number[];
  private readonly leaveOrder: number[];
  private joinCursor = 0;
  private leaveCursor = 0;

  constructor(private readonly customers: readonly Customer[]) {
    this.active = new WeightedPicker(customers.length);
    this.departed = new Array<boolean>(customers.length).fill(false);
    this.joinOrder = indicesOrderedBy(customers, (customer) => customer.joinAt);
    const leavers = this.joinOrder.filter((index) => Number.isFinite(customers[index].leaveAt));
    this.leaveOrder = leavers.sort((a, b) => customers[a].leaveAt - customers[b].leaveAt || a - b);
  }

  /** No one has joined yet, or everyone who joined has left. */
  get isEmpty(): boolean {
    return this.active.isEmpty;
  }

  /** An active customer, drawn in proportion to purchase rate; the pool must not be empty. */
  drawActive(random: Random): Customer {
    return this.customers[this.active.draw(random)];
  }

  /** Removes everyone whose leave time has come by `progress`. */
  retireLeavers(progress: number): void {
    while (this.leaveCursor < this.leaveOrder.length) {
      const index = this.leaveOrder[this.leaveCursor];
      if (this.customers[index].leaveAt > progress) return;
      this.departed[index] = true;
      this.active.remove(index);
      this.leaveCursor += 1;
    }
  }

  /** A customer whose first purchase is due, now admitted to the pool; undefined if none is due. */
  takeJoiner(progress: number): Customer | undefined {
    if (this.joinCursor >= this.joinOrder.length) return undefined;
    const index = this.joinOrder[this.joinCursor];
    if (this.customers[index].joinAt > progress) return undefined;
    this.joinCursor += 1;
    // When lines are scarce a join can lag past its leave time; such a customer buys just once.
    if (!this.departed[index]) this.active.add(index, this.customers[index].rate);
    return this.customers[index];
  }
}

/** Indices of `items` sorted by `key`, ties kept in index order so the result is deterministic. */
function indicesOrderedBy<T>(items: readonly T[], key: (item: T) => number): number[] {
  return items.map((_, index) => index).sort((a, b) => key(items[a]) - key(items[b]) || a - b);
}
