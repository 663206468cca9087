// The board's PDF (issue #8): the very HTML document of "Exportera HTML", laid out by Chromium in
// a hidden window with JavaScript off, and printed with printToPDF. Electron-only and kept thin.
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from './services/board-files';
import { pdfDocumentUrl } from './pdf-document';

export const printHtmlToPdf: PdfPrinter = async (html) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    // Under main's CSP, whatever policy the renderer's document carries.
    await window.loadURL(pdfDocumentUrl(html));
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    window.destroy();
  }
};
