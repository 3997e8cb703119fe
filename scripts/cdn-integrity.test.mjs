// SPDX-License-Identifier: MIT
// The SRI hashes the CDN build prints and writes (dist/cdn/integrity.json) are the files' own, and
// docs/embedding.md gives the same. Hashes are recomputed here with WebCrypto, not with the build's
// own function. Run after `npm run build`: node --test scripts/cdn-integrity.test.mjs
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CDN_DIR, INTEGRITY_FILE, integrityProblems } from './cdn-integrity.mjs';

async function sha384(file) {
  const digest = await crypto.subtle.digest('SHA-384', readFileSync(file));
  return `sha384-${Buffer.from(digest).toString('base64')}`;
}

describe('the CDN files’ integrity hashes', () => {
  it('are in integrity.json, one for every script file, each the file’s sha384', async () => {
    assert.ok(existsSync(join(CDN_DIR, INTEGRITY_FILE)), 'no integrity.json: run `npm run build`');
    const written = JSON.parse(readFileSync(join(CDN_DIR, INTEGRITY_FILE), 'utf8'));
    const scripts = readdirSync(CDN_DIR).filter((f) => f.endsWith('.js')).sort();
    assert.deepEqual(Object.keys(written).sort(), scripts);
    for (const file of scripts) assert.equal(written[file], await sha384(join(CDN_DIR, file)), file);
  });

  it('are the ones docs/embedding.md gives', () => {
    assert.deepEqual(integrityProblems(), []);
  });

  it('reports a file changed after the build', () => {
    const copy = mkdtempSync(join(tmpdir(), 'apq-cdn-'));
    try {
      for (const f of readdirSync(CDN_DIR).filter((f) => f.endsWith('.js') || f === INTEGRITY_FILE)) copyFileSync(join(CDN_DIR, f), join(copy, f));
      assert.deepEqual(integrityProblems(copy, undefined), []);
      appendFileSync(join(copy, 'apq-elements.js'), '\n');
      assert.match(integrityProblems(copy, undefined).join('\n'), /integrity\.json: apq-elements\.js is sha384-/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
