import { useEffect, useState } from 'react';
import type { EngineClient } from '../../../engine/client';
import type { LoadPlan } from '../../../model/load/load-plan';
import type { MappingCheck } from '../../../protocol/load';

/** The mapping's effect on the sample, asked of the engine a moment after the last change. */
export function useMappingCheck(engine: EngineClient, plan: LoadPlan): MappingCheck | null {
  const [check, setCheck] = useState<{ plan: LoadPlan; result: MappingCheck } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      engine.checkMapping(plan).then(
        (result) => live && setCheck({ plan, result }),
        () => live && setCheck(null),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, plan]);
  return check?.plan === plan ? check.result : null;
}
