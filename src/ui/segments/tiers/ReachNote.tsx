import { formatCount } from '../../../model/shared/format';
import type { RuleOutcome } from '../../../model/segments/tier-rules/evaluate-tier-rules';
import type { NeverWins } from '../../../model/segments/tier-rules/rule-reach';
import { joinWords } from '../../../model/segments/tier-rules/rule-words';
import { tierInfo } from '../../../model/segments/tiers';

/** What a rule receives: its customers, nobody in this file, or never anybody, and why. */
export function ReachNote({ outcome, fallback = false }: { outcome: RuleOutcome; fallback?: boolean }) {
  if (outcome.standing === 'receives') {
    return <span className="rule-reach">{`receives ${formatCount(outcome.customers)} customer${outcome.customers === 1 ? '' : 's'}`}</span>;
  }
  if (outcome.standing === 'none-in-this-file') return <span className="rule-reach">receives nobody in this file</span>;
  return (
    <span className="rule-reach never-wins" data-testid="never-wins">
      {fallback ? 'never receives anyone' : 'never wins'}: {whyNever(outcome.neverWins, fallback)}
    </span>
  );
}

function whyNever(why: NeverWins | null, fallback: boolean): string {
  if (why?.reason === 'contradiction') return 'its conditions contradict each other';
  const by = why?.by ?? [];
  if (fallback) return 'the rules above take every possible customer';
  return `${joinWords(by.map((tier) => tierInfo(tier).label))} ${by.length > 1 ? 'take' : 'takes'} every customer it could get, first`;
}
