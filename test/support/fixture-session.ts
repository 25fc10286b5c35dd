import { LoadSession } from '../../src/engine/load/load-session';
import type { SourcePreview } from '../../src/protocol/load';
import { FIXTURE_FILES, fixtureInputs, type Fixture } from './load-fixture';
import { nativeConnector } from './native-duckdb';

/** A load session over fixtures, as the worker runs one: for the mapping check and the lines-left-out download. */
export async function fixtureSession(fixtures: readonly Fixture[]): Promise<{ session: LoadSession; preview: SourcePreview }> {
  const db = await nativeConnector();
  const session = new LoadSession({ connector: db, registry: FIXTURE_FILES, drop: async () => {}, onQueryProgress: () => {} });
  const preview = await session.inspect(fixtureInputs(fixtures), {}, () => {});
  return { session, preview };
}
