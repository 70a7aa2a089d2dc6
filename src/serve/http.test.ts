/** The node:http adapter on loopback: security headers, body limits, dot-dot paths, the built UI or its absence. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHttpServer, CSP, hostName, LOOPBACK_HOSTS } from './http.js';
import type { ApiRequest } from './request.js';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function send(port: number, method: string, path: string, body?: Buffer | null, headers: Record<string, string | number> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

async function withServer(webRoot: string, fn: (port: number, seen: ApiRequest[]) => Promise<void>) {
  const seen: ApiRequest[] = [];
  const server = createHttpServer({ api: async (r) => (seen.push(r), { status: 200, body: { ok: true, bytes: r.body?.length ?? 0 } }), webRoot, maxUpload: 1024 * 1024, hosts: LOOPBACK_HOSTS });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await fn((server.address() as AddressInfo).port, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

test('the UI and the API answer with a strict CSP; dot-dot paths are refused; missing files are 404', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets', 'a.js'), 'export {}');
  writeFileSync(join(tmpdir(), 'sitrep-secret.txt'), 'secret');
  try {
    await withServer(root, async (port) => {
      const index = await send(port, 'GET', '/');
      assert.equal(index.status, 200);
      assert.equal(index.headers['content-security-policy'], CSP);
      assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval|\*/);
      assert.equal(index.headers['x-content-type-options'], 'nosniff');
      assert.match(String(index.headers['content-type']), /text\/html/);
      assert.match(String((await send(port, 'GET', '/assets/a.js')).headers['cache-control']), /immutable/);
      for (const path of ['/../sitrep-secret.txt', '/assets/..%2f..%2fsitrep-secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..\\..\\x', '/api/../../x']) {
        const r = await send(port, 'GET', path);
        assert.equal(r.status, 400, path);
        assert.equal(JSON.parse(r.body).error.code, 'BAD_REQUEST');
      }
      assert.equal((await send(port, 'GET', '/nothing.js')).status, 404);
      assert.equal((await send(port, 'GET', '/etc/passwd')).status, 404);
      assert.equal((await send(port, 'POST', '/')).status, 405);
      const rebound = await send(port, 'GET', '/api/status', null, { Host: `attacker.example:${port}` });
      assert.equal(rebound.status, 400, 'a page on another host name that resolves here cannot read the API');
      assert.equal((await send(port, 'GET', '/api/status', null, { Host: `localhost:${port}` })).status, 200);
      assert.equal(hostName('[::1]:8080'), '::1');
      const api = await send(port, 'GET', '/api/status');
      assert.equal(api.headers['content-security-policy'], CSP);
      assert.equal(api.headers['cache-control'], 'no-store');
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'sitrep-secret.txt'), { force: true });
  }
});

test('bodies over the limit are answered 413 without reaching the API; an upload may be larger than JSON', async () => {
  await withServer(join(tmpdir(), 'sitrep-no-ui-here'), async (port, seen) => {
    const declared = await send(port, 'POST', '/api/ingest?name=a.txt', Buffer.alloc(3 * 1024 * 1024));
    assert.equal(declared.status, 413);
    assert.equal(JSON.parse(declared.body).error.code, 'TOO_LARGE');
    // Chunked, with no Content-Length: counted as it comes.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/ingest?name=a.txt', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write(Buffer.alloc(64 * 1024));
      req.end();
    });
    assert.equal(chunked, 413);
    assert.equal((await send(port, 'POST', '/api/events/x/review', Buffer.alloc(100 * 1024), { 'Content-Type': 'application/json' })).status, 413);
    assert.equal(seen.length, 0, 'the API saw none of them');
    const fine = await send(port, 'POST', '/api/ingest?name=a.txt', Buffer.alloc(512 * 1024));
    assert.equal(JSON.parse(fine.body).bytes, 512 * 1024);
    const noUi = await send(port, 'GET', '/');
    assert.equal(noUi.status, 503);
    assert.equal(JSON.parse(noUi.body).error.code, 'UI_NOT_BUILT');
  });
});
