import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createEngineClient } from './engine/client';
import './styles.css';

// The engine starts at once, so DuckDB is warming up while the user looks for a file.
const engine = createEngineClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App engine={engine} />
  </StrictMode>,
);
