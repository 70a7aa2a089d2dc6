/** Ingest by upload: one or more files, each sent with its progress shown, then the summary. */
import { upload } from '../api.js';
import { h } from '../dom.js';
import { showError, status } from '../nav.js';

interface Summary { name: string; ingested: number; duplicates: number; failed: number; failures: Array<{ origin: string; reason: string }> }

export function uploadView(root: HTMLElement): void {
  const input = h('input', { type: 'file', multiple: true, accept: '.txt,.text,.html,.htm,.jsonl,.ndjson,.gz', 'data-testid': 'upload-input' });
  const button = h('button', { type: 'button' }, 'Upload');
  const log = h('ul', { class: 'uploads', 'data-testid': 'upload-log' });
  button.addEventListener('click', async () => {
    for (const file of input.files ?? []) {
      const bar = h('progress', { max: 1, value: 0 });
      const line = h('li', {}, `${file.name} `, bar);
      log.append(line);
      try {
        const s = await upload<Summary>(file, (sent, total) => (bar.value = total ? sent / total : 0));
        line.append(` ingested ${s.ingested}, duplicates ${s.duplicates}, failed ${s.failed}`);
        for (const f of s.failures) line.append(h('div', { class: 'error' }, `${f.origin}: ${f.reason}`));
        status(`${file.name} uploaded`);
      } catch (e) {
        line.append(h('span', { class: 'error' }, ` refused: ${(e as Error).message}`));
        showError(e);
      }
    }
  });
  root.append(h('h1', {}, 'Upload'), h('p', {}, 'Text, HTML or JSONL files (one record a line), optionally gzipped. Writes need the token.'), input, button, log);
}
