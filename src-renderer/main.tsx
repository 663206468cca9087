import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('#root saknas i index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
