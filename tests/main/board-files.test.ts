import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { worded } from '../support/worded';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/services/handlers';
import { fixedExportFolder } from '../../src-main/services/export-folder';
import { saveExport } from '../../src-main/services/board-files';
import { openServices, tempDataDir } from '../support/store';

describe('board:save', () => {
  it('writes the HTML where exports go, and never over an existing file', async () => {
    const services = openServices(tempDataDir());
    const handlers = createHandlers(services);
    const folder = await services.exports.choose();
    const first = await dispatch(handlers, 'board:save', { html: '<p>ett</p>', fileName: 'Styrelsevy v48' });
    const second = await dispatch(handlers, 'board:save', { html: '<p>två</p>', fileName: 'Styrelsevy v48' });
    expect(first).toEqual({ ok: true, value: { path: join(folder!, 'Styrelsevy v48.html') } });
    expect(second).toEqual({ ok: true, value: { path: join(folder!, 'Styrelsevy v48-2.html') } });
    expect(readFileSync(join(folder!, 'Styrelsevy v48.html'), 'utf8')).toBe('<p>ett</p>');
    expect(readFileSync(join(folder!, 'Styrelsevy v48-2.html'), 'utf8')).toBe('<p>två</p>');
  });

  it.each(['../ut', 'a/b', '.dold', '', 'x'.repeat(200), 'namn\u0000'])('refuses the file name %j', async (fileName) => {
    const handlers = createHandlers(openServices(tempDataDir()));
    expect(await dispatch(handlers, 'board:save', { html: '<p></p>', fileName })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it.each([
    ['CON', 'CON-.html'],
    ['nul.v48', 'nul-.v48.html'],
    ['com1', 'com1-.html'],
    ['Styrelsevy v48.', 'Styrelsevy v48.html'],
  ])('renames %j, which Windows takes for a device or trims, to %j', async (fileName, written) => {
    const services = openServices(tempDataDir());
    const folder = (await services.exports.choose())!;
    const response = await dispatch(createHandlers(services), 'board:save', { html: '<p></p>', fileName });
    expect(response).toEqual({ ok: true, value: { path: join(folder, written) } });
    expect(readdirSync(folder)).toEqual([written]);
  });

  it('writes nothing when the user cancels the folder dialog', async () => {
    expect(await saveExport({ choose: () => Promise.resolve(null) }, 'x', 'html', new Uint8Array([1]))).toBeNull();
  });

  it('keeps counting past files already there', async () => {
    const folder = tempDataDir();
    for (const name of ['p.html', 'p-2.html', 'p-3.html']) writeFileSync(join(folder, name), 'gammal');
    expect(await saveExport(fixedExportFolder(folder), 'p', 'html', new TextEncoder().encode('ny'))).toEqual({
      path: join(folder, 'p-4.html'),
    });
    expect(readdirSync(folder).sort()).toEqual(['p-2.html', 'p-3.html', 'p-4.html', 'p.html']);
    expect(readFileSync(join(folder, 'p.html'), 'utf8')).toBe('gammal');
  });
});

describe('board:pdf in the browser harness', () => {
  it('says plainly that PDF is made by the desktop app, and writes nothing', async () => {
    const services = openServices(tempDataDir());
    const response = await dispatch(createHandlers(services), 'board:pdf', { html: '<p></p>', fileName: 'Styrelsevy' });
    expect(worded(response)).toMatchObject({ ok: false, error: { message: expect.stringContaining('Skriv ut') } });
  });
});
