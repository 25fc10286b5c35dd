import { useRef, useState } from 'react';
import { RuleSetError } from '../../../model/segments/tier-rules/check-rule-set';
import { ruleSetFromJson, ruleSetToJson } from '../../../model/segments/tier-rules/rule-set-json';
import type { TierRuleSet } from '../../../model/segments/tier-rules/rule-set';
import { downloadText } from '../../shared/download';

interface Props {
  ruleSet: TierRuleSet;
  onOpen(ruleSet: TierRuleSet): void;
}

/** Saves the rules as a small JSON file, and opens one: rules only, never customer data. */
export function RuleSetFile({ ruleSet, onOpen }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = async (file: File) => {
    try {
      onOpen(ruleSetFromJson(await file.text()));
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof RuleSetError ? `${file.name}: ${error.message}` : `${file.name} could not be read.`);
    }
  };
  return (
    <div className="rule-file">
      <button type="button" className="button small" data-testid="save-tier-rules" onClick={() => downloadText(`tier-rules-${ruleSet.preset}.json`, ruleSetToJson(ruleSet), 'application/json')}>
        Save rules
      </button>
      <button type="button" className="button small" onClick={() => input.current?.click()}>
        Open rules…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Tier rules file to open (JSON)"
        className="visually-hidden"
        tabIndex={-1}
        data-testid="open-tier-rules"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      {problem && (
        <p className="field-error" role="alert" data-testid="rule-file-error">
          {problem}
        </p>
      )}
    </div>
  );
}
