import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './app/App';
import { AppContext } from './app/app-context';
import { createAppParts } from './app/create-app-parts';
import { createApi, httpBridge } from './lib/api';

const root = document.getElementById('root');
if (!root) throw new Error('#root saknas i index.html');
// The preload's bridge in Electron; in the browser harness, the same contract over HTTP.
const bridge = window.kanalplan;
const parts = createAppParts(createApi(bridge ?? httpBridge()), { inElectron: bridge !== undefined });
// The plan is asked for first: its answer travels while React draws the app's frame. Main's
// events are heard from App's first effect; what they would have told meanwhile comes anyway
// (store:status is asked as listening starts, notices come with the plan and its archive).
void parts.plan.getState().start();
createRoot(root).render(
  <StrictMode>
    <AppContext value={parts}>
      <App />
    </AppContext>
  </StrictMode>,
);
